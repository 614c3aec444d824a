namespace Bulwark.Detection.Matching;

/// <summary>One stored entry whose digest equals the looked-up digest.</summary>
/// <param name="Id">The caller's id given to <see cref="ExactIndex.Add"/>.</param>
/// <param name="BankOrdinal">The bank the entry was added to.</param>
public readonly record struct ExactMatch(long Id, int BankOrdinal);
