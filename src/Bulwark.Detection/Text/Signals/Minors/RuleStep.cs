namespace Bulwark.Detection.Text.Signals.Minors;

/// <summary>One step of a compiled <see cref="MinorRule"/>: a kind and, for words and stems, the normalised forms.</summary>
internal sealed class RuleStep(StepKind kind, string[] forms)
{
    public StepKind Kind { get; } = kind;

    /// <summary>Folded-view forms of the words or stems; empty for number slots.</summary>
    public string[] Forms { get; } = forms;

    public bool MatchesWord(ReadOnlySpan<char> token)
    {
        foreach (var form in Forms)
        {
            if (Kind == StepKind.Literal ? token.SequenceEqual(form) : token.StartsWith(form, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
