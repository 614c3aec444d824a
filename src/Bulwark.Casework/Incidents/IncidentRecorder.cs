using System.Globalization;
using Bulwark.Casework.Cases;
using Bulwark.Casework.Evidence;
using Bulwark.Casework.Storage;
using Bulwark.Detection.Screening;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Casework.Incidents;

/// <summary>
/// Records incidents: the verdict's metadata and findings (spans as offsets, never text), and the screened content
/// sealed in the evidence vault, in one transaction and one round trip, together with its place in a case (the
/// subject's open case, or a new one in the queue its category routes to). Costs one AES-GCM encryption of the content
/// and one INSERT batch; to keep even that off a request's path, queue through <see cref="IncidentWriter"/>.
/// Register as a singleton.
/// </summary>
public sealed class IncidentRecorder
{
    private readonly IDbContextFactory<CaseworkDbContext> _contexts;
    private readonly EvidenceVault _vault;
    private readonly TimeProvider _time;
    private readonly CaseIntake _intake;

    /// <summary>Creates the recorder.</summary>
    public IncidentRecorder(IDbContextFactory<CaseworkDbContext> contexts, EvidenceVault vault, TimeProvider time, CaseworkOptions options)
    {
        _contexts = contexts;
        _vault = vault;
        _time = time;
        _intake = new CaseIntake(options);
    }

    /// <summary>Records one incident, in its case, and returns its id.</summary>
    public async Task<Guid> RecordAsync(IncidentReport report, CancellationToken cancellationToken = default)
    {
        var ids = await RecordCoreAsync([report], cancellationToken).ConfigureAwait(false);
        return ids[0];
    }

    /// <summary>Records a batch of incidents, each in its case, in one transaction (what <see cref="IncidentWriter"/> uses).</summary>
    public async Task RecordManyAsync(IReadOnlyList<IncidentReport> reports, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reports);
        await RecordCoreAsync(reports, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<Guid>> RecordCoreAsync(IReadOnlyList<IncidentReport> reports, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            var routed = new List<CaseIntake.Item>(reports.Count);
            var ids = new List<Guid>(reports.Count);
            foreach (var report in reports)
            {
                var incident = Build(report, out var evidence);
                if (evidence is not null)
                {
                    db.Evidence.Add(evidence);
                }

                db.Incidents.Add(incident);
                ids.Add(incident.Id);
                routed.Add(new CaseIntake.Item(
                    incident.TenantId,
                    incident.ExternalUserId,
                    new CaseItem { IncidentId = incident.Id, Category = incident.PrimaryCategory },
                    _intake.RouteFor(incident.PrimaryCategory)));
            }

            await CaseIntake.RouteAsync(db, routed, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                return ids;
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                // Another writer opened, claimed or closed one of these subjects' cases first: route again.
            }
        }
    }

    private const int MaxAttempts = 5;

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
