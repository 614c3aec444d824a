using System.Runtime.InteropServices;

namespace Bulwark.Scanning.Records;

/// <summary>
/// A text field of a record (its URL, its caption), or the field's absence, kept as the reader decoded it: a string
/// from JSON, or the characters Parquet.Net decoded for the column, which need no string of their own. The checks
/// read the characters; a string is made (<see cref="ToString"/>) only where one is needed, so a million captions
/// that are read once and pass do not become a million strings that live as long as their row group.
/// </summary>
internal readonly struct RecordText
{
    private readonly ReadOnlyMemory<char> _chars;

    public RecordText(ReadOnlyMemory<char> chars)
    {
        _chars = chars;
        HasValue = true;
    }

    /// <summary>False when the record has no such field (or it is null).</summary>
    public bool HasValue { get; }

    public int Length => _chars.Length;

    public ReadOnlySpan<char> Span => _chars.Span;

    /// <summary>The characters (empty when absent), for writers that take them as they are.</summary>
    public ReadOnlyMemory<char> Memory => _chars;

    /// <summary>True when the field is absent, empty or only white space.</summary>
    public bool IsNullOrWhiteSpace => !HasValue || _chars.Span.IsWhiteSpace();

    public static implicit operator RecordText(string? text) => FromString(text);

    public static RecordText FromString(string? text) => text is null ? default : new RecordText(text.AsMemory());

    /// <summary>The text as a string (the original string when it was one), or null when the field is absent.</summary>
    public override string? ToString()
    {
        if (!HasValue)
        {
            return null;
        }

        return MemoryMarshal.TryGetString(_chars, out var text, out var start, out var length) && start == 0 && length == text.Length
            ? text
            : _chars.Span.ToString();
    }
}
