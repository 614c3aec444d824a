namespace Bulwark.Detection.Policy;

/// <summary>One category of a <see cref="ScreeningPolicy"/>: its thresholds, its action on each surface, and what happens when a detector covering it fails.</summary>
public sealed class PolicyCategory
{
    internal PolicyCategory(
        string id,
        CategoryKind kind,
        string description,
        CategoryThresholds thresholds,
        IReadOnlyDictionary<Surface, SurfaceActions> actions,
        bool failOpen,
        PolicyAction onFailure,
        string? messageSet,
        string? ladder,
        bool immediateBan)
    {
        Id = id;
        Kind = kind;
        Description = description;
        Thresholds = thresholds;
        Actions = actions;
        FailOpen = failOpen;
        OnFailure = onFailure;
        MessageSet = messageSet;
        Ladder = ladder;
        ImmediateBan = immediateBan;
    }

    /// <summary>The category's id, e.g. <c>grooming</c> (see <see cref="CategoryIds"/>).</summary>
    public string Id { get; }

    /// <summary>Violation or informational.</summary>
    public CategoryKind Kind { get; }

    /// <summary>A one-line description for reviewers and documentation.</summary>
    public string Description { get; }

    /// <summary>The block and review thresholds and the optional uncertain band.</summary>
    public CategoryThresholds Thresholds { get; }

    /// <summary>The actions on every surface (the loader guarantees all five are present).</summary>
    public IReadOnlyDictionary<Surface, SurfaceActions> Actions { get; }

    /// <summary>
    /// When true, a detector failure for this category lets content through and is only recorded in the verdict.
    /// When false (the default), a failure yields <see cref="OnFailure"/>.
    /// </summary>
    public bool FailOpen { get; }

    /// <summary>The action taken when a detector covering this category throws or times out and <see cref="FailOpen"/> is false: hold for review or block.</summary>
    public PolicyAction OnFailure { get; }

    /// <summary>The id of the message set shown when this category blocks or offers support; null for none.</summary>
    public string? MessageSet { get; }

    /// <summary>The id of the enforcement ladder a confirmed violation climbs; null for none.</summary>
    public string? Ladder { get; }

    /// <summary>Whether a confirmed violation skips the ladder and bans at once (from <c>enforcement.immediate_ban</c>).</summary>
    public bool ImmediateBan { get; }

    /// <summary>The action for <paramref name="score"/> on <paramref name="surface"/>.</summary>
    public PolicyAction ActionFor(Surface surface, double score) => Actions[surface].For(Thresholds.Band(score));

    /// <summary>Whether <paramref name="score"/> lies in the band where an LLM judge, if configured, should be asked.</summary>
    public bool IsUncertain(double score) => Thresholds.Uncertain is { } band && band.Contains(score);

    /// <summary>The id.</summary>
    public override string ToString() => Id;
}
