using Bulwark.Reporting.Ncmec.Client;
using Bulwark.Reporting.Ncmec.Model;
using Bulwark.Reporting.Ncmec.Xml;
using Bulwark.Reporting.Tests.Fakes;

namespace Bulwark.Reporting.Tests.Ncmec;

public sealed class NcmecClientTests : IAsyncLifetime, IDisposable
{
    private readonly HttpClient _http = new();
    private FakeCyberTipline _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeCyberTipline.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task Submit_upload_fileinfo_finish_files_a_report_with_its_file()
    {
        var client = Client();
        var bytes = Samples.Bytes("flow.png");

        var opened = await client.SubmitAsync(ReportXml());
        var reportId = opened.Response.ReportId!.Value;
        var uploaded = await client.UploadAsync(reportId, "flow.png", new MemoryStream(bytes));
        await client.SendFileInfoAsync(CyberTiplineXml.ToText(CyberTiplineXml.FileDetails(new FileDetails
        {
            ReportId = reportId,
            FileId = uploaded.Response.FileId,
            Annotations = FileAnnotations.GenerativeAi,
        })));
        var done = await client.FinishAsync(reportId);

        Assert.Equal(Samples.Md5(bytes), uploaded.Response.Md5);
        Assert.Equal([uploaded.Response.FileId], done.Response.FileIds);
        Assert.Contains(done.RequestId, _fake.RequestIds);
        var filed = Assert.Single(_fake.Reports);
        Assert.Equal(FakeReportStatus.Finished, filed.Status);
        Assert.Contains("<generativeAi />", Assert.Single(filed.Files).Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_succeeds_with_good_credentials_and_keeps_the_request_id()
    {
        var status = await Client().GetStatusAsync();

        Assert.Equal(0, status.Response.ResponseCode);
        Assert.NotNull(status.RequestId);
    }

    [Fact]
    public async Task Bad_credentials_are_a_clear_rejection_with_code_2000_parsed_from_a_401()
    {
        var client = Client(password: "wrong");

        var error = await Assert.ThrowsAsync<NcmecException>(() => client.GetStatusAsync());

        Assert.Equal(NcmecFailure.Rejected, error.Failure);
        Assert.Equal(2000, error.ResponseCode);
        Assert.Equal(401, error.HttpStatus);
        Assert.NotNull(error.RequestId);
        Assert.DoesNotContain("wrong", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_answer_is_an_unknown_outcome_not_a_success()
    {
        _fake.SendGarbageOnce = true;

        var error = await Assert.ThrowsAsync<NcmecException>(() => Client().SubmitAsync(ReportXml()));

        Assert.Equal(NcmecFailure.Malformed, error.Failure);
        Assert.True(error.OutcomeUnknown);
    }

    [Fact]
    public async Task Upload_whose_md5_differs_from_the_file_is_refused()
    {
        var client = Client();
        var reportId = (await client.SubmitAsync(ReportXml())).Response.ReportId!.Value;
        _fake.DamageNextUpload = true;

        var error = await Assert.ThrowsAsync<NcmecException>(() => client.UploadAsync(reportId, "a.png", new MemoryStream(Samples.Bytes("a.png"))));

        Assert.Equal(NcmecFailure.HashMismatch, error.Failure);
    }

    [Fact]
    public async Task Invalid_report_gets_4100_and_malformed_xml_4110()
    {
        var client = Client();

        var invalid = await Assert.ThrowsAsync<NcmecException>(() => client.SubmitAsync("<report><incidentSummary/></report>"));
        var malformed = await Assert.ThrowsAsync<NcmecException>(() => client.SubmitAsync("<report><oops></report>"));

        Assert.Equal(4100, invalid.ResponseCode);
        Assert.Equal(4110, malformed.ResponseCode);
        Assert.Empty(_fake.Reports);
    }

    [Fact]
    public async Task Finished_report_cannot_be_finished_again_nor_retracted_and_unknown_reports_do_not_exist()
    {
        var client = Client();
        var reportId = (await client.SubmitAsync(ReportXml())).Response.ReportId!.Value;
        await client.FinishAsync(reportId);

        var again = await Assert.ThrowsAsync<NcmecException>(() => client.FinishAsync(reportId));
        var retract = await Assert.ThrowsAsync<NcmecException>(() => client.RetractAsync(reportId));
        var unknown = await Assert.ThrowsAsync<NcmecException>(() => client.FinishAsync(999));

        Assert.Equal(5102, again.ResponseCode);
        Assert.Equal(5102, retract.ResponseCode);
        Assert.Equal(5001, unknown.ResponseCode);
    }

    [Fact]
    public async Task Retracted_report_takes_no_more_files_and_fileinfo_is_once_per_file()
    {
        var client = Client();
        var reportId = (await client.SubmitAsync(ReportXml())).Response.ReportId!.Value;
        var fileId = (await client.UploadAsync(reportId, "a.png", new MemoryStream(Samples.Bytes("a.png")))).Response.FileId;
        var details = CyberTiplineXml.ToText(CyberTiplineXml.FileDetails(new FileDetails { ReportId = reportId, FileId = fileId }));
        await client.SendFileInfoAsync(details);

        var twice = await Assert.ThrowsAsync<NcmecException>(() => client.SendFileInfoAsync(details));
        var noFile = await Assert.ThrowsAsync<NcmecException>(() => client.SendFileInfoAsync(
            CyberTiplineXml.ToText(CyberTiplineXml.FileDetails(new FileDetails { ReportId = reportId, FileId = "nope" }))));
        await client.RetractAsync(reportId);
        var afterRetract = await Assert.ThrowsAsync<NcmecException>(() => client.UploadAsync(reportId, "b.png", new MemoryStream(Samples.Bytes("b.png"))));

        Assert.Equal(4000, twice.ResponseCode);
        Assert.Equal(5002, noFile.ResponseCode);
        Assert.Equal(5101, afterRetract.ResponseCode);
    }

    [Fact]
    public async Task Unreachable_server_is_an_unknown_outcome_with_a_clear_message()
    {
        var client = new NcmecClient(_http, Options() with { BaseAddress = new Uri("http://127.0.0.1:9/ispws/"), SafeRetries = 0 });

        var error = await Assert.ThrowsAsync<NcmecException>(() => client.SubmitAsync(ReportXml()));

        Assert.Equal(NcmecFailure.Unreachable, error.Failure);
        Assert.Contains("could not be reached", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_only_call_is_retried_after_a_server_failure_but_submit_is_not()
    {
        var client = new NcmecClient(_http, Options() with { SafeRetryDelay = TimeSpan.FromMilliseconds(1) });

        _fake.SendUnavailableOnce = true;
        var status = await client.GetStatusAsync();
        var callsAfterStatus = _fake.RequestIds.Count;
        _fake.SendUnavailableOnce = true;
        var submit = await Assert.ThrowsAsync<NcmecException>(() => client.SubmitAsync(ReportXml()));

        Assert.Equal(0, status.Response.ResponseCode);
        Assert.Equal(2, callsAfterStatus);
        Assert.Equal(NcmecFailure.Unreachable, submit.Failure);
        Assert.Equal(3, _fake.RequestIds.Count);
    }

    [Fact]
    public async Task Call_that_outlasts_its_timeout_is_an_unknown_outcome()
    {
        _fake.Delay = TimeSpan.FromSeconds(30);
        var client = new NcmecClient(_http, Options() with { Timeout = TimeSpan.FromMilliseconds(200) });

        var error = await Assert.ThrowsAsync<NcmecException>(() => client.SubmitAsync(ReportXml()));

        Assert.Equal(NcmecFailure.Unreachable, error.Failure);
        Assert.True(error.OutcomeUnknown);
        Assert.Contains("did not answer", error.Message, StringComparison.Ordinal);
        _fake.Delay = TimeSpan.Zero;
    }

    [Fact]
    public async Task Submit_that_is_not_text_xml_is_refused_as_malformed()
    {
        using var form = new FormUrlEncodedContent([new KeyValuePair<string, string>("report", ReportXml())]);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_fake.BaseAddress, "submit")) { Content = form };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{FakeCyberTipline.Username}:{FakeCyberTipline.Password}")));

        using var response = await _http.SendAsync(request);

        Assert.Contains("<responseCode>4110</responseCode>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public void Environments_have_ncmecs_addresses_and_credentials_are_required()
    {
        Assert.Equal("https://exttest.cybertip.org/ispws/", new NcmecOptions { Username = "u", Password = "p" }.EffectiveBaseAddress.AbsoluteUri);
        Assert.Equal("https://report.cybertip.org/ispws/", new NcmecOptions { Username = "u", Password = "p", Environment = NcmecEnvironment.Production }.EffectiveBaseAddress.AbsoluteUri);
        Assert.Throws<ArgumentException>(() => new NcmecClient(_http, new NcmecOptions { Username = "u", Password = "" }));
    }

    [Fact]
    public async Task Schema_can_be_fetched_from_ncmec()
    {
        var xsd = await Client().GetSchemaAsync();

        Assert.Empty(CyberTiplineSchema.Parse(xsd).Validate(ReportXml()));
    }

    private NcmecOptions Options(string password = FakeCyberTipline.Password) => new()
    {
        Username = FakeCyberTipline.Username,
        Password = password,
        BaseAddress = _fake.BaseAddress,
        Timeout = TimeSpan.FromSeconds(20),
    };

    private NcmecClient Client(string password = FakeCyberTipline.Password) => new(_http, Options(password));

    private static string ReportXml() => CyberTiplineXml.ToText(CyberTiplineXml.Report(new CyberTiplineReport
    {
        IncidentSummary = new IncidentSummary { Type = IncidentType.ChildPornography, IncidentDateTime = Samples.Start },
        Reporter = new Reporter { ReportingPerson = new Person { Emails = [new Email { Address = "safety@example.com" }] } },
    }));
}
