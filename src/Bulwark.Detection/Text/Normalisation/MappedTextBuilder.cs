using System.Buffers;
using System.Text;

namespace Bulwark.Detection.Text.Normalisation;

/// <summary>
/// Appends characters together with the source range each came from, in pooled arrays, so that building a view costs
/// one string and two exact-size int arrays however the text is rewritten.
/// </summary>
internal sealed class MappedTextBuilder : IDisposable
{
    private char[] _chars;
    private int[] _starts;
    private int[] _ends;

    /// <summary>
    /// Every code unit so far came from the source unit at its own position (ASCII lowercased, leetspeak folded in
    /// place): the map is the identity and needs no arrays. Most text is like this once its capitals are lowered. While
    /// it holds, the range arrays are not written at all; the first append that moves something fills them in.
    /// </summary>
    private bool _sequential = true;

    public MappedTextBuilder(int capacity)
    {
        capacity = Math.Max(capacity, 16);
        _chars = ArrayPool<char>.Shared.Rent(capacity);

        // The range arrays are rented when the first unit moves (see _sequential); most views never need them.
        _starts = [];
        _ends = [];
    }

    public int Length { get; private set; }

    public ReadOnlySpan<char> Chars => _chars.AsSpan(0, Length);

    public void Append(char c, int start, int end)
    {
        if (Length == _chars.Length)
        {
            Grow(Length + 1);
        }

        if (_sequential && (start != Length || end != Length + 1))
        {
            StopBeingSequential();
        }

        _chars[Length] = c;
        if (!_sequential)
        {
            _starts[Length] = start;
            _ends[Length] = end;
        }

        Length++;
    }

    public void Append(ReadOnlySpan<char> text, int start, int end)
    {
        if (Length + text.Length > _chars.Length)
        {
            Grow(Length + text.Length);
        }

        if (_sequential && text.Length > 0 && (text.Length > 1 || start != Length || end != Length + 1))
        {
            StopBeingSequential();
        }

        text.CopyTo(_chars.AsSpan(Length));
        if (!_sequential)
        {
            _starts.AsSpan(Length, text.Length).Fill(start);
            _ends.AsSpan(Length, text.Length).Fill(end);
        }

        Length += text.Length;
    }

    /// <summary>
    /// Appends <paramref name="text"/> whose code unit k came from source unit <paramref name="start"/> + k, lowercasing
    /// ASCII letters when <paramref name="lowerAscii"/> is set (the bulk path for runs of plain text).
    /// </summary>
    public void AppendSequential(ReadOnlySpan<char> text, int start, bool lowerAscii)
    {
        if (Length + text.Length > _chars.Length)
        {
            Grow(Length + text.Length);
        }

        if (_sequential && text.Length > 0 && start != Length)
        {
            StopBeingSequential();
        }

        var destination = _chars.AsSpan(Length, text.Length);
        if (lowerAscii)
        {
            Ascii.ToLower(text, destination, out _);
        }
        else
        {
            text.CopyTo(destination);
        }

        if (!_sequential)
        {
            FillSequential(Length, start, text.Length);
        }

        Length += text.Length;
    }

    public string BuildText() => new(_chars, 0, Length);

    /// <summary>The map back to a source of <paramref name="originalLength"/> code units; the shared identity when nothing moved.</summary>
    public OffsetMap BuildMap(int originalLength)
    {
        if (_sequential && Length == originalLength)
        {
            return OffsetMap.Identity(originalLength);
        }

        if (_sequential)
        {
            StopBeingSequential();
        }

        return new(_starts.AsSpan(0, Length).ToArray(), _ends.AsSpan(0, Length).ToArray(), originalLength);
    }

    /// <summary>
    /// Builds a map whose entries are this builder's ranges looked up in <paramref name="inner"/>, the map of a source of
    /// <paramref name="sourceLength"/> code units; <paramref name="inner"/> itself when this builder moved nothing
    /// (its entries would be inner's, one for one).
    /// </summary>
    public OffsetMap BuildMapThrough(OffsetMap inner, int sourceLength, int originalLength)
    {
        if (_sequential && Length == sourceLength)
        {
            return inner;
        }

        if (_sequential)
        {
            StopBeingSequential();
        }

        var starts = new int[Length];
        var ends = new int[Length];
        for (var i = 0; i < Length; i++)
        {
            starts[i] = inner.StartOf(_starts[i]);
            ends[i] = inner.EndOf(_ends[i] - 1);
        }

        return new OffsetMap(starts, ends, originalLength);
    }

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(_chars);
        if (_starts.Length > 0)
        {
            ArrayPool<int>.Shared.Return(_starts);
            ArrayPool<int>.Shared.Return(_ends);
        }

        _chars = [];
        _starts = [];
        _ends = [];
    }

    /// <summary>Writes the ranges the sequential appends so far skipped (unit k from source unit k) and records ranges from now on.</summary>
    private void StopBeingSequential()
    {
        _starts = ArrayPool<int>.Shared.Rent(_chars.Length);
        _ends = ArrayPool<int>.Shared.Rent(_chars.Length);
        FillSequential(0, 0, Length);
        _sequential = false;
    }

    private void FillSequential(int at, int start, int count)
    {
        var starts = _starts.AsSpan(at, count);
        var ends = _ends.AsSpan(at, count);
        for (var k = 0; k < count; k++)
        {
            starts[k] = start + k;
            ends[k] = start + k + 1;
        }
    }

    private void Grow(int needed)
    {
        var size = Math.Max(needed, _chars.Length * 2);
        _chars = Resize(_chars, size);
        if (!_sequential)
        {
            _starts = Resize(_starts, size);
            _ends = Resize(_ends, size);
        }
    }

    private T[] Resize<T>(T[] old, int size)
    {
        var bigger = ArrayPool<T>.Shared.Rent(size);
        old.AsSpan(0, Length).CopyTo(bigger);
        ArrayPool<T>.Shared.Return(old);
        return bigger;
    }
}
