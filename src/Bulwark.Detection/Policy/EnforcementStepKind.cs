namespace Bulwark.Detection.Policy;

/// <summary>What one rung of an enforcement ladder does to an account.</summary>
public enum EnforcementStepKind
{
    /// <summary>A recorded warning (YAML <c>warning</c>).</summary>
    Warning,

    /// <summary>A strike on the account's record (YAML <c>strike</c>).</summary>
    Strike,

    /// <summary>A temporary suspension for the step's duration (YAML <c>suspension</c>).</summary>
    Suspension,

    /// <summary>A permanent ban; always the last rung (YAML <c>ban</c>).</summary>
    Ban,
}
