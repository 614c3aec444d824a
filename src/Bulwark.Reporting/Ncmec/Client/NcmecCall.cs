namespace Bulwark.Reporting.Ncmec.Client;

/// <summary>A successful CyberTipline answer and the <c>Request-ID</c> NCMEC gave the call.</summary>
public sealed record NcmecCall<T>(T Response, string? RequestId);
