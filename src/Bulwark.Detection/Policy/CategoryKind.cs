namespace Bulwark.Detection.Policy;

/// <summary>Whether a category is a violation or context that informs other decisions.</summary>
public enum CategoryKind
{
    /// <summary>A policy violation: may block, hold or report (YAML <c>violation</c>).</summary>
    Violation,

    /// <summary>Context such as "a minor is mentioned" or "someone is asking for help": may only allow or offer support (YAML <c>informational</c>).</summary>
    Informational,
}
