namespace Bulwark.Casework.Queues;

/// <summary>A queue at a glance: open cases, how many are claimed and overdue, and the oldest's age.</summary>
public sealed record QueueSummary(string Queue, int Open, int Claimed, int Overdue, TimeSpan? OldestAge, DateTimeOffset? NextDue);
