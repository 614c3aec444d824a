namespace Bulwark.Detection.Policy;

/// <summary>The escalating consequences of repeated confirmed violations: the n-th confirmed violation takes rung n (the last rung repeats).</summary>
/// <param name="Id">The ladder's id, referenced from categories.</param>
/// <param name="Steps">The rungs, mildest first.</param>
public sealed record EnforcementLadder(string Id, IReadOnlyList<EnforcementStep> Steps)
{
    /// <summary>The rung for an account's <paramref name="confirmedViolations"/>-th confirmed violation (1-based).</summary>
    public EnforcementStep StepFor(int confirmedViolations)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(confirmedViolations, 1);
        return Steps[Math.Min(confirmedViolations, Steps.Count) - 1];
    }
}
