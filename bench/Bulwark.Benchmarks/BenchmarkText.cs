using System.Text;

namespace Bulwark.Benchmarks;

/// <summary>Benchmark inputs of an exact length, made by repeating sample sentences.</summary>
internal static class BenchmarkText
{
    /// <summary>
    /// Repeats <paramref name="pieces"/> in order until <paramref name="chars"/> UTF-16 units, cut there, one unit
    /// shorter when the cut would split a surrogate pair.
    /// </summary>
    public static string Repeat(IReadOnlyList<string> pieces, int chars)
    {
        var builder = new StringBuilder(chars + 64);
        for (var i = 0; builder.Length < chars; i++)
        {
            builder.Append(pieces[i % pieces.Count]);
        }

        return builder.ToString(0, char.IsHighSurrogate(builder[chars - 1]) ? chars - 1 : chars);
    }
}
