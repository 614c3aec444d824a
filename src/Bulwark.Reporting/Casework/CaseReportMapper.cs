using System.Globalization;
using System.Security.Cryptography;
using Bulwark.Casework.Cases;
using Bulwark.Casework.Enforcement;
using Bulwark.Casework.Incidents;
using Bulwark.Reporting.Building;
using Bulwark.Reporting.Cases;

namespace Bulwark.Reporting.Casework;

/// <summary>
/// Maps a casework case decided "violating" to the <see cref="ConfirmedCase"/> the CyberTipline report is built from:
/// the reviewer's categories, the subject (tenant, and the tenant's end-user id as ESP identifier and screen name),
/// each incident's evidence as a file (named after the incident, typed by its bytes, hashed, timed when the gateway
/// recorded it, <c>generativeAi</c> when the model produced it), and where the gateway met it. A case is one subject,
/// so its report groups all of that subject's files. Nothing casework does not store (IP addresses, devices, e-mail)
/// is invented. A case that is not reportable is refused with a reason a lead can act on.
/// </summary>
public static class CaseReportMapper
{
    /// <param name="file">The case, as <see cref="CaseService.GetFileAsync"/> returns it.</param>
    /// <param name="evidence">The case's evidence read from the vault, by evidence id.</param>
    /// <param name="selected">The evidence ids to report; null for all of them.</param>
    public static CaseReportMapping Map(CaseFile file, IReadOnlyDictionary<Guid, CaseEvidence> evidence, IReadOnlyCollection<Guid>? selected = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(evidence);
        var @case = file.Case;
        var decisions = file.Decisions.Where(d => d.Verdict == ReviewVerdict.Violating && d.Category is not null).ToList();
        var categories = decisions.Select(d => d.Category!).Distinct(StringComparer.Ordinal).ToList();
        var files = Files(file, evidence, categories, selected);
        var refusal = Refusal(file, decisions, categories);
        if (refusal is not null)
        {
            return new CaseReportMapping(null, refusal, files);
        }

        var decision = decisions.OrderBy(d => d.DecidedAt).Last();
        var action = file.EnforcementHistory.FirstOrDefault(a => a.Id == decision.EnforcementActionId);
        var chosen = files.Where(f => f.Selected).ToList();
        var first = chosen.Count > 0 && chosen[0] is { } firstFile
            ? file.Incidents.First(i => i.Id == firstFile.IncidentId)
            : file.Incidents.Count > 0 ? file.Incidents[0] : null;
        var confirmed = new ConfirmedCase
        {
            CaseId = CaseId(@case.Id),
            Categories = categories,
            Subject = new CaseSubject
            {
                Tenant = @case.TenantId,
                UserId = @case.ExternalUserId!,
                ScreenName = @case.ExternalUserId,
                SuspendedAt = action is { Kind: EnforcementKind.Suspension, ReversedAt: null } ? action.CreatedAt : null,
                BannedAt = action is { Kind: EnforcementKind.Ban, ReversedAt: null } ? action.CreatedAt : null,
            },
            Evidence = [.. chosen.Select(f => Evidence(f, evidence[f.EvidenceId]))],
            Gateway = new GatewayMetadata(Where(first), Model: null, first?.OccurredAt ?? @case.OpenedAt),
            DecidedAt = decision.DecidedAt,
            ReviewerSummary = decision.Reason,
        };
        return new CaseReportMapping(confirmed, null, files);
    }

    /// <summary>The case id the outbox and NCMEC's additional information carry: the casework case id.</summary>
    public static string CaseId(Guid caseId) => caseId.ToString("D", CultureInfo.InvariantCulture);

    /// <summary>The file extension for evidence bytes: the image format its first bytes show, <c>.txt</c> for text, else <c>.bin</c>.</summary>
    public static string Extension(ReadOnlySpan<byte> content, string contentType) =>
        content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? ".jpg"
        : content.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? ".png"
        : content.StartsWith("GIF8"u8) ? ".gif"
        : content.Length >= 12 && content.StartsWith("RIFF"u8) && content[8..12].SequenceEqual("WEBP"u8) ? ".webp"
        : contentType.StartsWith("text/", StringComparison.OrdinalIgnoreCase) ? ".txt"
        : ".bin";

    private static string? Refusal(CaseFile file, List<CaseDecision> decisions, List<string> categories)
    {
        var @case = file.Case;
        if (@case.Status != CaseStatus.Closed || decisions.Count == 0)
        {
            return "Only a case decided \"violating\" can be reported; this one is not.";
        }

        var reversed = decisions
            .Select(d => file.EnforcementHistory.FirstOrDefault(a => a.Id == d.EnforcementActionId))
            .FirstOrDefault(a => a?.ReversedAt is not null);
        if (reversed is not null)
        {
            return $"The decision's enforcement was reversed on appeal ({reversed.ReversalReason}); a reversed decision is not reported.";
        }

        var unknown = categories.Where(c => !CaseCategories.Known.Contains(c, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            return $"The category {string.Join(", ", unknown)} has no CyberTipline mapping; a report under a guessed incident type is not filed.";
        }

        if (!categories.Any(CaseCategories.IsReportable))
        {
            return $"Not reportable to NCMEC: {string.Join(", ", categories)} is a policy violation but not, by itself, apparent child sexual exploitation.";
        }

        if (string.IsNullOrWhiteSpace(@case.ExternalUserId))
        {
            return "The case has no end user (the tenant did not name one), so there is no reported user; file it through NCMEC's web form if it must be reported.";
        }

        return null;
    }

    private static List<CaseEvidenceFile> Files(CaseFile file, IReadOnlyDictionary<Guid, CaseEvidence> evidence, List<string> categories, IReadOnlyCollection<Guid>? selected)
    {
        var files = new List<CaseEvidenceFile>();
        foreach (var incident in file.Incidents)
        {
            if (incident.EvidenceId is not { } id || !evidence.TryGetValue(id, out var item))
            {
                continue;
            }

            // An incident outside the decided categories is context for the report, not the reported content itself.
            var supplemental = categories.Count > 0 && !incident.Findings.Any(f => categories.Contains(f.Category, StringComparer.Ordinal))
                && !(incident.PrimaryCategory is { } primary && categories.Contains(primary, StringComparer.Ordinal));
            files.Add(new CaseEvidenceFile(
                id,
                incident.Id,
                "incident-" + incident.Id.ToString("N", CultureInfo.InvariantCulture) + Extension(item.Content.Span, item.ContentType),
                item.ContentType,
                incident.OccurredAt,
                incident.Surface,
                IsModelOutput(incident),
                supplemental,
                selected is null || selected.Contains(id)));
        }

        return files;
    }

    private static EvidenceFile Evidence(CaseEvidenceFile file, CaseEvidence item)
    {
#pragma warning disable CA5351 // MD5 is how NCMEC identifies files; it checks integrity here, not authenticity.
        var md5 = Convert.ToHexStringLower(MD5.HashData(item.Content.Span));
#pragma warning restore CA5351
        return new EvidenceFile
        {
            FileName = file.FileName,
            Reference = file.EvidenceId.ToString("D", CultureInfo.InvariantCulture),
            Md5 = md5,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(item.Content.Span)),
            UploadedAt = file.OccurredAt,
            IsModelOutput = file.IsModelOutput,
            ViewedByReviewer = item.ViewedByReviewer,
            Supplemental = file.Supplemental,
        };
    }

    private static bool IsModelOutput(Incident incident) => string.Equals(incident.Surface, "Output", StringComparison.OrdinalIgnoreCase);

    private static string Where(Incident? incident) => incident is null
        ? "prompt"
        : incident.Route is { } route
            ? $"{incident.Surface.ToLowerInvariant()} ({incident.Protocol ?? "HTTP"} {route})"
            : incident.Surface.ToLowerInvariant();
}
