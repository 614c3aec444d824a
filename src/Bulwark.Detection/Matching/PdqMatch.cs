using Bulwark.Detection.Hashing;

namespace Bulwark.Detection.Matching;

/// <summary>One stored entry found within the query radius, echoing the stored hash so callers need no second lookup.</summary>
/// <param name="Id">The caller's id given to <see cref="PdqIndex.Add"/>.</param>
/// <param name="Hash">The stored hash (not the query).</param>
/// <param name="Distance">Hamming distance between the query and <paramref name="Hash"/>.</param>
/// <param name="BankOrdinal">The bank the entry was added to.</param>
public readonly record struct PdqMatch(long Id, PdqHash Hash, int Distance, int BankOrdinal);
