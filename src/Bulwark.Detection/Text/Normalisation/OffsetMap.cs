namespace Bulwark.Detection.Text.Normalisation;

/// <summary>
/// For each code unit of a derived view, the range of original code units it came from. Two arrays rather than one
/// so that removed invisible characters between two output characters belong to neither of them.
/// </summary>
internal sealed class OffsetMap
{
    private readonly int[]? _starts;
    private readonly int[]? _ends;
    private readonly int _originalLength;

    public OffsetMap(int[] starts, int[] ends, int originalLength)
    {
        _starts = starts;
        _ends = ends;
        _originalLength = originalLength;
    }

    private OffsetMap(int length) => _originalLength = length;

    /// <summary>The map of a view that equals its source code unit for code unit, which is common and costs nothing.</summary>
    public static OffsetMap Identity(int length) => new(length);

    public int StartOf(int index) => _starts is null ? index : _starts[index];

    public int EndOf(int index) => _ends is null ? index + 1 : _ends[index];

    public TextSpan Map(int start, int length)
    {
        if (_starts is null || _ends is null)
        {
            return new TextSpan(start, length);
        }

        if (length == 0)
        {
            // An empty span sits before the character at start, or at the end of the original.
            var at = start < _starts.Length ? _starts[start] : _originalLength;
            return new TextSpan(at, 0);
        }

        var first = _starts[start];
        var last = _ends[start + length - 1];

        // Composition and cluster mapping can give two output characters the same source range, never a reversed one.
        return new TextSpan(first, Math.Max(last, first) - first);
    }
}
