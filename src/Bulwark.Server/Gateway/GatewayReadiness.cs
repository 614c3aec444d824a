namespace Bulwark.Server.Gateway;

/// <summary>
/// Whether the gateway should be sent traffic: not until the screener has been warmed (<see cref="ScreenerWarmUp"/>),
/// and not once the host has begun to stop, so that a load balancer drains it while in-flight requests finish.
/// Thread-safe.
/// </summary>
internal sealed class GatewayReadiness
{
    private readonly Lock _lock = new();
    private string? _notReadyReason = "warming up";
    private bool _stopping;

    /// <summary>Whether the gateway is ready.</summary>
    public bool IsReady => NotReadyReason is null;

    /// <summary>Why the gateway is not ready (e.g. <c>warming up</c>, <c>shutting down</c>), or null when it is.</summary>
    public string? NotReadyReason
    {
        get
        {
            lock (_lock)
            {
                return _notReadyReason;
            }
        }
    }

    /// <summary>Marks the screener warm, unless the host is already stopping.</summary>
    public void Warmed() => Set(null);

    /// <summary>Notes that warm-up screening failed in <paramref name="detectors"/> and will be tried again.</summary>
    public void WarmUpFailed(string detectors) => Set($"warm-up failed in detectors {detectors}; retrying");

    /// <summary>Marks the gateway as draining: it stays not ready until the process ends.</summary>
    public void Stopping()
    {
        lock (_lock)
        {
            _stopping = true;
            _notReadyReason = "shutting down";
        }
    }

    private void Set(string? reason)
    {
        lock (_lock)
        {
            if (!_stopping)
            {
                _notReadyReason = reason;
            }
        }
    }
}
