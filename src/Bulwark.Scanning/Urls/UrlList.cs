using Bulwark.Scanning.Running;

namespace Bulwark.Scanning.Urls;

/// <summary>
/// A list of URL expressions (Safe Browsing style): each entry is canonicalised and stored as host+path, so
/// <c>bad.example</c> catches every URL on that host and its subdomains, and <c>bad.example/dir/</c> every URL
/// under that directory, however they are spelled.
/// </summary>
public sealed class UrlList
{
    private readonly Dictionary<string, string> _expressions = new(StringComparer.Ordinal);
    private readonly HashSet<string> _hosts = new(StringComparer.Ordinal);

    /// <summary>The list's name in manifests and reports (its file name).</summary>
    public string Name { get; }

    public UrlList(string name, IEnumerable<string> entries)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(entries);
        Name = name;
        foreach (var entry in entries)
        {
            if (UrlCanonicaliser.Canonicalise(entry) is not { } url)
            {
                throw new FormatException($"'{entry}' is not a URL or host");
            }

            _expressions.TryAdd(url.Expression, entry.Trim());
            _hosts.Add(url.Host);
        }
    }

    public int Count => _expressions.Count;

    /// <summary>What the list holds, as one comparable string: a resumed scan must use the same lists.</summary>
    internal string Fingerprint => $"{Name}:{ScanFingerprint.Of(_expressions.Keys)}";

    /// <summary>Reads a list file: one URL, host or host/path per line; blank lines and '#' comments are skipped.</summary>
    /// <exception cref="FormatException">A line has no host; the line number is given.</exception>
    public static async Task<UrlList> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        var entries = new List<string>();
        var lineNumber = 0;
        foreach (var line in await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false))
        {
            lineNumber++;
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }

            if (UrlCanonicaliser.Canonicalise(trimmed) is null)
            {
                throw new FormatException($"{path}:{lineNumber}: not a URL or host");
            }

            entries.Add(trimmed);
        }

        return new UrlList(Path.GetFileNameWithoutExtension(path), entries);
    }

    /// <summary>The list expression <paramref name="url"/> falls under (as canonicalised), or null.</summary>
    public string? Match(CanonicalUrl url)
    {
        ArgumentNullException.ThrowIfNull(url);

        // Most URLs share no host with the list: the hosts are looked up as slices of the URL's host, without
        // allocating, and paths are built only for a host the list knows.
        var hosts = _hosts.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<Range> ranges = stackalloc Range[UrlExpressions.MaxHosts];
        var count = UrlExpressions.HostRanges(url, ranges);
        foreach (var range in ranges[..count])
        {
            var host = url.Host.AsSpan()[range];
            if (hosts.Contains(host) && MatchPaths(host, url) is { } expression)
            {
                return expression;
            }
        }

        return null;
    }

    /// <summary>
    /// Tries host + each path expression (exact path with query, exact path, up to four prefixes from the root),
    /// composed in a stack buffer and looked up as a span: a host the list knows is common (a list entry under a big
    /// image host), so this path must not allocate per candidate either.
    /// </summary>
    private string? MatchPaths(ReadOnlySpan<char> host, CanonicalUrl url)
    {
        var expressions = _expressions.GetAlternateLookup<ReadOnlySpan<char>>();
        var path = url.Path.AsSpan();
        var length = host.Length + path.Length + 1 + (url.Query?.Length ?? 0);
        char[]? rented = null;
        // Sized to the candidate: the runtime zeroes a stack buffer, and zeroing a fixed 2 KB was a seventh of a scan's CPU.
        var buffer = length <= 1024 ? stackalloc char[length] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(length));
        try
        {
            host.CopyTo(buffer);
            var afterHost = buffer[host.Length..];
            path.CopyTo(afterHost);
            if (url.Query is not null)
            {
                afterHost[path.Length] = '?';
                url.Query.AsSpan().CopyTo(afterHost[(path.Length + 1)..]);
                if (Find(expressions, buffer[..(host.Length + path.Length + 1 + url.Query.Length)]) is { } withQuery)
                {
                    return withQuery;
                }
            }

            if (Find(expressions, buffer[..(host.Length + path.Length)]) is { } exact)
            {
                return exact;
            }

            // Prefixes: "/", then each directory, at most four in all; the path itself was tried already.
            var prefixes = 0;
            for (var end = 0; end < path.Length && prefixes < 4; end++)
            {
                if (path[end] != '/')
                {
                    continue;
                }

                prefixes++;
                if (end + 1 != path.Length && Find(expressions, buffer[..(host.Length + end + 1)]) is { } prefix)
                {
                    return prefix;
                }
            }

            return null;
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private static string? Find(Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> expressions, ReadOnlySpan<char> expression) =>
        expressions.TryGetValue(expression, out var key, out _) ? key : null;
}
