using Bulwark.Reporting.Outbox;

namespace Bulwark.Reporting.Tests.Fakes;

internal sealed class RecordingHolds : IPreservationHoldSink
{
    public List<PreservationHoldRequest> Requests { get; } = [];

    public Task PlaceHoldAsync(PreservationHoldRequest request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        return Task.CompletedTask;
    }
}
