namespace Bulwark.Detection.Screening;

/// <summary>
/// The judge's last ruling on one text that is screened again as it grows (a streamed answer), so that the judge is
/// asked again only when the question changed: which categories are uncertain, and the first-pass evidence for them
/// (rule ids and spans). The spans of a prefix stay put as text is added after it, so unchanged evidence is the same
/// question, and a second call would cost a model round trip for the answer already given. A ruling that failed is
/// not kept: the next screen asks again. One instance per growing text; not thread-safe.
/// </summary>
public sealed class JudgeRulings
{
    internal string? Question { get; private set; }

    internal IReadOnlyList<Finding>? Findings { get; private set; }

    /// <summary>How many screens asked the judge.</summary>
    public int Asked { get; private set; }

    /// <summary>How many screens reused the last ruling instead.</summary>
    public int Reused { get; private set; }

    internal bool TryReuse(string question, out IReadOnlyList<Finding> findings)
    {
        if (Findings is not null && string.Equals(question, Question, StringComparison.Ordinal))
        {
            Reused++;
            findings = Findings;
            return true;
        }

        findings = [];
        return false;
    }

    internal void Asking() => Asked++;

    internal void Keep(string question, IReadOnlyList<Finding>? findings)
    {
        Question = findings is null ? null : question;
        Findings = findings;
    }
}
