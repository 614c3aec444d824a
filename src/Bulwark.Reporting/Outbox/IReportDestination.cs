using Bulwark.Reporting.Building;

namespace Bulwark.Reporting.Outbox;

/// <summary>
/// A hotline the outbox files reports with (NCMEC's CyberTipline first). The outbox owns order, persistence and
/// recovery; a destination only turns a built report into its own documents and makes single calls, throwing a
/// <see cref="DestinationException"/> that says whether the call took effect.
/// </summary>
public interface IReportDestination
{
    /// <summary>A short stable name stored with every report ("ncmec-production"); one case is filed once per name.</summary>
    string Name { get; }

    /// <summary>When an open, unfinished report is discarded by the hotline.</summary>
    DateTimeOffset ExpiresAt(DateTimeOffset openedAt, DateTimeOffset lastChangedAt);

    /// <summary>The documents to send, checked (e.g. against a schema) before anything is stored or sent.</summary>
    OutboundReport Prepare(BuiltReport report);

    Task<OpenedReport> OpenAsync(string reportPayload, CancellationToken cancellationToken);

    /// <summary>Sends a file; the destination checks the hotline received exactly these bytes.</summary>
    Task<UploadedFile> UploadAsync(string remoteReportId, string fileName, Stream content, CancellationToken cancellationToken);

    /// <summary>Sends a file's details (a no-op for hotlines without them).</summary>
    Task<string?> DescribeFileAsync(string remoteReportId, string remoteFileId, string detailsPayload, CancellationToken cancellationToken);

    Task<FinishedReport> FinishAsync(string remoteReportId, CancellationToken cancellationToken);

    /// <summary>Cancels an unfinished report; returns the call's request id.</summary>
    Task<string?> RetractAsync(string remoteReportId, CancellationToken cancellationToken);
}
