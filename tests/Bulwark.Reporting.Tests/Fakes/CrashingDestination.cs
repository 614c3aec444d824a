using Bulwark.Reporting.Building;
using Bulwark.Reporting.Outbox;

namespace Bulwark.Reporting.Tests.Fakes;

/// <summary>
/// Wraps a destination and makes the process "die" (throws <see cref="SimulatedCrash"/>, which the outbox does not
/// catch) just before or just after the n-th call that changes a report, or fails one call transiently.
/// </summary>
internal sealed class CrashingDestination(IReportDestination inner) : IReportDestination
{
    private int _calls;

    public int? CrashAtCall { get; init; }

    public bool CrashAfterCall { get; init; }

    /// <summary>The n-th call (0-based) fails as "refused for now" instead of going through.</summary>
    public int? TransientAtCall { get; init; }

    public string Name => inner.Name;

    public DateTimeOffset ExpiresAt(DateTimeOffset openedAt, DateTimeOffset lastChangedAt) => inner.ExpiresAt(openedAt, lastChangedAt);

    public OutboundReport Prepare(BuiltReport report) => inner.Prepare(report);

    public Task<OpenedReport> OpenAsync(string reportPayload, CancellationToken cancellationToken) =>
        Call(() => inner.OpenAsync(reportPayload, cancellationToken));

    public Task<UploadedFile> UploadAsync(string remoteReportId, string fileName, Stream content, CancellationToken cancellationToken) =>
        Call(() => inner.UploadAsync(remoteReportId, fileName, content, cancellationToken));

    public Task<string?> DescribeFileAsync(string remoteReportId, string remoteFileId, string detailsPayload, CancellationToken cancellationToken) =>
        Call(() => inner.DescribeFileAsync(remoteReportId, remoteFileId, detailsPayload, cancellationToken));

    public Task<FinishedReport> FinishAsync(string remoteReportId, CancellationToken cancellationToken) =>
        Call(() => inner.FinishAsync(remoteReportId, cancellationToken));

    public Task<string?> RetractAsync(string remoteReportId, CancellationToken cancellationToken) =>
        Call(() => inner.RetractAsync(remoteReportId, cancellationToken));

    private async Task<T> Call<T>(Func<Task<T>> call)
    {
        var index = _calls++;
        if (index == TransientAtCall)
        {
            throw new DestinationException(DestinationFailure.Transient, "simulated: hotline busy", null, 1000);
        }

        if (index == CrashAtCall && !CrashAfterCall)
        {
            throw new SimulatedCrash($"crash before call {index}");
        }

        var result = await call();
        if (index == CrashAtCall && CrashAfterCall)
        {
            throw new SimulatedCrash($"crash after call {index}");
        }

        return result;
    }
}
