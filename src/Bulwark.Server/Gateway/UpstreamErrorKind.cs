namespace Bulwark.Server.Gateway;

/// <summary>Why an upstream exchange failed, as counted by <see cref="GatewayMetrics"/>.</summary>
internal enum UpstreamErrorKind
{
    /// <summary>No connection could be made (refused, DNS, TLS).</summary>
    Unreachable,

    /// <summary>The upstream was silent longer than <see cref="GatewayOptions.UpstreamActivityTimeout"/>.</summary>
    Timeout,

    /// <summary>The upstream answered with a 5xx status.</summary>
    ServerError,

    /// <summary>The exchange broke after it started (the upstream closed the connection mid-answer, bad headers).</summary>
    Broken,
}
