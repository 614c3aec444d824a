namespace Bulwark.Detection.Judges;

/// <summary>
/// gpt-oss-safeguard's policy-in-prompt format, as in the gpt-oss-safeguard user guide (OpenAI and ROOST, OpenAI
/// cookbook): the policy is the system message, the content to classify the user message, and the answer ends with
/// the label the policy's output section asks for. Servers that split the harmony reasoning channel off return only
/// the label; others may put reasoning first, so the label is read from the last line.
/// </summary>
internal static class SafeguardFormat
{
    /// <summary>
    /// Reads the label on the last non-empty line. Rejected as malformed: no answer, a last line that is not exactly
    /// one of the labels, or another line that is exactly the opposite label (the model changed its mind, or was
    /// led to by the content).
    /// </summary>
    /// <exception cref="JudgeUnavailableException">The answer holds no unambiguous label.</exception>
    public static JudgeAnswer Parse(string? answer, SafeguardLabels labels)
    {
        var lines = LlamaGuardFormat.NonEmptyLines(answer);
        if (lines.Count == 0)
        {
            throw Malformed("the answer is empty");
        }

        var last = lines[^1];
        bool violates;
        if (string.Equals(last, labels.Violating, StringComparison.OrdinalIgnoreCase))
        {
            violates = true;
        }
        else if (string.Equals(last, labels.Safe, StringComparison.OrdinalIgnoreCase))
        {
            violates = false;
        }
        else
        {
            throw Malformed($"the last line ({LlamaGuardFormat.Describe(last)}) is neither '{labels.Violating}' nor '{labels.Safe}'");
        }

        var opposite = violates ? labels.Safe : labels.Violating;
        if (lines.Take(lines.Count - 1).Any(line => string.Equals(line, opposite, StringComparison.OrdinalIgnoreCase)))
        {
            throw Malformed($"it gives both '{labels.Violating}' and '{labels.Safe}'");
        }

        var label = violates ? labels.Violating : labels.Safe;
        return new JudgeAnswer(violates, $"judge.safeguard.{label}", last);
    }

    private static JudgeUnavailableException Malformed(string why) =>
        new(JudgeFailureKind.MalformedAnswer, $"The gpt-oss-safeguard answer is malformed: {why}.");
}
