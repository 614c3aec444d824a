using System.Globalization;
using System.Xml.Linq;
using Bulwark.Reporting.Building;
using Bulwark.Reporting.Ncmec.Client;
using Bulwark.Reporting.Ncmec.Xml;
using Bulwark.Reporting.Outbox;

namespace Bulwark.Reporting.Ncmec;

/// <summary>
/// NCMEC's CyberTipline as an outbox destination: documents validated against NCMEC's schema before they are stored,
/// NCMEC's response codes translated into what the outbox must do, and NCMEC's expiry rule (an unfinished report
/// is discarded 24 hours after it was opened or 1 hour after its last change, whichever is later).
/// </summary>
public sealed class NcmecDestination : IReportDestination
{
    private readonly NcmecClient _client;
    private readonly CyberTiplineSchema _schema;

    public NcmecDestination(NcmecClient client, CyberTiplineSchema schema)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(schema);
        _client = client;
        _schema = schema;
    }

    /// <summary>
    /// "ncmec-test" or "ncmec-production": reports filed in NCMEC's test environment never count as filed in
    /// production, even in one outbox database.
    /// </summary>
    public string Name => _client.Environment == NcmecEnvironment.Production ? "ncmec-production" : "ncmec-test";

    public DateTimeOffset ExpiresAt(DateTimeOffset openedAt, DateTimeOffset lastChangedAt)
    {
        var sinceOpened = openedAt + TimeSpan.FromHours(24);
        var sinceChanged = lastChangedAt + TimeSpan.FromHours(1);
        return sinceOpened > sinceChanged ? sinceOpened : sinceChanged;
    }

    public OutboundReport Prepare(BuiltReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Report.BatchedReason is not null && report.Files.Count != 1)
        {
            throw new ArgumentException($"A batched report carries exactly one file; this one has {report.Files.Count}.", nameof(report));
        }

        var payload = CyberTiplineXml.ToText(CyberTiplineXml.Report(report.Report));
        Check(payload, "the report");
        var files = report.Files.Select(file =>
        {
            var details = CyberTiplineXml.ToText(CyberTiplineXml.FileDetails(file.Details));
            Check(details, $"the details of '{file.Evidence.FileName}'");
            return new OutboundFile(file.Evidence.FileName, file.Evidence.Reference, file.Evidence.Md5, details);
        }).ToList();
        return new OutboundReport(report.CaseId, payload, files);
    }

    public async Task<OpenedReport> OpenAsync(string reportPayload, CancellationToken cancellationToken)
    {
        var call = await Translate(() => _client.SubmitAsync(reportPayload, cancellationToken)).ConfigureAwait(false);
        return new OpenedReport(call.Response.ReportId!.Value.ToString(CultureInfo.InvariantCulture), call.RequestId);
    }

    public async Task<UploadedFile> UploadAsync(string remoteReportId, string fileName, Stream content, CancellationToken cancellationToken)
    {
        var call = await Translate(() => _client.UploadAsync(ReportId(remoteReportId), fileName, content, cancellationToken)).ConfigureAwait(false);
        return new UploadedFile(call.Response.FileId, call.Response.Md5, call.RequestId);
    }

    public async Task<string?> DescribeFileAsync(string remoteReportId, string remoteFileId, string detailsPayload, CancellationToken cancellationToken)
    {
        var document = XDocument.Parse(detailsPayload);
        var root = document.Root!;
        root.Element("reportId")!.Value = remoteReportId;
        root.Element("fileId")!.Value = remoteFileId;
        var call = await Translate(() => _client.SendFileInfoAsync(CyberTiplineXml.ToText(document), cancellationToken)).ConfigureAwait(false);
        return call.RequestId;
    }

    public async Task<FinishedReport> FinishAsync(string remoteReportId, CancellationToken cancellationToken)
    {
        var call = await Translate(() => _client.FinishAsync(ReportId(remoteReportId), cancellationToken)).ConfigureAwait(false);
        return new FinishedReport(NcmecResponseXml.Write(call.Response), call.Response.FileIds, call.RequestId);
    }

    public async Task<string?> RetractAsync(string remoteReportId, CancellationToken cancellationToken)
    {
        var call = await Translate(() => _client.RetractAsync(ReportId(remoteReportId), cancellationToken)).ConfigureAwait(false);
        return call.RequestId;
    }

    private void Check(string xml, string what)
    {
        var problems = _schema.Validate(xml);
        if (problems.Count > 0)
        {
            throw new InvalidDataException($"NCMEC's schema rejects {what}: {string.Join("; ", problems)}");
        }
    }

    private static long ReportId(string remoteReportId) => long.Parse(remoteReportId, NumberStyles.Integer, CultureInfo.InvariantCulture);

    private static async Task<T> Translate<T>(Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (NcmecException exception)
        {
            throw new DestinationException(Classify(exception), exception.Message, exception.RequestId, exception.ResponseCode, exception);
        }
    }

    private static DestinationFailure Classify(NcmecException exception) => exception.Failure switch
    {
        NcmecFailure.Unreachable or NcmecFailure.Malformed => DestinationFailure.OutcomeUnknown,
        NcmecFailure.HashMismatch => DestinationFailure.Corrupted,
        _ => exception.ResponseCode switch
        {
            5001 => DestinationFailure.ReportGone,
            5101 => DestinationFailure.AlreadyRetracted,
            5102 => DestinationFailure.AlreadyFinished,
            // The file NCMEC should hold is not there: start over rather than finish without it.
            5002 => DestinationFailure.Corrupted,
            // Server-side failures and credential or permission problems change nothing: retry once they are fixed.
            1000 or 1100 or 1110 or 1111 or 1300 or 2000 or 3000 or 3100 or 3300 => DestinationFailure.Transient,
            _ => DestinationFailure.Rejected,
        },
    };
}
