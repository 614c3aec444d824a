namespace Bulwark.Casework.Queues;

/// <summary>Where items of one category go: a queue, a priority (0 most urgent) and the time a decision is due within.</summary>
public sealed record QueueRoute(string Queue, int Priority, TimeSpan Sla);
