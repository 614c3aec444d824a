namespace Bulwark.Server.Tests.Support;

/// <summary>
/// Tests that count exact metric values run alone: every gateway in the test process publishes on the same meter name,
/// and OpenTelemetry's exporter in one gateway also sees the instruments of gateways other tests run at the same time.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MetricsCountedAlone
{
    public const string Name = "metrics counted exactly";
}
