namespace Bulwark.Reporting.Cases;

/// <summary>An IP address the subject used, when, and at which event (login, upload …; null for unknown).</summary>
public sealed record SubjectIpAddress(string Address, DateTimeOffset SeenAt, string? Event = null, int? Port = null);
