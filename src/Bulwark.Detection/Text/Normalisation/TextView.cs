namespace Bulwark.Detection.Text.Normalisation;

/// <summary>One of the strings a <see cref="NormalisedText"/> exposes; offsets are always relative to the view named.</summary>
public enum TextView
{
    /// <summary>The input as given (after truncation to <see cref="TextNormaliserOptions.MaxInputChars"/>).</summary>
    Original,

    /// <summary>NFKC, invisible characters removed, unusual spaces made ' ', confusables folded, lowercase.</summary>
    Canonical,

    /// <summary>The canonical view with leetspeak folded, spaced-out letters joined and long letter runs collapsed.</summary>
    Folded,
}
