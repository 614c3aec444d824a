namespace Bulwark.Detection.Text.Classification;

/// <summary>How strongly a text falls in one policy category, the combination rule that decided it, and the signals behind it.</summary>
/// <param name="Category">A policy category id (<see cref="Policy.CategoryIds"/>).</param>
/// <param name="Score">From 0 to 1; the policy's thresholds turn it into an action.</param>
/// <param name="RuleId">
/// The combination that produced the score, e.g. <c>csam_solicitation.request</c> (a request to generate, a sexual
/// word and a minor near each other), with <c>.protective</c> or <c>.health</c> appended when a protective context
/// or a sexual-health frame lowered it.
/// </param>
/// <param name="Evidence">The signal findings combined, in order of position.</param>
public sealed record CategoryScore(string Category, double Score, string RuleId, IReadOnlyList<SignalEvidence> Evidence);
