namespace Bulwark.Casework.Cases;

/// <summary>How many decisions of one kind were taken on one day (UTC).</summary>
public sealed record DecisionCount(DateOnly Day, ReviewVerdict Verdict, int Count);
