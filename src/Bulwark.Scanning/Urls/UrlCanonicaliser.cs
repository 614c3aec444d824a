using System.Buffers;
using System.Globalization;
using System.Text;

namespace Bulwark.Scanning.Urls;

/// <summary>
/// Canonicalises URLs as Google Safe Browsing's "URLs and Hashing" page specifies, so that a list entry and the many
/// spellings of the same address (escaped, upper-case, dotted, decimal or hex IP, with a port or a fragment) meet.
/// </summary>
/// <remarks>
/// Works on the URL's UTF-8 bytes in one rented buffer, in place: a scan canonicalises every record's URL, so the
/// common case (an ASCII URL with nothing to unescape) allocates only the host, path and query strings.
/// </remarks>
public static class UrlCanonicaliser
{
    /// <summary>More rounds of unescaping than any real URL needs; a bound so hostile input cannot loop long.</summary>
    private const int MaxUnescapeRounds = 64;

    private const int StackLimit = 512;

    private static readonly IdnMapping Idn = new() { AllowUnassigned = true };

    private static readonly SearchValues<byte> NeedsEscape = SearchValues.Create([.. Enumerable.Range(0, 0x21).Select(b => (byte)b), .. Enumerable.Range(0x7F, 0x81).Select(b => (byte)b), (byte)'#', (byte)'%']);

    private static readonly SearchValues<byte> Controls = SearchValues.Create("\t\r\n"u8);

    /// <summary>Canonicalises <paramref name="url"/>, or returns null when it has no host.</summary>
    public static CanonicalUrl? Canonicalise(string? url) => Canonicalise(url.AsSpan());

    /// <summary>Canonicalises a URL given as characters (a slice of a decoded column); null when it is blank or has no host.</summary>
    public static CanonicalUrl? Canonicalise(ReadOnlySpan<char> url)
    {
        if (url.IsWhiteSpace())
        {
            return null;
        }

        var maxBytes = Encoding.UTF8.GetMaxByteCount(url.Length);
        byte[]? rented = null;
        // Sized to the URL: the runtime zeroes a stack buffer, so a fixed 512 bytes cost more than the copy into it.
        var buffer = maxBytes <= StackLimit ? stackalloc byte[maxBytes] : (rented = ArrayPool<byte>.Shared.Rent(maxBytes));
        try
        {
            var length = Encoding.UTF8.GetBytes(url, buffer);
            return Canonicalise(buffer[..length]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static CanonicalUrl? Canonicalise(Span<byte> bytes)
    {
        bytes = Trim(bytes);
        if (bytes.IndexOfAny(Controls) >= 0)
        {
            bytes = bytes[..RemoveControls(bytes)];
        }

        var hash = bytes.IndexOf((byte)'#');
        if (hash >= 0)
        {
            bytes = bytes[..hash];
        }

        for (var round = 0; round < MaxUnescapeRounds && bytes.IndexOf((byte)'%') >= 0; round++)
        {
            var unescaped = Unescape(bytes);
            if (unescaped == bytes.Length)
            {
                break;
            }

            bytes = bytes[..unescaped];
        }

        ReadOnlySpan<byte> text = bytes;
        var schemeEnd = text.IndexOf("://"u8);
        string scheme;
        if (schemeEnd > 0 && IsScheme(text[..schemeEnd]))
        {
            scheme = text[..schemeEnd] switch
            {
                var s when s.SequenceEqual("http"u8) => "http",
                var s when s.SequenceEqual("https"u8) => "https",
                var s => Encoding.ASCII.GetString(s).ToLowerInvariant(),
            };
            text = text[(schemeEnd + 3)..];
        }
        else
        {
            scheme = "http";
        }

        var authorityEnd = text.IndexOfAny((byte)'/', (byte)'?');
        var authority = authorityEnd < 0 ? text : text[..authorityEnd];
        var rest = authorityEnd < 0 ? [] : text[authorityEnd..];
        var queryStart = rest.IndexOf((byte)'?');
        var path = queryStart < 0 ? rest : rest[..queryStart];
        var query = queryStart < 0 ? null : Escape(rest[(queryStart + 1)..]);

        var (host, isIp) = CanonicalHost(authority);
        if (host.Length == 0)
        {
            return null;
        }

        return new CanonicalUrl(scheme, host, CanonicalPath(path), query, isIp);
    }

    private static Span<byte> Trim(Span<byte> bytes)
    {
        var start = 0;
        while (start < bytes.Length && bytes[start] <= 0x20)
        {
            start++;
        }

        var end = bytes.Length;
        while (end > start && bytes[end - 1] <= 0x20)
        {
            end--;
        }

        return bytes[start..end];
    }

    private static int RemoveControls(Span<byte> bytes)
    {
        var length = 0;
        foreach (var b in bytes)
        {
            if (b is not ((byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                bytes[length++] = b;
            }
        }

        return length;
    }

    /// <summary>Decodes %XX escapes in place; returns the new length.</summary>
    private static int Unescape(Span<byte> bytes)
    {
        var length = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == '%' && i + 2 < bytes.Length && Hex(bytes[i + 1]) is >= 0 and var high && Hex(bytes[i + 2]) is >= 0 and var low)
            {
                bytes[length++] = (byte)((high << 4) | low);
                i += 2;
            }
            else
            {
                bytes[length++] = bytes[i];
            }
        }

        return length;
    }

    private static int Hex(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };

    private static bool IsScheme(ReadOnlySpan<byte> text)
    {
        if (!char.IsAsciiLetter((char)text[0]))
        {
            return false;
        }

        foreach (var b in text)
        {
            if (!(char.IsAsciiLetterOrDigit((char)b) || b is (byte)'+' or (byte)'-' or (byte)'.'))
            {
                return false;
            }
        }

        return true;
    }

    private static (string Host, bool IsIp) CanonicalHost(ReadOnlySpan<byte> authority)
    {
        var at = authority.LastIndexOf((byte)'@');
        if (at >= 0)
        {
            authority = authority[(at + 1)..];
        }

        var colon = authority.LastIndexOf((byte)':');
        if (colon >= 0 && authority[0] != '[' && IsDigits(authority[(colon + 1)..]))
        {
            authority = authority[..colon];
        }

        // Leading and trailing dots go; runs of dots become one; ASCII letters are lowercased.
        Span<byte> host = authority.Length <= StackLimit ? stackalloc byte[authority.Length] : new byte[authority.Length];
        var length = 0;
        var nonAscii = false;
        foreach (var b in authority)
        {
            if (b == '.' && (length == 0 || host[length - 1] == '.'))
            {
                continue;
            }

            nonAscii |= b >= 0x80;
            host[length++] = b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b + 32) : b;
        }

        while (length > 0 && host[length - 1] == '.')
        {
            length--;
        }

        host = host[..length];
        if (Ipv4.TryParse(host) is { } address)
        {
            return (address, true);
        }

        if (nonAscii && ToPunycode(host) is { } punycode)
        {
            return (punycode, false);
        }

        return (Escape(host), false);
    }

    private static string? ToPunycode(ReadOnlySpan<byte> host)
    {
        try
        {
            var unicode = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(host);
            return Idn.GetAscii(unicode).ToLowerInvariant();
        }
        catch (Exception e) when (e is ArgumentException or DecoderFallbackException)
        {
            return null;
        }
    }

    private static bool IsDigits(ReadOnlySpan<byte> text) => text.IndexOfAnyExceptInRange((byte)'0', (byte)'9') < 0;

    /// <summary>Single slashes, "/./" dropped and "/../" removing the segment before it; always starts with '/'.</summary>
    private static string CanonicalPath(ReadOnlySpan<byte> path)
    {
        if (path.IsEmpty)
        {
            return "/";
        }

        if (path.IndexOf("//"u8) < 0 && path.IndexOf("/."u8) < 0)
        {
            return Escape(path);
        }

        var output = new List<byte>(path.Length) { (byte)'/' };
        var segmentStarts = new Stack<int>();
        var trailingSlash = false;
        foreach (var range in path.Split((byte)'/'))
        {
            var segment = path[range];
            if (segment.IsEmpty)
            {
                continue;
            }

            if (segment.SequenceEqual("."u8) || segment.SequenceEqual(".."u8))
            {
                if (segment.Length == 2 && segmentStarts.Count > 0)
                {
                    output.RemoveRange(segmentStarts.Peek(), output.Count - segmentStarts.Pop());
                }

                trailingSlash = true;
                continue;
            }

            segmentStarts.Push(output.Count);
            output.AddRange(segment);
            output.Add((byte)'/');
            trailingSlash = false;
        }

        if (path[^1] == '/')
        {
            trailingSlash = true;
        }

        // Each kept segment was written with a slash after it; the last one keeps it only for a directory path.
        if (!trailingSlash && output.Count > 1)
        {
            output.RemoveAt(output.Count - 1);
        }

        return Escape(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(output));
    }

    private static string Escape(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IndexOfAny(NeedsEscape) < 0)
        {
            return Encoding.ASCII.GetString(bytes);
        }

        var builder = new StringBuilder(bytes.Length + 8);
        foreach (var b in bytes)
        {
            if (NeedsEscape.Contains(b))
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append((char)b);
            }
        }

        return builder.ToString();
    }
}
