using Bulwark.Detection.Text.Normalisation;

namespace Bulwark.Detection.Text.Classification;

/// <summary>The categories a text (or a conversation) falls in, highest score first, with evidence pointing at <see cref="Text"/>.</summary>
public sealed class TextClassification
{
    internal TextClassification(string text, IReadOnlyList<CategoryScore> categories, IReadOnlyList<TextSpan> turns)
    {
        Text = text;
        Categories = categories;
        Turns = turns;
    }

    /// <summary>
    /// The text the evidence spans point into: the input itself, or for a conversation its turns joined by a blank
    /// line (see <see cref="Turns"/>).
    /// </summary>
    public string Text { get; }

    /// <summary>Categories with a score above zero, highest first.</summary>
    public IReadOnlyList<CategoryScore> Categories { get; }

    /// <summary>For a conversation, where each turn lies in <see cref="Text"/>; one span covering the text otherwise.</summary>
    public IReadOnlyList<TextSpan> Turns { get; }

    /// <summary>The score of <paramref name="category"/>, 0 when it was not found.</summary>
    public double ScoreOf(string category) =>
        Categories.FirstOrDefault(score => string.Equals(score.Category, category, StringComparison.Ordinal))?.Score ?? 0;
}
