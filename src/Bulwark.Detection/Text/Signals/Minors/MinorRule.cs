using System.Collections.Frozen;

namespace Bulwark.Detection.Text.Signals.Minors;

/// <summary>A <see cref="MinorRuleSpec"/> with its words normalised to the folded view, ready to match tokens.</summary>
internal sealed class MinorRule
{
    public MinorRule(MinorRuleSpec spec, RuleStep[] steps, Func<string?, FrozenSet<string>?> words)
    {
        Spec = spec;
        Steps = steps;
        PrevVeto = words(spec.PrevVeto);
        NextVeto = words(spec.NextVeto);
        PrevStrong = words(spec.PrevStrong);
        PrevWeak = words(spec.PrevWeak);
        PrevRequired = words(spec.PrevRequired);
        HasSlot = Array.Exists(steps, step => step.Kind is StepKind.Cardinal or StepKind.Ordinal);
    }

    public MinorRuleSpec Spec { get; }

    public RuleStep[] Steps { get; }

    public bool HasSlot { get; }

    public FrozenSet<string>? PrevVeto { get; }

    public FrozenSet<string>? NextVeto { get; }

    public FrozenSet<string>? PrevStrong { get; }

    public FrozenSet<string>? PrevWeak { get; }

    public FrozenSet<string>? PrevRequired { get; }
}
