using Bulwark.Detection.Text.Normalisation;

namespace Bulwark.Detection.Text.Signals;

/// <summary>
/// The merge every token signal applies to its findings: order them by position (the longer first at one start) and,
/// where findings of one kind overlap ("青少年" and "少年", "write a story" and "a story about", "加我" and "加我微信"),
/// keep the most confident, the longer on a tie.
/// </summary>
internal static class OverlapMerge
{
    /// <summary>Merges <paramref name="findings"/> in place of a new list; the list passed in is sorted.</summary>
    /// <param name="findings">The findings of one text, any order.</param>
    /// <param name="reach">
    /// The longest evidence a finding can have: kept findings starting this far or more before a finding cannot overlap
    /// it, so the look-back stops there.
    /// </param>
    /// <param name="kind">The finding's kind; only findings of one kind merge.</param>
    /// <param name="evidence">The finding's span in the original text.</param>
    /// <param name="confidence">The finding's confidence.</param>
    public static List<T> KeepMostConfident<T>(List<T> findings, int reach, Func<T, int> kind, Func<T, TextSpan> evidence, Func<T, double> confidence)
    {
        if (findings.Count < 2)
        {
            return findings;
        }

        findings.Sort((a, b) => evidence(a).Start != evidence(b).Start
            ? evidence(a).Start.CompareTo(evidence(b).Start)
            : evidence(b).Length.CompareTo(evidence(a).Length));
        var kept = new List<T>(findings.Count);
        foreach (var finding in findings)
        {
            var span = evidence(finding);
            var merged = false;
            for (var k = kept.Count - 1; k >= 0 && evidence(kept[k]).Start + reach > span.Start; k--)
            {
                var other = kept[k];
                if (kind(other) != kind(finding) || !evidence(other).Overlaps(span))
                {
                    continue;
                }

                if (confidence(finding) > confidence(other) || (confidence(finding).Equals(confidence(other)) && span.Length > evidence(other).Length))
                {
                    kept[k] = finding;
                }

                merged = true;
                break;
            }

            if (!merged)
            {
                kept.Add(finding);
            }
        }

        return kept;
    }
}
