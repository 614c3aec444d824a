using System.Buffers;
using System.Text.Unicode;

namespace Bulwark.Detection.Text.Normalisation;

/// <summary>Finds base64, base64url and hex runs in a text and decodes those that are mostly printable UTF-8.</summary>
internal static class EncodedBlobs
{
    /// <summary>Share of decoded characters that must be printable; binary payloads fall far below it.</summary>
    private const double MinPrintableShare = 0.9;

    private static readonly SearchValues<char> Alphabet =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_");

    /// <summary>The decoded runs of <paramref name="text"/>, in order; null when there are none (most texts).</summary>
    public static List<(BlobEncoding Encoding, TextSpan Span, string Text)>? Find(string text, int minChars, int maxSegments)
    {
        List<(BlobEncoding, TextSpan, string)>? found = null;
        var start = 0;
        for (var i = 0; i <= text.Length && (found?.Count ?? 0) < maxSegments; i++)
        {
            // One pass with a per-character test: most runs are short words, so calling a vectorised search per run
            // costs more than it saves.
            if (i < text.Length && Alphabet.Contains(text[i]))
            {
                continue;
            }

            var end = i;
            var padded = end;
            while (padded < text.Length && padded - end < 2 && text[padded] == '=')
            {
                padded++;
            }

            if (padded - start >= minChars && TryDecode(text.AsSpan(start, end - start), out var encoding, out var decoded))
            {
                (found ??= []).Add((encoding, new TextSpan(start, padded - start), decoded));
            }

            // Resume after the padding, which may be followed directly by the next run.
            i = Math.Max(padded - 1, end);
            start = i + 1;
        }

        return found;
    }

    private static bool TryDecode(ReadOnlySpan<char> run, out BlobEncoding encoding, out string decoded)
    {
        decoded = string.Empty;
        var bytes = ArrayPool<byte>.Shared.Rent(run.Length);
        var chars = ArrayPool<char>.Shared.Rent(run.Length + 3);
        try
        {
            int byteCount;
            if (!run.ContainsAnyExcept(Hex) && run.Length % 2 == 0)
            {
                encoding = BlobEncoding.Hex;
                if (Convert.FromHexString(run, bytes, out _, out byteCount) != OperationStatus.Done)
                {
                    return false;
                }
            }
            else
            {
                var url = run.ContainsAny('-', '_');
                if ((url && run.ContainsAny('+', '/')) || run.Length % 4 == 1)
                {
                    encoding = BlobEncoding.Base64;
                    return false;
                }

                encoding = url ? BlobEncoding.Base64Url : BlobEncoding.Base64;
                run.CopyTo(chars);
                if (url)
                {
                    chars.AsSpan(0, run.Length).Replace('-', '+');
                    chars.AsSpan(0, run.Length).Replace('_', '/');
                }

                var paddedLength = (run.Length + 3) / 4 * 4;
                chars.AsSpan(run.Length, paddedLength - run.Length).Fill('=');
                if (!Convert.TryFromBase64Chars(chars.AsSpan(0, paddedLength), bytes, out byteCount))
                {
                    return false;
                }
            }

            if (Utf8.ToUtf16(bytes.AsSpan(0, byteCount), chars, out _, out var charCount, replaceInvalidSequences: false)
                != OperationStatus.Done || !MostlyPrintable(chars.AsSpan(0, charCount)))
            {
                return false;
            }

            decoded = new string(chars, 0, charCount);
            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static readonly SearchValues<char> Hex = SearchValues.Create("0123456789abcdefABCDEF");

    private static bool MostlyPrintable(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return false;
        }

        var printable = 0;
        var letters = 0;
        foreach (var c in text)
        {
            if (!char.IsControl(c) || c is '\t' or '\n' or '\r')
            {
                printable++;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters > 0 && printable >= MinPrintableShare * text.Length;
    }
}
