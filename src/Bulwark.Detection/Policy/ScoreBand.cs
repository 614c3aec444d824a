namespace Bulwark.Detection.Policy;

/// <summary>Which of a category's threshold bands a score falls in.</summary>
public enum ScoreBand
{
    /// <summary>Below the review threshold.</summary>
    None,

    /// <summary>At or above the review threshold and below the block threshold.</summary>
    Review,

    /// <summary>At or above the block threshold.</summary>
    Block,
}
