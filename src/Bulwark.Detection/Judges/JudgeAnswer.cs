namespace Bulwark.Detection.Judges;

/// <summary>A judge model's parsed answer.</summary>
/// <param name="Violates">Whether the model found the content violates the child-safety category.</param>
/// <param name="RuleId">
/// What decided, for evidence: <c>judge.llama_guard.S4</c> (or <c>judge.llama_guard.safe</c>,
/// <c>judge.llama_guard.other</c>) and <c>judge.safeguard.&lt;label&gt;</c>.
/// </param>
/// <param name="RawAnswer">The decisive line of the model's answer, trimmed (e.g. <c>unsafe</c>, <c>1</c>); never the judged text.</param>
public sealed record JudgeAnswer(bool Violates, string RuleId, string RawAnswer)
{
    /// <summary>For Llama Guard, the category codes the model listed (e.g. <c>S4</c>, <c>S10</c>); empty otherwise.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];
}
