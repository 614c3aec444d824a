using Bulwark.Detection.Text.Normalisation;

namespace Bulwark.Detection.Text.Classification;

/// <summary>One finding of one text signal, in the common shape the scorer combines: family, kind, confidence, span and rule.</summary>
internal readonly record struct Cue(SignalFamily Family, int Kind, double Confidence, TextSpan Span, string RuleId)
{
    public bool Is(SignalFamily family, int kind) => Family == family && Kind == kind;
}
