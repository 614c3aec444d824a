namespace Bulwark.Detection.Text.Normalisation;

/// <summary>A range of UTF-16 code units in a string: <see cref="Start"/> and <see cref="Length"/>.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>One past the last code unit.</summary>
    public int End => Start + Length;

    /// <summary>Whether the two ranges share at least one code unit.</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;
}
