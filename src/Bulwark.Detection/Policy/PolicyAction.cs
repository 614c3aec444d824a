namespace Bulwark.Detection.Policy;

/// <summary>
/// What a verdict does, in increasing order of severity: when several categories apply, the most severe action
/// wins. <see cref="Report"/> includes blocking.
/// </summary>
public enum PolicyAction
{
    /// <summary>Let the content through (YAML <c>allow</c>).</summary>
    Allow,

    /// <summary>Let the content through and show help resources; only for informational categories (YAML <c>support</c>).</summary>
    Support,

    /// <summary>Withhold the content until a person has reviewed it (YAML <c>hold_for_review</c>).</summary>
    HoldForReview,

    /// <summary>Refuse the content and show a prevention message (YAML <c>block</c>).</summary>
    Block,

    /// <summary>Block, and open a case for an outbound legal report (YAML <c>report</c>).</summary>
    Report,
}
