using System.Text;

namespace Bulwark.Detection.Banks.Import;

/// <summary>
/// Reads lines (ended by LF, CRLF or CR) with a length cap. <see cref="TextReader.ReadLineAsync()"/> would buffer an
/// arbitrarily long line; this one discards an over-long line as it streams past and reports it as such.
/// </summary>
internal sealed class LineReader(TextReader reader, int maxLineLength)
{
    private readonly char[] _buffer = new char[8192];
    private readonly StringBuilder _line = new();
    private int _start;
    private int _end;
    private bool _endOfInput;
    private bool _skipLineFeed;
    private long _lineNumber;

    public async ValueTask<PhysicalLine?> ReadAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _line.Clear();
        var tooLong = false;
        var sawAny = false;
        while (true)
        {
            if (_start == _end)
            {
                if (_endOfInput || (_end = await reader.ReadAsync(_buffer.AsMemory(), cancellationToken).ConfigureAwait(false)) == 0)
                {
                    _endOfInput = true;
                    _start = _end = 0;
                    break;
                }

                _start = 0;
            }

            if (_skipLineFeed)
            {
                _skipLineFeed = false;
                if (_buffer[_start] == '\n')
                {
                    _start++;
                    continue;
                }
            }

            sawAny = true;
            var available = _buffer.AsSpan(_start, _end - _start);
            var terminator = available.IndexOfAny('\r', '\n');
            var content = terminator < 0 ? available : available[..terminator];
            if (!tooLong)
            {
                if (_line.Length + content.Length > maxLineLength)
                {
                    tooLong = true;
                    _line.Clear();
                }
                else
                {
                    _line.Append(content);
                }
            }

            if (terminator < 0)
            {
                _start = _end;
                continue;
            }

            _skipLineFeed = available[terminator] == '\r';
            _start += terminator + 1;
            return Complete(tooLong);
        }

        return sawAny ? Complete(tooLong) : null;
    }

    private PhysicalLine Complete(bool tooLong)
    {
        _lineNumber++;
        if (tooLong)
        {
            return new PhysicalLine(_lineNumber, null);
        }

        // A byte order mark survives when the caller decoded without BOM detection; it would corrupt the first field.
        if (_lineNumber == 1 && _line.Length > 0 && _line[0] == '\uFEFF')
        {
            _line.Remove(0, 1);
        }

        return new PhysicalLine(_lineNumber, _line.ToString());
    }

    public string TooLongReason => $"Line is longer than {maxLineLength} characters; skipped.";
}
