using Bulwark.Detection.Signals;

namespace Bulwark.Detection.Matching;

/// <summary>
/// One bank entry that a query matched, with everything a reviewer needs to judge it: the query's hash and
/// the view it came from, the matched hash, the distance, and the bank entry's label.
/// </summary>
/// <param name="Bank">The bank's name.</param>
/// <param name="EntryId">The entry's id within its bank.</param>
/// <param name="SignalType">pdq, md5 or sha256.</param>
/// <param name="QueryHash">The query's hash that matched (for PDQ, of the view named by <paramref name="View"/>).</param>
/// <param name="MatchedHash">The bank's stored hash.</param>
/// <param name="Distance">Hamming distance for PDQ; 0 for exact hashes.</param>
/// <param name="Label">The entry's label, if it has one.</param>
/// <param name="View">For PDQ, which query view matched ("original", "trimmed/Rotate90", "crop80" …); null for exact hashes.</param>
public sealed record HashMatch(
    string Bank,
    long EntryId,
    SignalType SignalType,
    string QueryHash,
    string MatchedHash,
    int Distance,
    string? Label,
    string? View);
