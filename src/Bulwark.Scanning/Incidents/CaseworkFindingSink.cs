using System.Text;
using Bulwark.Casework.Incidents;
using Bulwark.Detection.Policy;
using Bulwark.Detection.Screening;
using Bulwark.Scanning.Checks;
using Bulwark.Scanning.Running;

namespace Bulwark.Scanning.Incidents;

/// <summary>
/// Turns each quarantined record into a casework incident on the dataset surface, so that reviewers see confirmed
/// hits in the console and can report them through the CyberTipline flow. A hash or URL list hit is
/// <c>known_image_match</c> (an exact hash or a listed URL scores 1, a PDQ match 1 − d/64); a known-risk source scores
/// 0.5, the review band, because a risky domain is not a confirmed item; a caption keeps the classifier's category and
/// score. Unreadable records are not incidents. The evidence sealed with the incident is the record's image when the
/// scan kept it (<see cref="ScanOptions.EvidenceBytesPerShard"/>), else its URL and caption; the incident also names the
/// shard and record id and carries the hashes.
/// </summary>
public sealed class CaseworkFindingSink(IncidentRecorder recorder, ScreeningPolicy policy, string? tenantId = null) : IFindingSink
{
    /// <summary>The score of a known-risk source: the policy's review band, not a confirmed item.</summary>
    public const double SourceScore = 0.5;

    public async ValueTask RecordAsync(QuarantinedRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Status != "quarantined" || Verdict(record) is not { } verdict)
        {
            return;
        }

        var (content, contentType) = Evidence(record);
        await recorder.RecordAsync(
            new IncidentReport
            {
                Verdict = verdict,
                TenantId = tenantId,
                Route = "scan:" + record.Shard,
                Protocol = "dataset",
                RequestId = record.RecordId,
                Content = content,
                ContentType = contentType,
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// What the incident keeps as evidence, sealed in the vault: the image as it was in the dataset when the scan kept
    /// it, else the record's URL and caption as text (a metadata-only scan's evidence, and what a report names).
    /// </summary>
    internal static (ReadOnlyMemory<byte> Content, string ContentType) Evidence(QuarantinedRecord record)
    {
        if (record.Image is { Length: > 0 } image)
        {
            return (image, "application/octet-stream");
        }

        var text = new StringBuilder();
        if (record.Url is { Length: > 0 } url)
        {
            text.Append("url: ").Append(url).Append('\n');
        }

        if (record.Caption is { Length: > 0 } caption)
        {
            text.Append("caption: ").Append(caption).Append('\n');
        }

        return (Encoding.UTF8.GetBytes(text.ToString()), "text/plain; charset=utf-8");
    }

    /// <summary>The verdict the flags amount to under the policy, or null when none maps to a category.</summary>
    internal Verdict? Verdict(QuarantinedRecord record)
    {
        var findings = new List<Finding>();
        foreach (var flag in record.Flags)
        {
            if (Finding(flag, record) is { } finding)
            {
                findings.Add(finding);
            }
        }

        if (findings.Count == 0)
        {
            return null;
        }

        return Screener.Decide(policy, Surface.Dataset, findings, [.. record.Flags.Select(flag => flag.Check).Distinct(StringComparer.Ordinal)]);
    }

    private Finding? Finding(RecordFlag flag, QuarantinedRecord record)
    {
        var (category, score) = flag.Check switch
        {
            "md5" or "sha256" or "url" => (CategoryIds.KnownImageMatch, 1.0),
            "pdq" => (CategoryIds.KnownImageMatch, HashMatchDetector.PdqScore(flag.Distance ?? 0)),
            "source" => (CategoryIds.KnownImageMatch, SourceScore),
            "caption" when policy.Categories.ContainsKey(flag.Rule) => (flag.Rule, flag.Score ?? 1.0),
            _ => (null, 0.0),
        };
        return category is null ? null : new Finding(category, score, new Evidence($"{flag.Check}:{flag.Rule}")
        {
            MatchedSignal = flag.Matched ?? record.Md5 ?? record.Sha256,
            Distance = flag.Distance,
            Source = flag.Rule,
            Label = flag.Label,
            Detail = $"record {record.RecordId} of {record.Shard}",
        })
        {
            Detector = "scan:" + flag.Check,
        };
    }
}
