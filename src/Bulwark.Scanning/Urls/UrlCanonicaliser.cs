using System.Globalization;
using System.Text;

namespace Bulwark.Scanning.Urls;

/// <summary>
/// Canonicalises URLs as Google Safe Browsing's "URLs and Hashing" page specifies, so that a list entry and the many
/// spellings of the same address (escaped, upper-case, dotted, decimal or hex IP, with a port or a fragment) meet.
/// </summary>
public static class UrlCanonicaliser
{
    /// <summary>More rounds of unescaping than any real URL needs; a bound so hostile input cannot loop long.</summary>
    private const int MaxUnescapeRounds = 64;

    private static readonly IdnMapping Idn = new() { AllowUnassigned = true };

    /// <summary>Canonicalises <paramref name="url"/>, or returns null when it has no host.</summary>
    public static CanonicalUrl? Canonicalise(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        var bytes = Prepare(url);
        var text = bytes.AsSpan();

        var schemeEnd = text.IndexOf("://"u8);
        string scheme;
        if (schemeEnd > 0 && IsScheme(text[..schemeEnd]))
        {
            scheme = Encoding.ASCII.GetString(text[..schemeEnd]).ToLowerInvariant();
            text = text[(schemeEnd + 3)..];
        }
        else
        {
            scheme = "http";
        }

        var authorityEnd = text.IndexOfAny("/?"u8);
        var authority = authorityEnd < 0 ? text : text[..authorityEnd];
        var rest = authorityEnd < 0 ? [] : text[authorityEnd..];
        var queryStart = rest.IndexOf((byte)'?');
        var path = queryStart < 0 ? rest : rest[..queryStart];
        string? query = queryStart < 0 ? null : Escape(rest[(queryStart + 1)..]);

        var (host, isIp) = CanonicalHost(authority);
        if (host.Length == 0)
        {
            return null;
        }

        return new CanonicalUrl(scheme, host, Escape(CanonicalPath(path)), query, isIp);
    }

    /// <summary>Trims, drops tab/CR/LF, cuts the fragment and unescapes until nothing changes.</summary>
    private static byte[] Prepare(string url)
    {
        var raw = Encoding.UTF8.GetBytes(url.Trim());
        var kept = new List<byte>(raw.Length);
        foreach (var b in raw)
        {
            if (b is not ((byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                kept.Add(b);
            }
        }

        var bytes = kept.ToArray();
        var hash = Array.IndexOf(bytes, (byte)'#');
        if (hash >= 0)
        {
            bytes = bytes[..hash];
        }

        for (var round = 0; round < MaxUnescapeRounds; round++)
        {
            var next = Unescape(bytes);
            if (next.Length == bytes.Length)
            {
                break;
            }

            bytes = next;
        }

        return bytes;
    }

    private static byte[] Unescape(byte[] bytes)
    {
        var output = new byte[bytes.Length];
        var length = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == '%' && i + 2 < bytes.Length && Hex(bytes[i + 1]) is >= 0 and var high && Hex(bytes[i + 2]) is >= 0 and var low)
            {
                output[length++] = (byte)((high << 4) | low);
                i += 2;
            }
            else
            {
                output[length++] = bytes[i];
            }
        }

        return output[..length];
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

        // Leading and trailing dots go; runs of dots become one.
        var host = new List<byte>(authority.Length);
        foreach (var b in authority)
        {
            if (b == '.' && (host.Count == 0 || host[^1] == '.'))
            {
                continue;
            }

            host.Add(b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b + 32) : b);
        }

        while (host.Count > 0 && host[^1] == '.')
        {
            host.RemoveAt(host.Count - 1);
        }

        var bytes = host.ToArray();
        if (Ipv4.TryParse(bytes) is { } address)
        {
            return (address, true);
        }

        if (bytes.Any(b => b >= 0x80) && ToPunycode(bytes) is { } punycode)
        {
            return (punycode, false);
        }

        return (Escape(bytes), false);
    }

    private static string? ToPunycode(byte[] host)
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

    private static bool IsDigits(ReadOnlySpan<byte> text)
    {
        foreach (var b in text)
        {
            if (!char.IsAsciiDigit((char)b))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Single slashes, "/./" dropped and "/../" removing the segment before it; always starts with '/'.</summary>
    private static byte[] CanonicalPath(ReadOnlySpan<byte> path)
    {
        var segments = new List<byte[]>();
        var trailingSlash = path.IsEmpty || path[^1] == '/';
        foreach (var range in path.Split((byte)'/'))
        {
            var segment = path[range];
            if (segment.IsEmpty)
            {
                continue;
            }

            if (segment.SequenceEqual("."u8))
            {
                trailingSlash = true;
                continue;
            }

            if (segment.SequenceEqual(".."u8))
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }

                trailingSlash = true;
                continue;
            }

            segments.Add(segment.ToArray());
            trailingSlash = false;
        }

        if (path.Length > 0 && path[^1] == '/')
        {
            trailingSlash = true;
        }

        var output = new List<byte>(path.Length + 1) { (byte)'/' };
        for (var i = 0; i < segments.Count; i++)
        {
            output.AddRange(segments[i]);
            if (i < segments.Count - 1 || trailingSlash)
            {
                output.Add((byte)'/');
            }
        }

        return [.. output];
    }

    private static string Escape(ReadOnlySpan<byte> bytes)
    {
        var builder = new StringBuilder(bytes.Length + 8);
        foreach (var b in bytes)
        {
            if (b <= 0x20 || b >= 0x7F || b == '#' || b == '%')
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
