namespace Bulwark.Detection.Policy;

/// <summary>One rung of an enforcement ladder.</summary>
/// <param name="Kind">What the rung does.</param>
/// <param name="Duration">How long a suspension lasts; null for every other kind.</param>
public sealed record EnforcementStep(EnforcementStepKind Kind, TimeSpan? Duration);
