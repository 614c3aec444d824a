namespace Bulwark.Server.Gateway;

/// <summary>
/// Whether the gateway should be sent traffic: not until the screener has been warmed (<see cref="ScreenerWarmUp"/>),
/// and not once the host has begun to stop, so that a load balancer drains it while in-flight requests finish.
/// Thread-safe.
/// </summary>
internal sealed class GatewayReadiness
{
    private const string WarmingUp = "warming up";

    private volatile string? _notReadyReason = WarmingUp;

    /// <summary>Whether the gateway is ready.</summary>
    public bool IsReady => _notReadyReason is null;

    /// <summary>Why the gateway is not ready (e.g. <c>warming up</c>), or null when it is.</summary>
    public string? NotReadyReason => _notReadyReason;

    /// <summary>Marks the screener warm, unless the host is already stopping.</summary>
    public void Warmed() => Interlocked.CompareExchange(ref _notReadyReason, null, WarmingUp);

    /// <summary>Marks the gateway as draining: it stays not ready until the process ends.</summary>
    public void Stopping() => _notReadyReason = "shutting down";
}
