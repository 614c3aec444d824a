namespace Bulwark.Detection.Policy;

/// <summary>What a category does on one surface when its score reaches each band; below the review band the action is always allow.</summary>
/// <param name="Block">Action for the block band.</param>
/// <param name="Review">Action for the review band.</param>
public sealed record SurfaceActions(PolicyAction Block, PolicyAction Review)
{
    /// <summary>The action for <paramref name="band"/>.</summary>
    public PolicyAction For(ScoreBand band) => band switch
    {
        ScoreBand.Block => Block,
        ScoreBand.Review => Review,
        _ => PolicyAction.Allow,
    };
}
