using Bulwark.Detection.Text.Normalisation;

namespace Bulwark.Detection.Screening;

/// <summary>Why a detector reported a finding, in the least detail a reviewer needs: the rule, and either text spans or the matched signal.</summary>
/// <param name="RuleId">The rule, model or match kind that fired, e.g. <c>pdq</c>, <c>exact-sha256</c>.</param>
public sealed record Evidence(string RuleId)
{
    /// <summary>Spans in the original text (UTF-16 offsets), for text detectors.</summary>
    public IReadOnlyList<TextSpan> Spans { get; init; } = [];

    /// <summary>The matched signal, as <c>type value</c> (e.g. <c>pdq 9a1f…</c>), for hash matches.</summary>
    public string? MatchedSignal { get; init; }

    /// <summary>Distance to the matched signal (Hamming distance for PDQ, 0 for exact hashes).</summary>
    public int? Distance { get; init; }

    /// <summary>Where the matched signal came from (the bank's name).</summary>
    public string? Source { get; init; }

    /// <summary>The matched entry's label, if it has one.</summary>
    public string? Label { get; init; }

    /// <summary>Anything else short and specific, e.g. which query view matched (<c>trimmed/Rotate90</c>).</summary>
    public string? Detail { get; init; }
}
