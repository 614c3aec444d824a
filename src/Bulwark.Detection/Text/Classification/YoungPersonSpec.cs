using Bulwark.Detection.Text.Signals.Phrases;

namespace Bulwark.Detection.Text.Classification;

/// <summary>A rule of <see cref="YoungPersonWords"/>: kin or school words of one language.</summary>
internal sealed record YoungPersonSpec(string Id, string Language, string Pattern) : IPhraseSpec
{
    public string? PrevVeto { get; init; }

    public string? NextVeto { get; init; }
}
