namespace Bulwark.Casework.Cases;

/// <summary>What a reviewer decided about a case.</summary>
public enum ReviewVerdict
{
    /// <summary>The subject violated the policy (a category is required); enforcement follows the policy's ladder.</summary>
    Violating,

    /// <summary>No violation; the case closes without enforcement.</summary>
    NotViolating,

    /// <summary>Needs a lead: the case moves to the escalation queue, unclaimed.</summary>
    Escalate,
}
