namespace Bulwark.Detection.Text.Normalisation;

/// <summary>
/// For each code unit of a derived view, the range of original code units it came from. Two arrays rather than one
/// so that removed invisible characters between two output characters belong to neither of them.
/// </summary>
internal sealed class OffsetMap
{
    private readonly int[] _starts;
    private readonly int[] _ends;
    private readonly int _originalLength;

    public OffsetMap(int[] starts, int[] ends, int originalLength)
    {
        _starts = starts;
        _ends = ends;
        _originalLength = originalLength;
    }

    public int Length => _starts.Length;

    public int StartOf(int index) => _starts[index];

    public int EndOf(int index) => _ends[index];

    public TextSpan Map(int start, int length)
    {
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
