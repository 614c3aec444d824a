namespace Bulwark.Detection.Text.Signals.Phrases;

/// <summary>A phrase of <paramref name="Rule"/> matched from token <paramref name="First"/> to token <paramref name="Last"/> of a <see cref="PhraseScan{TSpec}"/>.</summary>
internal readonly record struct PhraseHit<TSpec>(PhraseRule<TSpec> Rule, int First, int Last)
    where TSpec : class, IPhraseSpec
{
    public TSpec Spec => Rule.Spec;
}
