using Bulwark.Detection.Text.Signals.Phrases;

namespace Bulwark.Detection.Text.Classification;

/// <summary>A rule of <see cref="ClassifierWords"/>: words of one language that become cues of one family and kind at one confidence.</summary>
internal sealed record WordSpec(string Id, string Language, SignalFamily Family, int Kind, double Confidence, string Pattern) : IPhraseSpec
{
    public string? PrevVeto { get; init; }

    public string? NextVeto { get; init; }
}
