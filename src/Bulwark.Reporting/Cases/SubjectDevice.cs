namespace Bulwark.Reporting.Cases;

/// <summary>A device identifier seen on the subject's account (e.g. type "client-fingerprint").</summary>
public sealed record SubjectDevice(string Type, string Value, DateTimeOffset? SeenAt = null);
