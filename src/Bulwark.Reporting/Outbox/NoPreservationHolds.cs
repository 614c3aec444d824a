namespace Bulwark.Reporting.Outbox;

/// <summary>The default sink: places no hold. Use it only where the evidence store already keeps evidence a year or more.</summary>
public sealed class NoPreservationHolds : IPreservationHoldSink
{
    public static NoPreservationHolds Instance { get; } = new();

    public Task PlaceHoldAsync(PreservationHoldRequest request, CancellationToken cancellationToken) => Task.CompletedTask;
}
