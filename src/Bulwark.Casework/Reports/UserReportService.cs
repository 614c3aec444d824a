using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Bulwark.Casework.Audit;
using Bulwark.Casework.Cases;
using Bulwark.Casework.Evidence;
using Bulwark.Casework.Storage;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Casework.Reports;

/// <summary>
/// Takes user reports in: deduplicated (the same reporter reporting the same subject for the same category is one
/// report), the free text sealed in the vault, and routed into the subject's case in the same transaction.
/// Register as a singleton.
/// </summary>
public sealed class UserReportService
{
    /// <summary>Audit action: a user report was received.</summary>
    public const string ReportReceivedAction = "report.received";

    private const int MaxAttempts = 5;

    private readonly IDbContextFactory<CaseworkDbContext> _contexts;
    private readonly EvidenceVault _vault;
    private readonly AuditLog _audit;
    private readonly TimeProvider _time;
    private readonly CaseworkOptions _options;
    private readonly CaseIntake _intake;

    /// <summary>Creates the service.</summary>
    public UserReportService(IDbContextFactory<CaseworkDbContext> contexts, EvidenceVault vault, AuditLog audit, TimeProvider time, CaseworkOptions options)
    {
        _contexts = contexts;
        _vault = vault;
        _audit = audit;
        _time = time;
        _options = options;
        _intake = new CaseIntake(options);
    }

    /// <summary>Stores the report in its case, or returns the earlier identical report's receipt.</summary>
    /// <exception cref="ArgumentException">A required field is empty.</exception>
    public async Task<UserReportReceipt> SubmitAsync(UserReportSubmission submission, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentException.ThrowIfNullOrWhiteSpace(submission.TenantId, nameof(submission.TenantId));
        ArgumentException.ThrowIfNullOrWhiteSpace(submission.ReporterId, nameof(submission.ReporterId));
        ArgumentException.ThrowIfNullOrWhiteSpace(submission.SubjectId, nameof(submission.SubjectId));
        ArgumentException.ThrowIfNullOrWhiteSpace(submission.Category, nameof(submission.Category));
        var key = DedupeKey(submission);
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            if (await ExistingAsync(db, key, cancellationToken).ConfigureAwait(false) is { } existing)
            {
                return existing;
            }

            var now = _time.GetUtcNow();
            var evidence = string.IsNullOrWhiteSpace(submission.Text)
                ? null
                : _vault.Seal(Encoding.UTF8.GetBytes(submission.Text), "text/plain; charset=utf-8", submission.TenantId, retention: null);
            var subjectUser = submission.SubjectKind == ReportSubjectKind.Account ? submission.SubjectId : submission.SubjectUserId;
            var report = new UserReport
            {
                Id = Guid.CreateVersion7(now),
                TenantId = submission.TenantId,
                ReporterId = submission.ReporterId,
                SubjectKind = submission.SubjectKind,
                SubjectId = submission.SubjectId,
                SubjectUserId = string.IsNullOrWhiteSpace(subjectUser) ? null : subjectUser,
                Category = submission.Category,
                EvidenceId = evidence?.Id,
                ReceivedAt = now,
                DedupeKey = key,
            };
            if (evidence is not null)
            {
                db.Evidence.Add(evidence);
            }

            db.UserReports.Add(report);
            var row = new CaseItem { UserReportId = report.Id, Category = report.Category };
            await CaseIntake.RouteAsync(db, [new CaseIntake.Item(report.TenantId, report.SubjectUserId, row, _options.Queues.UserReports)], now, cancellationToken).ConfigureAwait(false);
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                // The same report arrived twice at once, or the subject's case changed: look again.
                continue;
            }

            await _audit.AppendAsync("tenant:" + report.TenantId, ReportReceivedAction, "report/" + report.Id.ToString("D", CultureInfo.InvariantCulture), new Dictionary<string, string?>
            {
                ["case"] = row.CaseId.ToString("D", CultureInfo.InvariantCulture),
                ["subject_kind"] = report.SubjectKind.ToString(),
                ["category"] = report.Category,
            }, cancellationToken).ConfigureAwait(false);
            return new UserReportReceipt(report.Id, row.CaseId, Duplicate: false);
        }
    }

    private static async Task<UserReportReceipt?> ExistingAsync(CaseworkDbContext db, string key, CancellationToken cancellationToken)
    {
        var existing = await db.UserReports.AsNoTracking().Where(r => r.DedupeKey == key).Select(r => r.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (existing == Guid.Empty)
        {
            return null;
        }

        var caseId = await db.CaseItems.AsNoTracking().Where(i => i.UserReportId == existing).Select(i => i.CaseId).FirstAsync(cancellationToken).ConfigureAwait(false);
        return new UserReportReceipt(existing, caseId, Duplicate: true);
    }

    private static string DedupeKey(UserReportSubmission submission)
    {
        // Length-prefixed so that no two different submissions encode alike.
        var builder = new StringBuilder();
        foreach (var part in new[] { submission.TenantId, submission.ReporterId, submission.SubjectKind.ToString(), submission.SubjectId, submission.Category })
        {
            builder.Append(part.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(part);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }
}
