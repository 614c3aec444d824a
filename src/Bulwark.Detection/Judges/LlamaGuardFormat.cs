using System.Text;
using System.Text.RegularExpressions;

namespace Bulwark.Detection.Judges;

/// <summary>
/// Llama Guard 3's prompt and answer, as documented in Meta's model card ("Llama Guard 3", llama.com, model cards and
/// prompt formats): a task line, the S1–S14 categories between <c>&lt;BEGIN UNSAFE CONTENT CATEGORIES&gt;</c> tags,
/// the conversation as <c>User:</c> and <c>Agent:</c> turns, and the assessment instruction. The special tokens
/// (<c>&lt;|begin_of_text|&gt;</c> and the headers) are left to the server's chat template.
/// </summary>
internal static partial class LlamaGuardFormat
{
    /// <summary>Llama Guard 3's hazard taxonomy (MLCommons), in order.</summary>
    private static readonly string[] Categories =
    [
        "S1: Violent Crimes.",
        "S2: Non-Violent Crimes.",
        "S3: Sex-Related Crimes.",
        "S4: Child Sexual Exploitation.",
        "S5: Defamation.",
        "S6: Specialized Advice.",
        "S7: Privacy.",
        "S8: Intellectual Property.",
        "S9: Indiscriminate Weapons.",
        "S10: Hate.",
        "S11: Suicide & Self-Harm.",
        "S12: Sexual Content.",
        "S13: Elections.",
        "S14: Code Interpreter Abuse.",
    ];

    /// <summary>The prompt asking whether the user message <paramref name="text"/> is safe.</summary>
    public static string Prompt(string text)
    {
        var prompt = new StringBuilder(text.Length + 1024)
            .Append("Task: Check if there is unsafe content in 'User' messages in conversations according our safety policy with the below categories.\n\n")
            .Append("<BEGIN UNSAFE CONTENT CATEGORIES>\n");
        foreach (var category in Categories)
        {
            prompt.Append(category).Append('\n');
        }

        return prompt
            .Append("<END UNSAFE CONTENT CATEGORIES>\n\n")
            .Append("<BEGIN CONVERSATION>\n\n")
            .Append("User: ").Append(DefuseMarkers(text)).Append("\n\n")
            .Append("<END CONVERSATION>\n\n")
            .Append("Provide your safety assessment for ONLY THE LAST User message in the above conversation:\n")
            .Append(" - First line must read 'safe' or 'unsafe'.\n")
            .Append(" - If unsafe, a second line must include a comma-separated list of violated categories.")
            .ToString();
    }

    /// <summary>
    /// The text with the template's section markers (<c>&lt;BEGIN …&gt;</c>, <c>&lt;END …&gt;</c>) turned into
    /// square brackets, so a message cannot close the conversation early and append instructions of its own. Nothing
    /// else is changed: the model judges the words as written.
    /// </summary>
    internal static string DefuseMarkers(string text) => SectionMarker().Replace(text, "[$1]");

    /// <summary>
    /// Parses <c>safe</c>, or <c>unsafe</c> and a line of comma-separated codes. Anything else (extra lines, an
    /// unknown first word, <c>unsafe</c> without codes, a malformed code) is rejected: a judge whose answer cannot
    /// be read has not judged.
    /// </summary>
    /// <exception cref="JudgeUnavailableException">The answer is not in Llama Guard's format.</exception>
    public static JudgeAnswer Parse(string? answer, string category)
    {
        var lines = NonEmptyLines(answer);
        if (lines.Count == 0)
        {
            throw Malformed("the answer is empty");
        }

        var first = lines[0];
        if (first == "safe" && lines.Count == 1)
        {
            return new JudgeAnswer(false, "judge.llama_guard.safe", first);
        }

        if (first != "unsafe" || lines.Count != 2)
        {
            throw Malformed($"expected 'safe', or 'unsafe' and one line of categories, got {lines.Count} line(s), the first {Describe(first)}");
        }

        var codes = lines[1].Split(',', StringSplitOptions.TrimEntries);
        if (codes.Any(code => !CategoryCode().IsMatch(code)))
        {
            throw Malformed($"the categories line ({Describe(lines[1])}) is not a comma-separated list of codes such as S4");
        }

        var violates = codes.Contains(category, StringComparer.Ordinal);
        return new JudgeAnswer(violates, violates ? $"judge.llama_guard.{category}" : "judge.llama_guard.other", first) { Categories = codes };
    }

    internal static List<string> NonEmptyLines(string? answer) =>
        (answer ?? string.Empty).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();

    /// <summary>
    /// A line of an unreadable answer, described by its shape only: a model may echo the judged text, and error
    /// messages end up in verdicts and logs.
    /// </summary>
    internal static string Describe(string line) => $"{line.Length} characters";

    private static JudgeUnavailableException Malformed(string why) =>
        new(JudgeFailureKind.MalformedAnswer, $"The Llama Guard answer is malformed: {why}.");

    [GeneratedRegex("<((?:BEGIN|END) [A-Z ]+)>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SectionMarker();

    [GeneratedRegex("^S[0-9]{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex CategoryCode();
}
