namespace Bulwark.Detection.Judges;

/// <summary>The prompt and answer format a judge model was trained on.</summary>
public enum JudgeFormat
{
    /// <summary>
    /// Meta's Llama Guard 3: a fixed taxonomy S1–S14 (S4 = Child Sexual Exploitation) in the prompt; the answer is
    /// <c>safe</c>, or <c>unsafe</c> and a line of category codes.
    /// </summary>
    LlamaGuard3,

    /// <summary>
    /// OpenAI's gpt-oss-safeguard: the policy is the system message, the content the user message, and the answer is
    /// a label from the policy's output section (by default <c>1</c> violates, <c>0</c> does not).
    /// </summary>
    GptOssSafeguard,
}
