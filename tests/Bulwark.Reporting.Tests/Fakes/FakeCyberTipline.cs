using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Bulwark.Reporting.Ncmec.Model;
using Bulwark.Reporting.Ncmec.Xml;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bulwark.Reporting.Tests.Fakes;

/// <summary>
/// An in-process CyberTipline on loopback that behaves as NCMEC documents: Basic auth on every call (2000), submit
/// and fileinfo validated against NCMEC's schema (4100 invalid, 4110 malformed), uploads answered with the MD5 of
/// what arrived, fileinfo once per file, finish and retract only on open reports (5001 no such report, 5002 no such
/// file, 5101 already retracted, 5102 already finished), unfinished reports expiring 24 h after opening or 1 h after
/// their last change, whichever is later, and a Request-ID header on every answer. Every answer it sends is itself
/// validated against the schema.
/// Where NCMEC's documentation is silent the fake chooses, and says so: the HTTP status accompanying each response
/// code (200 on success, 401 for 2000, 404 for 5001/5002, 409 for 5101/5102, 400 otherwise); the code for a second
/// fileinfo on one file (4000, invalid request); an expired report answering like an unknown one (5001).
/// </summary>
internal sealed class FakeCyberTipline : IAsyncDisposable
{
    public const string Username = "bulwark-test";
    public const string Password = "correct horse battery staple";

    private readonly WebApplication _app;
    private readonly TimeProvider _time;
    private readonly CyberTiplineSchema _schema = NcmecReference.Schema;
    private readonly Lock _gate = new();
    private readonly Dictionary<long, FakeReport> _reports = [];
    private long _nextReportId = 61_000_000;
    private long _nextFileId = 1;

    private FakeCyberTipline(WebApplication app, TimeProvider time)
    {
        _app = app;
        _time = time;
    }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Every Request-ID the fake sent, in order.</summary>
    public List<string> RequestIds { get; } = [];

    /// <summary>When set, the next answer is an HTML error page instead of NCMEC's XML (a proxy in the way).</summary>
    public bool SendGarbageOnce { get; set; }

    /// <summary>When set, the next answer is a proxy's 503 page: no call reaches the CyberTipline.</summary>
    public bool SendUnavailableOnce { get; set; }

    /// <summary>How long every answer waits (to exercise the client's timeouts).</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>When set, every upload reports a wrong MD5.</summary>
    public bool DamageEveryUpload { get; set; }

    /// <summary>When set, the next upload reports a wrong MD5 (NCMEC received a damaged file).</summary>
    public bool DamageNextUpload { get; set; }

    public IReadOnlyList<FakeReport> Reports
    {
        get
        {
            lock (_gate)
            {
                return _reports.Values.OrderBy(r => r.Id).ToList();
            }
        }
    }

    public static async Task<FakeCyberTipline> StartAsync(TimeProvider? time = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var fake = new FakeCyberTipline(app, time ?? TimeProvider.System);
        fake.Map();
        await app.StartAsync().ConfigureAwait(false);
        fake.BaseAddress = new Uri(app.Urls.Single().TrimEnd('/') + "/ispws/");
        return fake;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private void Map()
    {
        _app.Use(async (context, next) =>
        {
            var requestId = Guid.NewGuid().ToString();
            lock (_gate)
            {
                RequestIds.Add(requestId);
            }

            context.Response.Headers["Request-ID"] = requestId;
            if (Delay > TimeSpan.Zero)
            {
                await Task.Delay(Delay, context.RequestAborted).ConfigureAwait(false);
            }

            if (SendUnavailableOnce)
            {
                SendUnavailableOnce = false;
                context.Response.StatusCode = 503;
                context.Response.ContentType = "text/html";
                await context.Response.WriteAsync("<html><body>Service Unavailable</body></html>").ConfigureAwait(false);
                return;
            }

            if (SendGarbageOnce)
            {
                SendGarbageOnce = false;
                context.Response.StatusCode = 200;
                context.Response.ContentType = "text/html";
                await context.Response.WriteAsync("<html><body>Gateway says hello</body></html>").ConfigureAwait(false);
                return;
            }

            if (!Authorised(context.Request))
            {
                await Answer(context, 2000, "Authentication required").ConfigureAwait(false);
                return;
            }

            await next(context).ConfigureAwait(false);
        });
        _app.MapGet("/ispws/status", context => Answer(context, 0, "Success"));
        _app.MapGet("/ispws/xsd", async context =>
        {
            context.Response.ContentType = "text/xml; charset=utf-8";
            await context.Response.SendFileAsync(NcmecReference.SchemaPath).ConfigureAwait(false);
        });
        _app.MapPost("/ispws/submit", Submit);
        _app.MapPost("/ispws/upload", Upload);
        _app.MapPost("/ispws/fileinfo", FileInfo);
        _app.MapPost("/ispws/finish", Finish);
        _app.MapPost("/ispws/retract", Retract);
    }

    private static bool Authorised(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Username}:{Password}"));
        return string.Equals(header, expected, StringComparison.Ordinal);
    }

    private async Task Submit(HttpContext context)
    {
        var body = await ReadBody(context).ConfigureAwait(false);
        if (await Rejects(context, body, "report").ConfigureAwait(false))
        {
            return;
        }

        long id;
        lock (_gate)
        {
            id = _nextReportId++;
            var now = _time.GetUtcNow();
            _reports[id] = new FakeReport(id, body, now) { LastChangedAt = now };
        }

        await Answer(context, 0, "Success", reportId: id).ConfigureAwait(false);
    }

    private async Task Upload(HttpContext context)
    {
        if (!context.Request.HasFormContentType)
        {
            await Answer(context, 4000, "Invalid request: multipart/form-data expected").ConfigureAwait(false);
            return;
        }

        var form = await context.Request.ReadFormAsync().ConfigureAwait(false);
        var file = form.Files.GetFile("file");
        if (file is null || !long.TryParse(form["id"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var reportId))
        {
            await Answer(context, 4000, "Invalid request: fields id and file are required").ConfigureAwait(false);
            return;
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer).ConfigureAwait(false);
#pragma warning disable CA5351 // NCMEC answers uploads with an MD5.
        var md5 = Convert.ToHexStringLower(MD5.HashData(buffer.ToArray()));
#pragma warning restore CA5351
        FakeFile? stored = null;
        (int Code, string Description)? refusal;
        lock (_gate)
        {
            refusal = OpenReport(reportId, out var report);
            if (refusal is null)
            {
                stored = new FakeFile((_nextFileId++).ToString("x8", CultureInfo.InvariantCulture), file.FileName, md5, buffer.Length);
                report!.Files.Add(stored);
                report.LastChangedAt = _time.GetUtcNow();
            }
        }

        if (refusal is { } no)
        {
            await Answer(context, no.Code, no.Description).ConfigureAwait(false);
            return;
        }

        var reported = DamageNextUpload || DamageEveryUpload ? new string('0', 32) : stored!.Md5;
        DamageNextUpload = false;
        await Answer(context, 0, "Success", reportId: reportId, fileId: stored!.FileId, hash: reported).ConfigureAwait(false);
    }

    private async Task FileInfo(HttpContext context)
    {
        var body = await ReadBody(context).ConfigureAwait(false);
        if (await Rejects(context, body, "fileDetails").ConfigureAwait(false))
        {
            return;
        }

        var root = XDocument.Parse(body).Root!;
        var reportId = long.Parse((string)root.Element("reportId")!, CultureInfo.InvariantCulture);
        var fileId = ((string)root.Element("fileId")!).Trim();
        (int Code, string Description)? refusal;
        lock (_gate)
        {
            refusal = OpenReport(reportId, out var report);
            if (refusal is null)
            {
                var file = report!.Files.SingleOrDefault(f => f.FileId == fileId);
                if (file is null)
                {
                    refusal = (5002, "File does not exist");
                }
                else if (file.Details is not null)
                {
                    // NCMEC documents fileinfo as once per file but not the code for a second one: 4000 here.
                    refusal = (4000, "Invalid request: file details were already provided");
                }
                else
                {
                    file.Details = body;
                    report.LastChangedAt = _time.GetUtcNow();
                }
            }
        }

        await (refusal is { } no ? Answer(context, no.Code, no.Description) : Answer(context, 0, "Success", reportId: reportId)).ConfigureAwait(false);
    }

    private async Task Finish(HttpContext context)
    {
        var reportId = await FormId(context).ConfigureAwait(false);
        ReportDoneResponse? done = null;
        (int Code, string Description)? refusal;
        lock (_gate)
        {
            refusal = OpenReport(reportId, out var report);
            if (refusal is null)
            {
                report!.Status = FakeReportStatus.Finished;
                done = new ReportDoneResponse { ResponseCode = 0, ReportId = reportId, FileIds = report.Files.Select(f => f.FileId).ToList() };
            }
        }

        if (done is not null)
        {
            await Send(context, 200, NcmecResponseXml.Write(done)).ConfigureAwait(false);
            return;
        }

        await Answer(context, refusal!.Value.Code, refusal.Value.Description).ConfigureAwait(false);
    }

    private async Task Retract(HttpContext context)
    {
        var reportId = await FormId(context).ConfigureAwait(false);
        (int Code, string Description)? refusal;
        lock (_gate)
        {
            refusal = OpenReport(reportId, out var report);
            if (refusal is null)
            {
                report!.Status = FakeReportStatus.Retracted;
            }
        }

        await (refusal is { } no ? Answer(context, no.Code, no.Description) : Answer(context, 0, "Success", reportId: reportId)).ConfigureAwait(false);
    }

    // Called under the lock: the refusal for a report that cannot take changes, or null when it can.
    private (int Code, string Description)? OpenReport(long reportId, out FakeReport? report)
    {
        if (!_reports.TryGetValue(reportId, out report) || Expired(report))
        {
            return (5001, "Report does not exist");
        }

        return report.Status switch
        {
            FakeReportStatus.Retracted => (5101, "Report has already been retracted"),
            FakeReportStatus.Finished => (5102, "Report has already been finished"),
            _ => null,
        };
    }

    private bool Expired(FakeReport report)
    {
        if (report.Status != FakeReportStatus.Open)
        {
            return false;
        }

        var sinceOpened = report.OpenedAt + TimeSpan.FromHours(24);
        var sinceChanged = report.LastChangedAt + TimeSpan.FromHours(1);
        return _time.GetUtcNow() > (sinceOpened > sinceChanged ? sinceOpened : sinceChanged);
    }

    private async Task<bool> Rejects(HttpContext context, string body, string root)
    {
        var problems = _schema.Validate(body);
        if (problems.Any(p => p.IsMalformed))
        {
            await Answer(context, 4110, "Malformed XML: " + problems[0].Message).ConfigureAwait(false);
            return true;
        }

        if (problems.Count > 0 || XDocument.Parse(body).Root!.Name.LocalName != root)
        {
            var message = problems.Count > 0 ? problems[0].ToString() : $"<{root}> expected";
            await Answer(context, 4100, "Validation failed: " + message).ConfigureAwait(false);
            return true;
        }

        return false;
    }

    private static async Task<string> ReadBody(HttpContext context)
    {
        if (context.Request.ContentType is not { } type || !type.StartsWith("text/xml", StringComparison.OrdinalIgnoreCase))
        {
            // NCMEC documents text/xml for submit and fileinfo; a body of another type is read as no document at all.
            return "";
        }

        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        return await reader.ReadToEndAsync().ConfigureAwait(false);
    }

    private static async Task<long> FormId(HttpContext context) =>
        context.Request.HasFormContentType &&
        long.TryParse((await context.Request.ReadFormAsync().ConfigureAwait(false))["id"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)
            ? id
            : -1;

    private Task Answer(HttpContext context, int code, string description, long? reportId = null, string? fileId = null, string? hash = null)
    {
        var status = code switch
        {
            0 => 200,
            2000 => 401,
            5001 or 5002 => 404,
            5101 or 5102 => 409,
            _ => 400,
        };
        var xml = NcmecResponseXml.Write(new ReportResponse
        {
            ResponseCode = code,
            ResponseDescription = description,
            ReportId = reportId,
            FileId = fileId,
            Hash = hash,
        });
        return Send(context, status, xml);
    }

    private Task Send(HttpContext context, int status, string xml)
    {
        var problems = _schema.Validate(xml);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The fake's own answer breaks NCMEC's schema: " + string.Join("; ", problems));
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = "text/xml; charset=utf-8";
        return context.Response.WriteAsync(xml);
    }
}
