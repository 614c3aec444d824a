namespace Bulwark.Scanning.Checks;

/// <summary>
/// Why a check flagged a record: which check, which bank, list or policy category, and the matched value (a bank's
/// hash or a list's expression) — never the record's content or caption.
/// </summary>
/// <param name="Check">"url", "source", "md5", "sha256", "pdq" or "caption".</param>
/// <param name="Rule">The bank, list or policy category that matched.</param>
public sealed record RecordFlag(string Check, string Rule)
{
    /// <summary>The bank's stored hash or the list's (canonical) expression that matched.</summary>
    public string? Matched { get; init; }

    /// <summary>The bank entry's label, if it has one.</summary>
    public string? Label { get; init; }

    /// <summary>PDQ Hamming distance.</summary>
    public int? Distance { get; init; }

    /// <summary>The PDQ query view that matched ("original", "crop80" …).</summary>
    public string? View { get; init; }

    /// <summary>The caption classifier's score for <see cref="Rule"/>'s category.</summary>
    public double? Score { get; init; }
}
