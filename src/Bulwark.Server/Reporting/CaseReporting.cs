using System.Globalization;
using System.Security.Claims;
using Bulwark.Casework.Audit;
using Bulwark.Casework.Cases;
using Bulwark.Casework.Evidence;
using Bulwark.Casework.Reviewers;
using Bulwark.Casework.Storage;
using Bulwark.Reporting.Building;
using Bulwark.Reporting.Casework;
using Bulwark.Reporting.Ncmec;
using Bulwark.Reporting.Ncmec.Client;
using Bulwark.Reporting.Ncmec.Model;
using Bulwark.Reporting.Ncmec.Xml;
using Bulwark.Reporting.Outbox;
using Bulwark.Reporting.Outbox.Storage;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Server.Reporting;

/// <summary>
/// Files CyberTipline reports from cases decided "violating", for the console and <c>bulwark ncmec submit --case</c>:
/// a preview (summary and XML, validated against NCMEC's schema), filing through the crash-safe outbox (evidence read
/// from the vault, a one-year preservation hold once NCMEC has the report), and the status of a case's reports. Only
/// leads and admins may preview or file; both are audited (<c>report.previewed</c>, <c>report.filed</c>), and so is
/// every evidence read. Register as a singleton; without options it is present but <see cref="IsConfigured"/> is false.
/// </summary>
public sealed class CaseReporting : IDisposable
{
    /// <summary>Audit action: a lead previewed a case's report.</summary>
    public const string ReportPreviewedAction = "report.previewed";

    /// <summary>Audit action: a lead filed a case's report (details: outbox id, state, NCMEC's report id).</summary>
    public const string ReportFiledAction = "report.filed";

    private readonly CaseService _cases;
    private readonly EvidenceVault _vault;
    private readonly AuditLog _audit;
    private readonly IDbContextFactory<CaseworkDbContext> _contexts;
    private readonly CaseReportingOptions? _options;
    private readonly TimeProvider _time;
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };
    private readonly Lazy<CyberTiplineSchema> _schema;
    private readonly SemaphoreSlim _filing = new(1, 1);
    private readonly Lock _migrationGate = new();
    private Task? _migration;

    /// <summary>Creates the service; <paramref name="options"/> null leaves reporting unconfigured.</summary>
    public CaseReporting(
        CaseService cases,
        EvidenceVault vault,
        AuditLog audit,
        IDbContextFactory<CaseworkDbContext> contexts,
        TimeProvider time,
        CaseReportingOptions? options = null)
    {
        _cases = cases;
        _vault = vault;
        _audit = audit;
        _contexts = contexts;
        _time = time;
        _options = options;
        options?.Validate();
        _schema = new Lazy<CyberTiplineSchema>(() => CyberTiplineSchema.Load(Options.SchemaPath));
    }

    /// <summary>Whether NCMEC reporting is configured.</summary>
    public bool IsConfigured => _options is not null;

    /// <summary>"NCMEC test (https://…)" or "NCMEC production (…)", for the people filing.</summary>
    public string DestinationDescription => _options is null ? "not configured" :
        $"NCMEC {_options.Ncmec.Environment.ToString().ToLowerInvariant()} ({_options.Ncmec.EffectiveBaseAddress})";

    private CaseReportingOptions Options => _options ?? throw new InvalidOperationException(
        "CyberTipline reporting is not configured: set NCMEC_USERNAME, NCMEC_PASSWORD, NCMEC_XSD, NCMEC_REPORTER_EMAIL and NCMEC_PLATFORM (see docs/reporting.md).");

    /// <summary>Whether <paramref name="user"/> may preview and file reports: leads and admins.</summary>
    public static bool MayFile(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Identity?.Name is not null && (user.IsInRole(ConsoleRoles.Lead) || user.IsInRole(ConsoleRoles.Admin));
    }

    /// <summary>
    /// What filing the case would send, with <paramref name="files"/> (evidence ids; null for all) chosen. Null when there
    /// is no such case. Reads the case's evidence from the vault (audited) to hash and type it.
    /// </summary>
    /// <exception cref="UnauthorizedAccessException"><paramref name="user"/> is not a lead or admin.</exception>
    public async Task<CaseReportPreview?> PreviewAsync(Guid caseId, ClaimsPrincipal user, IReadOnlyCollection<Guid>? files = null, CancellationToken cancellationToken = default)
    {
        var actor = RequireFiler(user);
        var prepared = await PrepareAsync(caseId, actor, files, cancellationToken).ConfigureAwait(false);
        if (prepared is null)
        {
            return null;
        }

        await _audit.AppendAsync(actor, ReportPreviewedAction, CaseService.CaseSubject(caseId), new Dictionary<string, string?>
        {
            ["files"] = prepared.Preview.Files.Count(f => f.Selected).ToString(CultureInfo.InvariantCulture),
            ["refusal"] = prepared.Preview.Refusal,
            ["valid"] = prepared.Preview.Problems.Count == 0 ? "true" : "false",
        }, cancellationToken).ConfigureAwait(false);
        return prepared.Preview;
    }

    /// <summary>
    /// Files the case's report with the chosen files: stored in the outbox (once per case and NCMEC environment; filing
    /// again resumes the stored report) and run to NCMEC's receipt, or as far as it gets. Null when there is no such case.
    /// </summary>
    /// <exception cref="UnauthorizedAccessException"><paramref name="user"/> is not a lead or admin.</exception>
    public async Task<CaseReportFiling?> FileAsync(Guid caseId, ClaimsPrincipal user, IReadOnlyCollection<Guid>? files = null, CancellationToken cancellationToken = default)
    {
        var actor = RequireFiler(user);
        var options = Options;
        var prepared = await PrepareAsync(caseId, actor, files, cancellationToken).ConfigureAwait(false);
        if (prepared is null)
        {
            return null;
        }

        if (prepared.Built is null || !prepared.Preview.CanFile)
        {
            return new CaseReportFiling(prepared.Preview.Refusal ?? string.Join("; ", prepared.Preview.Problems), null, null);
        }

        await EnsureMigratedAsync(cancellationToken).ConfigureAwait(false);
        // One filing at a time in this process: two leads pressing "File" together must not run one report twice.
        await _filing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var outbox = Outbox(actor);
            Guid id;
            try
            {
                id = await outbox.EnqueueAsync(prepared.Built, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is ArgumentException or InvalidDataException or FileNotFoundException)
            {
                return new CaseReportFiling(exception.Message, null, null);
            }

            var result = await outbox.RunAsync(id, cancellationToken).ConfigureAwait(false);
            await _audit.AppendAsync(actor, ReportFiledAction, CaseService.CaseSubject(caseId), new Dictionary<string, string?>
            {
                ["outbox_id"] = id.ToString("D", CultureInfo.InvariantCulture),
                ["destination"] = new NcmecDestination(new NcmecClient(_http, options.Ncmec), _schema.Value).Name,
                ["state"] = result.State.ToString(),
                ["remote_report_id"] = result.RemoteReportId,
                ["files"] = prepared.Built.Files.Count.ToString(CultureInfo.InvariantCulture),
            }, cancellationToken).ConfigureAwait(false);
            return new CaseReportFiling(null, id, result);
        }
        finally
        {
            _filing.Release();
        }
    }

    /// <summary>The case's reports in the outbox (oldest first), with state, NCMEC's report id, receipt, last error and journal.</summary>
    public async Task<IReadOnlyList<OutboxReport>> StatusAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        if (_options is null)
        {
            return [];
        }

        await EnsureMigratedAsync(cancellationToken).ConfigureAwait(false);
        var outbox = Outbox("status");
        var reports = new List<OutboxReport>();
        foreach (var id in await outbox.FindByCaseAsync(CaseReportMapper.CaseId(caseId), cancellationToken).ConfigureAwait(false))
        {
            if (await outbox.FindAsync(id, cancellationToken).ConfigureAwait(false) is { } report)
            {
                reports.Add(report);
            }
        }

        return reports;
    }

    /// <summary>Resumes every report a crash or an outage left unfinished (run at start-up and now and then).</summary>
    public async Task<IReadOnlyList<OutboxRunResult>> ResumePendingAsync(string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (_options is null)
        {
            return [];
        }

        await EnsureMigratedAsync(cancellationToken).ConfigureAwait(false);
        await _filing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await Outbox(actor).RunPendingAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _filing.Release();
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _http.Dispose();
        _filing.Dispose();
    }

    private static string RequireFiler(ClaimsPrincipal user) =>
        MayFile(user) ? user.Identity!.Name! : throw new UnauthorizedAccessException("Only leads and admins may prepare or file CyberTipline reports.");

    private ReportOutbox Outbox(string actor)
    {
        var options = Options;
        var destination = new NcmecDestination(new NcmecClient(_http, options.Ncmec), _schema.Value);
        return new ReportOutbox(options.Outbox, destination, new VaultEvidenceOpener(_vault, actor), new VaultPreservationHolds(_vault, actor), time: _time);
    }

    private Task EnsureMigratedAsync(CancellationToken cancellationToken)
    {
        lock (_migrationGate)
        {
            if (_migration is null || _migration.IsFaulted || _migration.IsCanceled)
            {
                _migration = Options.Outbox.MigrateAsync(cancellationToken);
            }

            return _migration;
        }
    }

    private async Task<Prepared?> PrepareAsync(Guid caseId, string actor, IReadOnlyCollection<Guid>? files, CancellationToken cancellationToken)
    {
        var options = Options;
        var file = await _cases.GetFileAsync(caseId, cancellationToken).ConfigureAwait(false);
        if (file is null)
        {
            return null;
        }

        // A case that cannot be reported is refused before any evidence is decrypted: no read without a purpose.
        if (CaseReportMapper.Map(file, new Dictionary<Guid, CaseEvidence>()).Refusal is { } refusal)
        {
            return new Prepared(new CaseReportPreview(file.Case, refusal, [], [], null, [], []), null);
        }

        Dictionary<Guid, CaseEvidence> evidence;
        try
        {
            evidence = await ReadEvidenceAsync(file, actor, cancellationToken).ConfigureAwait(false);
        }
        catch (EvidenceIntegrityException exception)
        {
            return new Prepared(new CaseReportPreview(file.Case, $"Evidence failed its integrity check: {exception.Message}", [], [], null, [], []), null);
        }

        var mapping = CaseReportMapper.Map(file, evidence, files);
        if (mapping.Case is null)
        {
            return new Prepared(new CaseReportPreview(file.Case, mapping.Refusal, mapping.Files, [], null, [], []), null);
        }

        BuiltReport built;
        try
        {
            built = new CyberTiplineReportBuilder(BuilderOptions(options), _time).Build(mapping.Case);
        }
        catch (ArgumentException exception)
        {
            return new Prepared(new CaseReportPreview(file.Case, exception.Message, mapping.Files, [], null, [], []), null);
        }

        var schema = _schema.Value;
        var reportXml = CyberTiplineXml.ToText(CyberTiplineXml.Report(built.Report));
        var problems = schema.Validate(reportXml).Select(p => $"report: {p}").ToList();
        var details = new List<CaseReportDocument>();
        foreach (var builtFile in built.Files)
        {
            var xml = CyberTiplineXml.ToText(CyberTiplineXml.FileDetails(builtFile.Details));
            problems.AddRange(schema.Validate(xml).Select(p => $"{builtFile.Evidence.FileName}: {p}"));
            details.Add(new CaseReportDocument(builtFile.Evidence.FileName, xml));
        }

        var preview = new CaseReportPreview(file.Case, null, mapping.Files, Summary(built, options), reportXml, details, problems);
        return new Prepared(preview, built);
    }

    private async Task<Dictionary<Guid, CaseEvidence>> ReadEvidenceAsync(CaseFile file, string actor, CancellationToken cancellationToken)
    {
        var ids = file.Incidents.Where(i => i.EvidenceId is not null).Select(i => i.EvidenceId!.Value).Distinct().ToList();
        var subjects = ids.Select(id => "evidence/" + id.ToString("D", CultureInfo.InvariantCulture)).ToList();
        HashSet<string> revealed;
        HashSet<string> read;
        await using (var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            // "Viewed by the provider" is what the audit log shows: an image revealed unblurred, a text opened on the
            // case page for review. An image only seen blurred was not viewed.
            revealed = [.. await db.AuditEntries.AsNoTracking()
                .Where(e => subjects.Contains(e.Subject) && e.Action == "evidence.revealed")
                .Select(e => e.Subject).ToListAsync(cancellationToken).ConfigureAwait(false)];
            read = [.. await db.AuditEntries.AsNoTracking()
                .Where(e => subjects.Contains(e.Subject) && e.Action == AuditActions.EvidenceRead && e.Details.Contains("case review"))
                .Select(e => e.Subject).ToListAsync(cancellationToken).ConfigureAwait(false)];
        }

        var purpose = "report: " + CaseService.CaseSubject(file.Case.Id);
        var evidence = new Dictionary<Guid, CaseEvidence>();
        foreach (var id in ids)
        {
            var content = await _vault.ReadAsync(id, actor, purpose, cancellationToken).ConfigureAwait(false);
            if (content is null)
            {
                continue;
            }

            var subject = "evidence/" + id.ToString("D", CultureInfo.InvariantCulture);
            var isText = content.ContentType.StartsWith("text/", StringComparison.OrdinalIgnoreCase);
            evidence[id] = new CaseEvidence(id, content.Content, content.ContentType, isText ? read.Contains(subject) : revealed.Contains(subject));
        }

        return evidence;
    }

    private static ReportBuilderOptions BuilderOptions(CaseReportingOptions options)
    {
        var names = (options.ReporterName ?? string.Empty).Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new ReportBuilderOptions
        {
            Platform = options.Platform,
            IndustryMouSignatory = options.IndustryMouSignatory,
            Reporter = new Reporter
            {
                ReportingPerson = new Person
                {
                    FirstName = names.ElementAtOrDefault(0),
                    LastName = names.ElementAtOrDefault(1),
                    Emails = [new Email { Address = options.ReporterEmail }],
                },
            },
        };
    }

    private List<string> Summary(BuiltReport built, CaseReportingOptions options)
    {
        var summary = built.Report.IncidentSummary;
        var user = built.Report.ReportedPeople[0].Account!;
        var lines = new List<string>
        {
            $"To: {DestinationDescription}, from {options.ReporterEmail} for {options.Platform}.",
            $"Incident type: {summary.Type.ToXml()}.",
            $"Report annotations: {(summary.Annotations == ReportAnnotations.None ? "none" : summary.Annotations.ToString())}.",
            $"Incident time: {summary.IncidentDateTime.ToString("O", CultureInfo.InvariantCulture)} ({summary.IncidentDateTimeDescription})",
            $"Reported user: ESP identifier {user.EspIdentifier}{(user.EspService is { } tenant ? $" of tenant {tenant}" : string.Empty)}" +
                (user.PermanentlyDisabled is { } ban ? $"; banned {ban.DisabledAt?.ToString("O", CultureInfo.InvariantCulture)}" : string.Empty) +
                (user.TemporarilyDisabled is { } suspension ? $"; suspended {suspension.DisabledAt?.ToString("O", CultureInfo.InvariantCulture)}" : string.Empty) + ".",
        };
        foreach (var file in built.Files)
        {
            var details = file.Details;
            lines.Add($"File {details.FileName}: {details.Relevance}, received {details.UploadedToEspAt?.ToString("O", CultureInfo.InvariantCulture) ?? "–"}, " +
                $"{(details.FileViewedByEsp == true ? "viewed" : "not viewed")} by a reviewer, MD5 {file.Evidence.Md5}" +
                (details.Annotations.HasFlag(FileAnnotations.GenerativeAi) ? ", generativeAi (model output)." : "."));
        }

        if (built.Files.Count == 0)
        {
            lines.Add("No files: the report carries only the incident and the reported user.");
        }

        lines.Add($"Additional information: {built.Report.AdditionalInfo}");
        return lines;
    }

    private sealed record Prepared(CaseReportPreview Preview, BuiltReport? Built);
}
