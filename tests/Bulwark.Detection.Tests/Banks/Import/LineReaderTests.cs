using System.Text.RegularExpressions;
using Bulwark.Detection.Banks.Import;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bulwark.Detection.Tests.Banks.Import;

public sealed class LineReaderTests
{
    private static readonly string[] Endings = ["\n", "\r\n", "\r"];

    [Property(MaxTest = 200)]
    public Property Lines_and_numbers_survive_any_mix_of_endings_and_read_sizes()
    {
        var lineGen = Gen.Elements('a', 'b', ',', ' ', '"').ArrayOf().Select(chars => new string(chars));
        var input = Gen.Zip(lineGen, Gen.Choose(0, Endings.Length - 1).Select(i => Endings[i])).ListOf();
        return Prop.ForAll(
            input.ToArbitrary(),
            Gen.Choose(1, 7).ToArbitrary(),
            (lines, chunk) =>
            {
                var text = string.Concat(lines.Select(l => l.Item1 + l.Item2));
                var read = ReadAll(new TrickleReader(text, chunk), maxLineLength: 1000);
                return read.SequenceEqual(ReferenceSplit(text).Select((line, i) => new PhysicalLine(i + 1, line)));
            });
    }

    [Fact]
    public void A_line_over_the_cap_is_marked_even_when_it_spans_many_reads()
    {
        var text = "short\r\n" + new string('x', 50) + "\r\nafter";

        var lines = ReadAll(new TrickleReader(text, 3), maxLineLength: 10);

        Assert.Equal([new PhysicalLine(1, "short"), new PhysicalLine(2, null), new PhysicalLine(3, "after")], lines);
    }

    [Fact]
    public void A_final_line_without_terminator_is_read_and_a_trailing_terminator_adds_no_line()
    {
        Assert.Equal([new PhysicalLine(1, "a"), new PhysicalLine(2, "b")], ReadAll(new StringReader("a\nb"), 10));
        Assert.Equal([new PhysicalLine(1, "a"), new PhysicalLine(2, "")], ReadAll(new StringReader("a\r\n\r\n"), 10));
        Assert.Empty(ReadAll(new StringReader(""), 10));
    }

    // A lone CR ending followed by an empty LF-ended line reads as one CRLF, so the expectation comes from the text.
    private static string[] ReferenceSplit(string text)
    {
        var parts = Regex.Split(text, "\r\n|\r|\n");
        return parts[^1].Length == 0 ? parts[..^1] : parts;
    }

    private static List<PhysicalLine> ReadAll(TextReader reader, int maxLineLength)
    {
        var lineReader = new LineReader(reader, maxLineLength);
        var lines = new List<PhysicalLine>();
        while (lineReader.ReadAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }

    /// <summary>Hands out at most a few characters per read, to split line endings across buffer refills.</summary>
    private sealed class TrickleReader(string text, int chunk) : TextReader
    {
        private int _position;

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            var n = Math.Min(Math.Min(chunk, buffer.Length), text.Length - _position);
            text.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        public override ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));
    }
}
