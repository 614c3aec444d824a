using Bulwark.Reporting.Outbox;
using Bulwark.Reporting.Outbox.Storage;
using Bulwark.Reporting.Tests.Fakes;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Reporting.Tests.Outbox;

public sealed class ReportOutboxTests
{
    // open, upload 1, fileinfo 1, upload 2, fileinfo 2, finish: the six calls of a two-file report.
    public static TheoryData<int, bool> CrashPoints()
    {
        var points = new TheoryData<int, bool>();
        for (var call = 0; call < 6; call++)
        {
            points.Add(call, false);
            points.Add(call, true);
        }

        return points;
    }

    [Fact]
    public async Task Report_is_filed_with_all_files_receipt_journal_and_a_one_year_hold()
    {
        await using var harness = await OutboxHarness.StartAsync();
        var outbox = harness.Outbox();

        var id = await outbox.EnqueueAsync(harness.Build());
        var result = await outbox.RunAsync(id);

        Assert.True(result.IsFinished, result.Error);
        harness.AssertExactlyOneFinishedReportWithAllFiles();
        Assert.Equal([id], await outbox.FindByCaseAsync("case-1"));
        var stored = (await outbox.FindAsync(id))!;
        Assert.Equal(["output-1.png", "upload-1.jpg"], stored.Files.Select(f => f.FileName));
        Assert.All(stored.Files, f => Assert.Equal(FileState.Described, f.State));
        Assert.Contains("<reportDoneResponse>", stored.Receipt, StringComparison.Ordinal);
        Assert.Equal(harness.Fake.Reports.Single().Id.ToString(System.Globalization.CultureInfo.InvariantCulture), stored.RemoteReportId);
        Assert.All(stored.Events.Where(e => e.Code == 0), e => Assert.Contains(e.RequestId!, harness.Fake.RequestIds));
        var hold = Assert.Single(harness.Holds.Requests);
        Assert.Equal(["vault/output-1.png", "vault/upload-1.jpg"], hold.EvidenceReferences);
        Assert.Equal(TimeSpan.FromDays(365), hold.HoldUntil - hold.FiledAt);
    }

    [Theory]
    [MemberData(nameof(CrashPoints))]
    public async Task Crash_around_any_call_resumes_to_exactly_one_finished_report_with_all_files(int call, bool afterCall)
    {
        await using var harness = await OutboxHarness.StartAsync();
        var crashing = new CrashingDestination(harness.Destination()) { CrashAtCall = call, CrashAfterCall = afterCall };
        var id = await harness.Outbox(crashing).EnqueueAsync(harness.Build());

        await Assert.ThrowsAsync<SimulatedCrash>(() => harness.Outbox(crashing).RunAsync(id));
        var results = await harness.Outbox().RunPendingAsync();

        Assert.True(Assert.Single(results).IsFinished, results[0].Error);
        harness.AssertExactlyOneFinishedReportWithAllFiles();
        Assert.DoesNotContain(harness.Fake.Reports, r => r.Status == FakeReportStatus.Open && r.Files.Count > 0);
        Assert.Single(harness.Holds.Requests);
        Assert.Empty(await harness.Outbox().RunPendingAsync());
    }

    [Fact]
    public async Task Report_about_to_expire_is_retracted_and_filed_again()
    {
        await using var harness = await OutboxHarness.StartAsync();
        var id = await harness.Outbox().EnqueueAsync(harness.Build());
        var stalled = await harness.Outbox(new CrashingDestination(harness.Destination()) { TransientAtCall = 1 }).RunAsync(id);
        Assert.Equal(ReportState.Open, stalled.State);

        harness.Time.Advance(TimeSpan.FromHours(23.9));
        var result = await harness.Outbox().RunAsync(id);

        Assert.True(result.IsFinished, result.Error);
        Assert.Single(harness.Fake.Reports, r => r.Status == FakeReportStatus.Retracted);
        harness.AssertExactlyOneFinishedReportWithAllFiles();
        await using var context = harness.Database.CreateContext();
        Assert.Equal(1, (await context.Reports.SingleAsync()).Restarts);
    }

    [Fact]
    public async Task Report_the_hotline_already_discarded_is_filed_again()
    {
        await using var harness = await OutboxHarness.StartAsync();
        var id = await harness.Outbox().EnqueueAsync(harness.Build());
        await harness.Outbox(new CrashingDestination(harness.Destination()) { TransientAtCall = 1 }).RunAsync(id);

        harness.Time.Advance(TimeSpan.FromHours(30));
        var result = await harness.Outbox().RunAsync(id);

        Assert.True(result.IsFinished, result.Error);
        harness.AssertExactlyOneFinishedReportWithAllFiles();
    }

    [Fact]
    public async Task Bad_credentials_leave_the_report_queued_with_a_clear_error_and_it_files_once_fixed()
    {
        await using var harness = await OutboxHarness.StartAsync();
        var id = await harness.Outbox().EnqueueAsync(harness.Build());

        var refused = await harness.Outbox(harness.Destination(password: "wrong")).RunAsync(id);
        var fixedRun = await harness.Outbox().RunAsync(id);

        Assert.Equal(ReportState.Queued, refused.State);
        Assert.Contains("2000", refused.Error, StringComparison.Ordinal);
        Assert.True(fixedRun.IsFinished);
        harness.AssertExactlyOneFinishedReportWithAllFiles();
    }

    [Fact]
    public async Task Damaged_upload_is_retracted_and_the_report_filed_again_with_good_copies()
    {
        await using var harness = await OutboxHarness.StartAsync();
        var id = await harness.Outbox().EnqueueAsync(harness.Build());
        harness.Fake.DamageNextUpload = true;

        var result = await harness.Outbox().RunAsync(id);

        Assert.True(result.IsFinished, result.Error);
        Assert.Single(harness.Fake.Reports, r => r.Status == FakeReportStatus.Retracted);
        harness.AssertExactlyOneFinishedReportWithAllFiles();
    }

    [Fact]
    public async Task Unreadable_answer_to_submit_is_resolved_by_submitting_again()
    {
        await using var harness = await OutboxHarness.StartAsync();
        var id = await harness.Outbox().EnqueueAsync(harness.Build());
        harness.Fake.SendGarbageOnce = true;

        var unknown = await harness.Outbox().RunAsync(id);
        var resumed = await harness.Outbox().RunAsync(id);

        Assert.Equal(ReportState.Opening, unknown.State);
        Assert.True(unknown.NeedsRetry);
        Assert.Contains("not a CyberTipline response", unknown.Error, StringComparison.Ordinal);
        Assert.True(resumed.IsFinished, resumed.Error);
        harness.AssertExactlyOneFinishedReportWithAllFiles();
        await using var context = harness.Database.CreateContext();
        Assert.Contains(await context.Events.ToListAsync(), e => e.Step == "submit" && e.Outcome == "outcome-unknown");
    }

    [Fact]
    public async Task Evidence_gone_before_upload_fails_the_report_with_a_clear_error_and_files_nothing()
    {
        await using var harness = await OutboxHarness.StartAsync();
        var id = await harness.Outbox().EnqueueAsync(harness.Build());
        var missing = new MissingEvidence(harness.Evidence, "vault/upload-1.jpg");

        var result = await new ReportOutbox(harness.Database, harness.Destination(), missing, harness.Holds, new OutboxOptions(), harness.Time).RunAsync(id);

        Assert.Equal(ReportState.Failed, result.State);
        Assert.Contains("upload-1.jpg", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(harness.Fake.Reports, r => r.Status == FakeReportStatus.Finished);
        Assert.Empty(harness.Holds.Requests);
    }

    [Fact]
    public async Task Evidence_that_changes_after_enqueue_is_retracted_and_not_filed()
    {
        await using var harness = await OutboxHarness.StartAsync();
        var id = await harness.Outbox().EnqueueAsync(harness.Build());
        harness.Evidence.Add("vault/output-1.png", Samples.Bytes("tampered"));

        var result = await harness.Outbox().RunAsync(id);
        var again = await harness.Outbox().RunPendingAsync();

        Assert.Equal(ReportState.Failed, result.State);
        Assert.Contains("changed since it was recorded", result.Error, StringComparison.Ordinal);
        Assert.Equal(FakeReportStatus.Retracted, Assert.Single(harness.Fake.Reports).Status);
        Assert.Empty(again);
    }

    [Fact]
    public async Task Hotline_that_damages_every_upload_stops_the_run_instead_of_looping()
    {
        await using var harness = await OutboxHarness.StartAsync();
        var id = await harness.Outbox().EnqueueAsync(harness.Build());
        harness.Fake.DamageEveryUpload = true;

        var result = await harness.Outbox().RunAsync(id);

        Assert.Equal(ReportState.Queued, result.State);
        Assert.Contains("restarted 3 times", result.Error, StringComparison.Ordinal);
        Assert.Equal(4, harness.Fake.Reports.Count(r => r.Status == FakeReportStatus.Retracted));
        Assert.DoesNotContain(harness.Fake.Reports, r => r.Status == FakeReportStatus.Finished);
    }

    [Fact]
    public async Task Preservation_hold_that_fails_is_placed_by_the_next_run_and_the_report_stays_filed()
    {
        await using var harness = await OutboxHarness.StartAsync();
        var flaky = new FlakyHolds(harness.Holds);
        var outbox = new ReportOutbox(harness.Database, harness.Destination(), harness.Evidence, flaky, new OutboxOptions(), harness.Time);
        var id = await outbox.EnqueueAsync(harness.Build());

        await Assert.ThrowsAsync<TimeoutException>(() => outbox.RunAsync(id));
        var retried = await outbox.RunPendingAsync();

        Assert.True(Assert.Single(retried).IsFinished);
        harness.AssertExactlyOneFinishedReportWithAllFiles();
        Assert.Single(harness.Holds.Requests);
        Assert.True((await outbox.FindAsync(id))!.HoldPlaced);
        Assert.Empty(await outbox.RunPendingAsync());
    }

    [Fact]
    public async Task Same_case_is_not_enqueued_twice()
    {
        await using var harness = await OutboxHarness.StartAsync();
        var outbox = harness.Outbox();

        var first = await outbox.EnqueueAsync(harness.Build());
        var second = await outbox.EnqueueAsync(harness.Build());

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Case_filed_in_the_test_environment_is_still_filed_in_production()
    {
        await using var harness = await OutboxHarness.StartAsync();
        var test = harness.Outbox();
        var production = harness.Outbox(harness.Destination(environment: Bulwark.Reporting.Ncmec.Client.NcmecEnvironment.Production));
        var rehearsal = await test.EnqueueAsync(harness.Build());
        Assert.True((await test.RunAsync(rehearsal)).IsFinished);

        var real = await production.EnqueueAsync(harness.Build());
        var result = await production.RunAsync(real);

        Assert.NotEqual(rehearsal, real);
        Assert.True(result.IsFinished, result.Error);
        Assert.Equal(2, harness.Fake.Reports.Count(r => r.Status == FakeReportStatus.Finished));
    }

    [Fact]
    public async Task Evidence_changed_since_it_was_recorded_is_refused_before_anything_is_sent()
    {
        await using var harness = await OutboxHarness.StartAsync();
        var built = harness.Build();
        harness.Evidence.Add("vault/upload-1.jpg", Samples.Bytes("something else"));

        await Assert.ThrowsAsync<InvalidDataException>(() => harness.Outbox().EnqueueAsync(built));

        Assert.Empty(harness.Fake.Reports);
    }

    [PostgresFact]
    public async Task Outbox_files_a_report_with_receipt_and_journal_on_postgresql() => await WithPostgresAsync(async database =>
    {
        await using var harness = await OutboxHarness.StartAsync(database);
        var outbox = harness.Outbox();
        var id = await outbox.EnqueueAsync(harness.Build());

        var result = await outbox.RunAsync(id);

        Assert.True(result.IsFinished, result.Error);
        harness.AssertExactlyOneFinishedReportWithAllFiles();
        var stored = (await outbox.FindAsync(id))!;
        Assert.Contains("<reportDoneResponse>", stored.Receipt, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.Zero, stored.FinishedAt!.Value.Offset);
        Assert.Equal(["enqueue", "submit", "upload", "fileinfo", "upload", "fileinfo", "finish", "preservation-hold"], stored.Events.Select(e => e.Step));
        Assert.Single(harness.Holds.Requests);
    });

    [PostgresFact]
    public async Task Outbox_survives_a_crash_on_postgresql() => await WithPostgresAsync(async database =>
    {
        await using var harness = await OutboxHarness.StartAsync(database);
        var crashing = new CrashingDestination(harness.Destination()) { CrashAtCall = 3, CrashAfterCall = true };
        var id = await harness.Outbox(crashing).EnqueueAsync(harness.Build());

        await Assert.ThrowsAsync<SimulatedCrash>(() => harness.Outbox(crashing).RunAsync(id));
        var result = await harness.Outbox().RunAsync(id);

        Assert.True(result.IsFinished, result.Error);
        harness.AssertExactlyOneFinishedReportWithAllFiles();
    });

    // A database of its own on the shared test server, dropped afterwards.
    private static async Task WithPostgresAsync(Func<ReportingDatabase, Task> test)
    {
        var server = PostgresTestServer.RequireConnectionString();
        var name = "bulwark_reporting_" + Guid.NewGuid().ToString("N");
        await using (var admin = new Npgsql.NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = new Npgsql.NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }

        try
        {
            var connection = new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false }.ConnectionString;
            await test(ReportingDatabase.Postgres(connection));
        }
        finally
        {
            await using var admin = new Npgsql.NpgsqlConnection(server);
            await admin.OpenAsync();
            await using var drop = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private sealed class FlakyHolds(IPreservationHoldSink inner) : IPreservationHoldSink
    {
        private bool _failed;

        public Task PlaceHoldAsync(PreservationHoldRequest request, CancellationToken cancellationToken)
        {
            if (!_failed)
            {
                _failed = true;
                throw new TimeoutException("evidence store did not answer");
            }

            return inner.PlaceHoldAsync(request, cancellationToken);
        }
    }

    private sealed class MissingEvidence(IEvidenceOpener inner, string gone) : IEvidenceOpener
    {
        public Task<Stream> OpenAsync(string reference, CancellationToken cancellationToken) =>
            reference == gone ? throw new FileNotFoundException($"Evidence '{reference}' was deleted.") : inner.OpenAsync(reference, cancellationToken);
    }
}
