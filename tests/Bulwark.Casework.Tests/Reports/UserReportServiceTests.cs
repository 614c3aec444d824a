using System.Text;
using Bulwark.Casework.Cases;
using Bulwark.Casework.Evidence;
using Bulwark.Casework.Incidents;
using Bulwark.Casework.Queues;
using Bulwark.Casework.Reports;
using Bulwark.Casework.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Casework.Tests.Reports;

public sealed class UserReportServiceTests
{
    private static UserReportSubmission Submission(string reporter = "reporter-1", string text = "This response made me uncomfortable") =>
        new("acme", reporter, ReportSubjectKind.Response, "resp-9", "user-42", "grooming", text);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Report_opens_a_case_in_the_user_reports_queue_with_its_text_sealed(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var receipt = await database.Get<UserReportService>().SubmitAsync(Submission());

        Assert.False(receipt.Duplicate);
        var file = await database.Get<CaseService>().GetFileAsync(receipt.CaseId);
        Assert.Equal((QueueRouting.UserReportsQueue, "user-42"), (file!.Case.Queue, file.Case.ExternalUserId));
        var report = Assert.Single(file.Reports);
        var text = await database.Get<EvidenceVault>().ReadAsync(report.EvidenceId!.Value, "reviewer-a", "case review");
        Assert.Equal("This response made me uncomfortable", Encoding.UTF8.GetString(text!.Content.Span));
    }

    [Fact]
    public async Task Report_text_never_reaches_the_database_file_in_the_clear()
    {
        const string Marker = "PLANTED-MARKER-7f3a9c";
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);

        await database.Get<UserReportService>().SubmitAsync(Submission(text: "Reporter wrote " + Marker));

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var bytes = Directory.GetFiles(Path.GetDirectoryName(database.SqliteFile)!, Path.GetFileName(database.SqliteFile) + "*")
            .SelectMany(File.ReadAllBytes)
            .ToArray();
        Assert.NotEmpty(bytes);
        Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(Marker)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_same_report_twice_is_counted_once(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var reports = database.Get<UserReportService>();

        var first = await reports.SubmitAsync(Submission());
        var again = await reports.SubmitAsync(Submission(text: "said differently"));
        var concurrent = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => reports.SubmitAsync(Submission(reporter: "reporter-2"))));

        Assert.Equal((first.ReportId, first.CaseId, true), (again.ReportId, again.CaseId, again.Duplicate));
        Assert.Single(concurrent, r => !r.Duplicate);
        await using var db = database.NewContext();
        Assert.Equal(2, await db.UserReports.CountAsync());
        Assert.Equal(2, (await db.Cases.SingleAsync()).ItemCount);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Report_about_a_user_joins_their_incident_case_which_keeps_its_more_urgent_queue(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.Get<IncidentRecorder>().RecordAsync(TestIncidents.Blocked("csam_solicitation"));

        var receipt = await database.Get<UserReportService>().SubmitAsync(new UserReportSubmission("acme", "reporter-1", ReportSubjectKind.Account, "user-42", null, "other", null));

        var file = await database.Get<CaseService>().GetFileAsync(receipt.CaseId);
        Assert.Equal((QueueRouting.SolicitationQueue, 2, 1, 1), (file!.Case.Queue, file.Case.ItemCount, file.Incidents.Count, file.Reports.Count));
    }
}
