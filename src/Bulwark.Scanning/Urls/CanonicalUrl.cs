namespace Bulwark.Scanning.Urls;

/// <summary>
/// A URL canonicalised the way Google Safe Browsing documents it: lowercase scheme and host (IDN as punycode, IPv4
/// in dotted decimal), no port, user info or fragment, a path with dot segments resolved and single slashes, and
/// every byte at or below space, at or above 0x7F, '#' and '%' escaped with uppercase hex.
/// </summary>
/// <param name="Scheme">"http", "https", "ftp" …; "http" when the input had none.</param>
/// <param name="Host">The canonical host.</param>
/// <param name="Path">The canonical path, always starting with '/'.</param>
/// <param name="Query">The query after '?', unchanged apart from escaping; null when there was no '?'.</param>
/// <param name="HostIsIpAddress">The host is an IPv4 address (then only the exact host is looked up).</param>
public sealed record CanonicalUrl(string Scheme, string Host, string Path, string? Query, bool HostIsIpAddress)
{
    /// <summary>The canonical URL, e.g. <c>http://www.example.com/a/b?c</c>.</summary>
    public override string ToString() => Query is null ? $"{Scheme}://{Host}{Path}" : $"{Scheme}://{Host}{Path}?{Query}";

    /// <summary>The expression a list stores for this URL: host and path (and query, if any), without the scheme.</summary>
    public string Expression => Query is null ? Host + Path : $"{Host}{Path}?{Query}";
}
