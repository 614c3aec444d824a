using System.Globalization;
using Bulwark.Casework.Evidence;
using Bulwark.Casework.Storage;
using Bulwark.Detection.Screening;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Casework.Incidents;

/// <summary>
/// Records incidents: the verdict's metadata and findings (spans as offsets, never text), and the screened content
/// sealed in the evidence vault, in one transaction and one round trip. Costs one AES-GCM encryption of the content
/// and one INSERT batch; to keep even that off a request's path, queue through <see cref="IncidentWriter"/>.
/// Register as a singleton.
/// </summary>
public sealed class IncidentRecorder
{
    private readonly IDbContextFactory<CaseworkDbContext> _contexts;
    private readonly EvidenceVault _vault;
    private readonly TimeProvider _time;

    /// <summary>Creates the recorder.</summary>
    public IncidentRecorder(IDbContextFactory<CaseworkDbContext> contexts, EvidenceVault vault, TimeProvider time)
    {
        _contexts = contexts;
        _vault = vault;
        _time = time;
    }

    /// <summary>Records one incident and returns its id.</summary>
    public async Task<Guid> RecordAsync(IncidentReport report, CancellationToken cancellationToken = default)
    {
        var incident = Build(report, out var evidence);
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        if (evidence is not null)
        {
            db.Evidence.Add(evidence);
        }

        db.Incidents.Add(incident);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return incident.Id;
    }

    /// <summary>Records a batch of incidents in one transaction (what <see cref="IncidentWriter"/> uses).</summary>
    public async Task RecordManyAsync(IReadOnlyList<IncidentReport> reports, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reports);
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        foreach (var report in reports)
        {
            var incident = Build(report, out var evidence);
            if (evidence is not null)
            {
                db.Evidence.Add(evidence);
            }

            db.Incidents.Add(incident);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private Incident Build(IncidentReport report, out EvidenceItem? evidence)
    {
        ArgumentNullException.ThrowIfNull(report);
        var verdict = report.Verdict;
        var occurredAt = report.OccurredAt ?? _time.GetUtcNow();
        evidence = report.Content.IsEmpty ? null : _vault.Seal(report.Content.Span, report.ContentType, report.TenantId, retention: null);
        var incident = new Incident
        {
            Id = Guid.CreateVersion7(occurredAt),
            OccurredAt = occurredAt,
            TenantId = report.TenantId,
            ExternalUserId = report.ExternalUserId,
            Surface = verdict.Surface.ToString(),
            Action = verdict.Action.ToString(),
            PrimaryCategory = verdict.PrimaryCategory,
            PolicyId = verdict.PolicyId,
            PolicyVersion = verdict.PolicyVersion,
            PolicyHash = verdict.PolicyHash,
            ScreeningMicroseconds = (long)verdict.Elapsed.TotalMicroseconds,
            Route = report.Route,
            Protocol = report.Protocol,
            RequestId = report.RequestId,
            EvidenceId = evidence?.Id,
        };

        foreach (var outcome in verdict.Categories)
        {
            var findings = verdict.Findings.Where(f => f.Category == outcome.Category).ToList();
            if (findings.Count == 0)
            {
                incident.Findings.Add(new IncidentFinding { Category = outcome.Category, Score = outcome.Score, Action = outcome.Action.ToString() });
                continue;
            }

            foreach (var finding in findings)
            {
                incident.Findings.Add(FindingRow(finding, outcome));
            }
        }

        return incident;
    }

    private static IncidentFinding FindingRow(Finding finding, CategoryOutcome outcome) => new()
    {
        Category = finding.Category,
        Score = finding.Score,
        Action = outcome.Action.ToString(),
        RuleId = finding.Evidence.RuleId,
        Detector = finding.Detector,
        Spans = finding.Evidence.Spans.Count == 0
            ? null
            : string.Join(',', finding.Evidence.Spans.Select(span => string.Create(CultureInfo.InvariantCulture, $"{span.Start}:{span.Length}"))),
        MatchedSignal = finding.Evidence.MatchedSignal,
        Distance = finding.Evidence.Distance,
    };
}
