namespace Bulwark.Detection.Evaluation;

/// <summary>One line of a labelled text dataset.</summary>
/// <param name="Line">The 1-based line number in the dataset file.</param>
/// <param name="Text">The text to screen.</param>
/// <param name="Violating">The label: true for violating, false for benign.</param>
/// <param name="Category">For violating lines the expected policy category, for benign ones the kind of hard negative; null when not given.</param>
/// <param name="Language">The ISO 639-1 code of the text's language, if given.</param>
public sealed record LabelledText(int Line, string Text, bool Violating, string? Category, string? Language);
