using Bulwark.Reporting.Building;
using Bulwark.Reporting.Outbox.Storage;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Reporting.Outbox;

/// <summary>
/// Files reports so that a crash at any moment loses nothing and files nothing twice. Every step is written to the
/// database before its call (the -ing state) and after it; a run that finds a step whose outcome it cannot know
/// chooses the safe way on: a submit is sent again (an unfinished duplicate expires unused at the hotline), an
/// upload or file-details call leads to retracting the report and starting again (a finished report must never
/// carry a duplicate or undescribed file), a finish or retract is repeated (the hotline's "already finished" and
/// "already retracted" answers settle it). An open report close to its expiry is retracted and restarted too.
/// Run one runner per database. A second runner on the same report is caught at its next save (optimistic
/// concurrency: it throws rather than overwrite the first's record), but a call it made before that save may have
/// been made twice; there is no lease.
/// </summary>
public sealed class ReportOutbox
{
    private readonly ReportingDatabase _database;
    private readonly IReportDestination _destination;
    private readonly IEvidenceOpener _evidence;
    private readonly IPreservationHoldSink _holds;
    private readonly OutboxOptions _options;
    private readonly TimeProvider _time;

    public ReportOutbox(
        ReportingDatabase database,
        IReportDestination destination,
        IEvidenceOpener evidence,
        IPreservationHoldSink? holds = null,
        OutboxOptions? options = null,
        TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(evidence);
        _database = database;
        _destination = destination;
        _evidence = evidence;
        _holds = holds ?? NoPreservationHolds.Instance;
        _options = options ?? new OutboxOptions();
        _time = time ?? TimeProvider.System;
    }

    /// <summary>
    /// Stores a built report for filing and returns its outbox id. The documents are checked and every evidence file
    /// read (and its MD5 compared) first, so a bad report fails here, before anything is stored or sent. A case
    /// already in the outbox for this destination (and not failed) is not stored twice: its id is returned.
    /// </summary>
    public async Task<Guid> EnqueueAsync(BuiltReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var outbound = _destination.Prepare(report);
        foreach (var file in outbound.Files)
        {
            await CheckEvidenceAsync(file, cancellationToken).ConfigureAwait(false);
        }

        await using var context = _database.CreateContext();
        var existing = await context.Reports
            .Where(r => r.Destination == _destination.Name && r.CaseId == outbound.CaseId && r.State != ReportState.Failed)
            .Select(r => (Guid?)r.Id)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (existing is { } id)
        {
            return id;
        }

        var now = _time.GetUtcNow();
        var stored = new OutboxReport
        {
            Id = Guid.NewGuid(),
            CaseId = outbound.CaseId,
            Destination = _destination.Name,
            Payload = outbound.Payload,
            State = ReportState.Queued,
            CreatedAt = now,
            Version = Guid.NewGuid(),
            Files = outbound.Files.Select((file, ordinal) => new OutboxFile
            {
                Id = Guid.NewGuid(),
                Ordinal = ordinal,
                FileName = file.FileName,
                EvidenceReference = file.EvidenceReference,
                ExpectedMd5 = file.ExpectedMd5?.ToLowerInvariant(),
                DetailsPayload = file.DetailsPayload,
                State = FileState.Pending,
            }).ToList(),
        };
        context.Reports.Add(stored);
        Journal(stored, "enqueue", "stored", null, null, $"{stored.Files.Count} file(s)");
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return stored.Id;
    }

    /// <summary>Drives one report as far as it can go now: to finished, to failed, or to a step to retry later.</summary>
    public async Task<OutboxRunResult> RunAsync(Guid reportId, CancellationToken cancellationToken = default)
    {
        await using var context = _database.CreateContext();
        var report = await context.Reports
            .Include(r => r.Files)
            .SingleOrDefaultAsync(r => r.Id == reportId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Outbox report {reportId} does not exist.");
        if (report.Destination != _destination.Name)
        {
            throw new InvalidOperationException($"Outbox report {reportId} is for '{report.Destination}', not '{_destination.Name}'.");
        }

        var run = new Run(this, context, report);
        await run.DriveAsync(cancellationToken).ConfigureAwait(false);
        return new OutboxRunResult(report.Id, report.State, report.RemoteReportId, report.State == ReportState.Finished ? null : report.LastError);
    }

    /// <summary>
    /// The stored report with its files and journal (for showing status, receipt and errors on a case); null when
    /// there is none. A snapshot: changing it changes nothing.
    /// </summary>
    public async Task<OutboxReport?> FindAsync(Guid reportId, CancellationToken cancellationToken = default)
    {
        await using var context = _database.CreateContext();
        return await context.Reports.AsNoTracking()
            .Include(r => r.Files.OrderBy(f => f.Ordinal))
            .Include(r => r.Events.OrderBy(e => e.Id))
            .SingleOrDefaultAsync(r => r.Id == reportId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The outbox ids of every report filed or being filed for <paramref name="caseId"/> with this destination.</summary>
    public async Task<IReadOnlyList<Guid>> FindByCaseAsync(string caseId, CancellationToken cancellationToken = default)
    {
        await using var context = _database.CreateContext();
        var reports = await context.Reports
            .Where(r => r.Destination == _destination.Name && r.CaseId == caseId)
            .Select(r => new { r.Id, r.CreatedAt })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        // Ordered here: SQLite cannot order by DateTimeOffset.
        return reports.OrderBy(r => r.CreatedAt).Select(r => r.Id).ToList();
    }

    /// <summary>Runs every report of this destination that is neither finished nor failed.</summary>
    public async Task<IReadOnlyList<OutboxRunResult>> RunPendingAsync(CancellationToken cancellationToken = default)
    {
        List<Guid> ids;
        await using (var context = _database.CreateContext())
        {
            ids = await context.Reports
                .Where(r => r.Destination == _destination.Name &&
                    (r.State != ReportState.Finished || !r.HoldPlaced) && r.State != ReportState.Failed)
                .Select(r => r.Id)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
        }

        var results = new List<OutboxRunResult>();
        foreach (var id in ids)
        {
            results.Add(await RunAsync(id, cancellationToken).ConfigureAwait(false));
        }

        return results;
    }

    private async Task CheckEvidenceAsync(OutboundFile file, CancellationToken cancellationToken)
    {
        var stream = await _evidence.OpenAsync(file.EvidenceReference, cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            if (file.ExpectedMd5 is { } expected)
            {
#pragma warning disable CA5351 // MD5 is how NCMEC identifies files; it checks integrity here, not authenticity.
                var actual = Convert.ToHexStringLower(await System.Security.Cryptography.MD5.HashDataAsync(stream, cancellationToken).ConfigureAwait(false));
#pragma warning restore CA5351
                if (!string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase))
                {
                    throw new InvalidDataException($"Evidence '{file.FileName}' no longer matches its recorded MD5 ({expected}); it is not reported.");
                }
            }
        }
    }

    private void Journal(OutboxReport report, string step, string outcome, string? requestId, int? code, string? message) =>
        report.Events.Add(new OutboxEvent
        {
            ReportId = report.Id,
            At = _time.GetUtcNow(),
            Step = step,
            Outcome = outcome,
            RemoteReportId = report.RemoteReportId,
            RequestId = requestId,
            Code = code,
            Message = message,
        });

    // One run over one report: a small state machine; every transition is saved before the next call.
    private sealed class Run(ReportOutbox outbox, ReportingDbContext context, OutboxReport report)
    {
        // More restarts than this in one run means something keeps undoing the report (a hotline that damages every
        // upload, an expiry rule shorter than the margin): stop and let a person look rather than loop.
        private const int MaxRestartsPerRun = 3;

        private int _restarts;

        private IReportDestination Destination => outbox._destination;

        private DateTimeOffset Now => outbox._time.GetUtcNow();

        public async Task DriveAsync(CancellationToken cancellationToken)
        {
            while (true)
            {
                var next = report.State switch
                {
                    ReportState.Queued or ReportState.Opening => await OpenAsync(cancellationToken).ConfigureAwait(false),
                    ReportState.Open => await AdvanceOpenAsync(cancellationToken).ConfigureAwait(false),
                    ReportState.Finishing => await FinishAsync(cancellationToken).ConfigureAwait(false),
                    ReportState.Retracting => await RetractAsync(cancellationToken).ConfigureAwait(false),
                    ReportState.Finished => await PlaceHoldAsync(cancellationToken).ConfigureAwait(false),
                    _ => false,
                };
                if (!next)
                {
                    return;
                }
            }
        }

        private async Task<bool> OpenAsync(CancellationToken cancellationToken)
        {
            if (report.State == ReportState.Opening)
            {
                // The earlier submit's answer was never recorded. If it opened a report, that one stays unfinished and
                // the hotline discards it at expiry; submitting again is the only way on that cannot file twice.
                outbox.Journal(report, "submit", "outcome-unknown", null, null, "resubmitting; an earlier unfinished report, if any, expires unused");
            }

            report.State = ReportState.Opening;
            await SaveAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var opened = await Destination.OpenAsync(report.Payload, cancellationToken).ConfigureAwait(false);
                report.RemoteReportId = opened.RemoteReportId;
                report.OpenedAt = report.LastChangedAt = Now;
                report.State = ReportState.Open;
                outbox.Journal(report, "submit", "opened", opened.RequestId, 0, null);
                await SaveAsync(cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (DestinationException failure) when (failure.Failure == DestinationFailure.OutcomeUnknown)
            {
                return await StopAsync("submit", failure, ReportState.Opening, cancellationToken).ConfigureAwait(false);
            }
            catch (DestinationException failure)
            {
                return await StopAsync("submit", failure, failure.Failure == DestinationFailure.Transient ? ReportState.Queued : ReportState.Failed, cancellationToken).ConfigureAwait(false);
            }
        }

        private async Task<bool> AdvanceOpenAsync(CancellationToken cancellationToken)
        {
            if (report.Files.Any(f => f.State is FileState.Uploading or FileState.Describing))
            {
                return await BeginRetractAsync("a file call's outcome is unknown", cancellationToken).ConfigureAwait(false);
            }

            var expiresAt = Destination.ExpiresAt(report.OpenedAt!.Value, report.LastChangedAt ?? report.OpenedAt.Value);
            if (Now + outbox._options.ExpiryMargin >= expiresAt)
            {
                return await BeginRetractAsync($"the open report expires at {expiresAt:O}", cancellationToken).ConfigureAwait(false);
            }

            var file = report.Files.OrderBy(f => f.Ordinal).FirstOrDefault(f => f.State != FileState.Described);
            if (file is null)
            {
                report.State = ReportState.Finishing;
                await SaveAsync(cancellationToken).ConfigureAwait(false);
                return true;
            }

            return file.State == FileState.Pending
                ? await UploadAsync(file, cancellationToken).ConfigureAwait(false)
                : await DescribeAsync(file, cancellationToken).ConfigureAwait(false);
        }

        private async Task<bool> UploadAsync(OutboxFile file, CancellationToken cancellationToken)
        {
            file.State = FileState.Uploading;
            await SaveAsync(cancellationToken).ConfigureAwait(false);
            UploadedFile uploaded;
            try
            {
                var stream = await outbox._evidence.OpenAsync(file.EvidenceReference, cancellationToken).ConfigureAwait(false);
                await using (stream.ConfigureAwait(false))
                {
                    uploaded = await Destination.UploadAsync(report.RemoteReportId!, file.FileName, stream, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Nothing was sent: the evidence could not be read. A person must restore it.
                file.State = FileState.Pending;
                report.LastError = $"Evidence '{file.FileName}' could not be read: {exception.Message}";
                report.State = ReportState.Failed;
                outbox.Journal(report, "upload", "evidence-unreadable", null, null, report.LastError);
                await SaveAsync(cancellationToken).ConfigureAwait(false);
                return false;
            }
            catch (DestinationException failure)
            {
                return await FileCallFailedAsync("upload", file, FileState.Pending, failure, cancellationToken).ConfigureAwait(false);
            }

            if (file.ExpectedMd5 is { } expected && !string.Equals(expected, uploaded.Md5, StringComparison.OrdinalIgnoreCase))
            {
                file.State = FileState.Uploaded;
                file.RemoteFileId = uploaded.RemoteFileId;
                outbox.Journal(report, "upload", "evidence-changed", uploaded.RequestId, null, $"sent MD5 {uploaded.Md5}, recorded {expected}");
                report.LastError = $"Evidence '{file.FileName}' changed since it was recorded (MD5 {uploaded.Md5}, recorded {expected}).";
                return await BeginRetractAsync(report.LastError, cancellationToken, thenFail: true).ConfigureAwait(false);
            }

            file.State = FileState.Uploaded;
            file.RemoteFileId = uploaded.RemoteFileId;
            file.Md5 = uploaded.Md5;
            file.UploadedAt = report.LastChangedAt = Now;
            outbox.Journal(report, "upload", "uploaded", uploaded.RequestId, 0, $"{file.FileName} as {uploaded.RemoteFileId}");
            await SaveAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }

        private async Task<bool> DescribeAsync(OutboxFile file, CancellationToken cancellationToken)
        {
            file.State = FileState.Describing;
            await SaveAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var requestId = await Destination.DescribeFileAsync(report.RemoteReportId!, file.RemoteFileId!, file.DetailsPayload, cancellationToken).ConfigureAwait(false);
                file.State = FileState.Described;
                report.LastChangedAt = Now;
                outbox.Journal(report, "fileinfo", "described", requestId, 0, file.RemoteFileId);
                await SaveAsync(cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (DestinationException failure)
            {
                return await FileCallFailedAsync("fileinfo", file, FileState.Uploaded, failure, cancellationToken).ConfigureAwait(false);
            }
        }

        private async Task<bool> FileCallFailedAsync(string step, OutboxFile file, FileState before, DestinationException failure, CancellationToken cancellationToken)
        {
            switch (failure.Failure)
            {
                case DestinationFailure.Transient:
                    file.State = before;
                    return await StopAsync(step, failure, ReportState.Open, cancellationToken).ConfigureAwait(false);
                case DestinationFailure.OutcomeUnknown:
                    // Left in its -ing state: the next run retracts and restarts.
                    return await StopAsync(step, failure, ReportState.Open, cancellationToken).ConfigureAwait(false);
                case DestinationFailure.Corrupted:
                    outbox.Journal(report, step, "corrupted", failure.RequestId, failure.Code, failure.Message);
                    return await BeginRetractAsync(failure.Message, cancellationToken).ConfigureAwait(false);
                case DestinationFailure.ReportGone:
                    outbox.Journal(report, step, "report-gone", failure.RequestId, failure.Code, failure.Message);
                    return await RestartAsync(cancellationToken).ConfigureAwait(false);
                default:
                    file.State = before;
                    return await StopAsync(step, failure, ReportState.Failed, cancellationToken).ConfigureAwait(false);
            }
        }

        private async Task<bool> FinishAsync(CancellationToken cancellationToken)
        {
            await SaveAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var finished = await Destination.FinishAsync(report.RemoteReportId!, cancellationToken).ConfigureAwait(false);
                var missing = report.Files.Select(f => f.RemoteFileId!).Except(finished.RemoteFileIds, StringComparer.Ordinal).ToList();
                report.Receipt = finished.Receipt;
                MarkFinished("finish", "finished", finished.RequestId, missing.Count == 0 ? null : $"receipt does not list {string.Join(", ", missing)}");
            }
            catch (DestinationException failure) when (failure.Failure == DestinationFailure.AlreadyFinished)
            {
                // An earlier finish got through but its answer was lost: the report is filed, only the receipt is missing.
                report.Receipt ??= $"(no receipt: the hotline answered code {failure.Code} 'already finished' to a repeated finish; request {failure.RequestId})";
                MarkFinished("finish", "already-finished", failure.RequestId, null);
            }
            catch (DestinationException failure) when (failure.Failure == DestinationFailure.ReportGone)
            {
                outbox.Journal(report, "finish", "report-gone", failure.RequestId, failure.Code, failure.Message);
                return await RestartAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DestinationException failure)
            {
                var next = failure.Failure is DestinationFailure.Transient or DestinationFailure.OutcomeUnknown ? ReportState.Finishing : ReportState.Failed;
                return await StopAsync("finish", failure, next, cancellationToken).ConfigureAwait(false);
            }

            await SaveAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }

        private void MarkFinished(string step, string outcome, string? requestId, string? message)
        {
            report.State = ReportState.Finished;
            report.FinishedAt = Now;
            report.LastError = null;
            outbox.Journal(report, step, outcome, requestId, 0, message);
        }

        private async Task<bool> PlaceHoldAsync(CancellationToken cancellationToken)
        {
            if (report.HoldPlaced)
            {
                return false;
            }

            var filedAt = report.FinishedAt ?? Now;
            await outbox._holds.PlaceHoldAsync(
                new PreservationHoldRequest(
                    report.CaseId,
                    report.Destination,
                    report.RemoteReportId!,
                    report.Files.OrderBy(f => f.Ordinal).Select(f => f.EvidenceReference).ToList(),
                    filedAt,
                    filedAt + outbox._options.PreservationPeriod),
                cancellationToken).ConfigureAwait(false);
            report.HoldPlaced = true;
            outbox.Journal(report, "preservation-hold", "placed", null, null, $"until {filedAt + outbox._options.PreservationPeriod:O}");
            await SaveAsync(cancellationToken).ConfigureAwait(false);
            return false;
        }

        private async Task<bool> BeginRetractAsync(string reason, CancellationToken cancellationToken, bool thenFail = false)
        {
            report.FailAfterRetract = thenFail;
            report.State = ReportState.Retracting;
            outbox.Journal(report, "retract", "begun", null, null, reason);
            await SaveAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }

        private async Task<bool> RetractAsync(CancellationToken cancellationToken)
        {
            await SaveAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var requestId = await Destination.RetractAsync(report.RemoteReportId!, cancellationToken).ConfigureAwait(false);
                outbox.Journal(report, "retract", "retracted", requestId, 0, null);
            }
            catch (DestinationException failure) when (failure.Failure is DestinationFailure.AlreadyRetracted or DestinationFailure.ReportGone)
            {
                outbox.Journal(report, "retract", failure.Failure == DestinationFailure.ReportGone ? "report-gone" : "already-retracted", failure.RequestId, failure.Code, null);
            }
            catch (DestinationException failure) when (failure.Failure == DestinationFailure.AlreadyFinished)
            {
                // Finished after all (an earlier finish got through): the report is filed.
                report.Receipt ??= $"(no receipt: the hotline answered code {failure.Code} 'already finished' to a retraction)";
                MarkFinished("retract", "already-finished", failure.RequestId, null);
                await SaveAsync(cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (DestinationException failure)
            {
                return await StopAsync("retract", failure, ReportState.Retracting, cancellationToken).ConfigureAwait(false);
            }

            if (report.FailAfterRetract)
            {
                report.State = ReportState.Failed;
                report.RemoteReportId = null;
                await SaveAsync(cancellationToken).ConfigureAwait(false);
                return false;
            }

            return await RestartAsync(cancellationToken).ConfigureAwait(false);
        }

        private async Task<bool> RestartAsync(CancellationToken cancellationToken)
        {
            if (++_restarts > MaxRestartsPerRun)
            {
                report.State = ReportState.Queued;
                report.RemoteReportId = null;
                report.LastError = $"The report was restarted {MaxRestartsPerRun} times in one run; stopped so a person can look (see the journal).";
                outbox.Journal(report, "restart", "stopped", null, null, report.LastError);
                await SaveAsync(cancellationToken).ConfigureAwait(false);
                return false;
            }

            report.Restarts++;
            report.State = ReportState.Queued;
            report.RemoteReportId = null;
            report.OpenedAt = report.LastChangedAt = null;
            foreach (var file in report.Files)
            {
                file.State = FileState.Pending;
                file.RemoteFileId = null;
                file.Md5 = null;
                file.UploadedAt = null;
            }

            outbox.Journal(report, "restart", "queued", null, null, $"restart {report.Restarts}");
            await SaveAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }

        private async Task<bool> StopAsync(string step, DestinationException failure, ReportState state, CancellationToken cancellationToken)
        {
            report.State = state;
            report.LastError = $"{step}: {failure.Message}";
            report.FailedAttempts++;
            outbox.Journal(report, step, failure.Failure.ToString(), failure.RequestId, failure.Code, failure.Message);
            await SaveAsync(cancellationToken).ConfigureAwait(false);
            return false;
        }

        // Events are added to the tracked report's collection and saved with it. The new version makes a concurrent
        // runner's next save of the same report fail (DbUpdateConcurrencyException) instead of overwriting this one's.
        private async Task SaveAsync(CancellationToken cancellationToken)
        {
            report.Version = Guid.NewGuid();
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
