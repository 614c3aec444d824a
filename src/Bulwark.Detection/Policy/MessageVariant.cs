namespace Bulwark.Detection.Policy;

/// <summary>One wording of a prevention message in one locale; the themes of a locale are rotated so repeated refusals do not read as boilerplate.</summary>
/// <param name="Theme">The theme's id, e.g. <c>refusal</c>, <c>harm</c>, <c>help</c>.</param>
/// <param name="Text">The message text.</param>
public sealed record MessageVariant(string Theme, string Text);
