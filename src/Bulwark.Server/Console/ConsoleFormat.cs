using System.Globalization;

namespace Bulwark.Server.Console;

/// <summary>How the console writes ages and due times: short, in UTC.</summary>
internal static class ConsoleFormat
{
    public static string Age(TimeSpan? age) => age is { } value ? Span(value) : "–";

    public static string Due(DateTimeOffset? due, DateTimeOffset now) =>
        due is not { } value ? "–" : value <= now ? $"overdue by {Span(now - value)}" : $"in {Span(value - now)}";

    public static string Time(DateTimeOffset? time) => time?.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "–";

    private static string Span(TimeSpan span) =>
        span.TotalDays >= 1 ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalDays} d {span.Hours} h")
        : span.TotalHours >= 1 ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours} h {span.Minutes} min")
        : string.Create(CultureInfo.InvariantCulture, $"{Math.Max(0, (int)span.TotalMinutes)} min");
}
