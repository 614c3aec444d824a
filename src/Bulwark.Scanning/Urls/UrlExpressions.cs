namespace Bulwark.Scanning.Urls;

/// <summary>
/// The host-suffix / path-prefix expressions Safe Browsing looks up for a canonical URL: the exact host and up to four
/// hosts formed from its last five labels (IP addresses: only the exact host), each with the exact path and query,
/// the exact path, and up to four path prefixes from the root.
/// </summary>
public static class UrlExpressions
{
    /// <summary>The hosts to try, exact host first.</summary>
    public static IReadOnlyList<string> Hosts(CanonicalUrl url)
    {
        ArgumentNullException.ThrowIfNull(url);
        Span<Range> ranges = stackalloc Range[MaxHosts];
        var count = HostRanges(url, ranges);
        var hosts = new List<string>(count);
        foreach (var range in ranges[..count])
        {
            hosts.Add(url.Host[range]);
        }

        return hosts;
    }

    /// <summary>Most hosts tried for one URL: the exact host and four suffixes.</summary>
    internal const int MaxHosts = 5;

    /// <summary>
    /// Writes the ranges of the URL's host to try (exact host first) into <paramref name="ranges"/> and returns how
    /// many: slices of <see cref="CanonicalUrl.Host"/>, so a lookup allocates nothing.
    /// </summary>
    internal static int HostRanges(CanonicalUrl url, Span<Range> ranges)
    {
        var host = url.Host.AsSpan();
        ranges[0] = Range.All;
        if (url.HostIsIpAddress)
        {
            return 1;
        }

        // starts[k]: where the suffix of k + 1 labels begins (found scanning back from the end, up to five labels).
        // starts[0] is the top-level domain alone, never tried; a suffix found after a dot is never the whole host.
        Span<int> starts = stackalloc int[5];
        var found = 0;
        for (var i = host.Length - 1; i >= 0 && found < 5; i--)
        {
            if (host[i] == '.')
            {
                starts[found++] = i + 1;
            }
        }

        var count = 1;
        for (var k = found - 1; k >= 1; k--)
        {
            ranges[count++] = starts[k]..;
        }

        return count;
    }

    /// <summary>The paths to try, most specific first.</summary>
    public static IReadOnlyList<string> Paths(CanonicalUrl url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var paths = new List<string>(6);
        if (url.Query is not null)
        {
            paths.Add($"{url.Path}?{url.Query}");
        }

        paths.Add(url.Path);
        var prefix = "/";
        var segments = url.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < 4; i++)
        {
            if (!paths.Contains(prefix))
            {
                paths.Add(prefix);
            }

            if (i >= segments.Length - 1)
            {
                break;
            }

            prefix += segments[i] + "/";
        }

        return paths;
    }

    /// <summary>Every host+path expression, at most 30.</summary>
    public static IEnumerable<string> All(CanonicalUrl url)
    {
        var paths = Paths(url);
        foreach (var host in Hosts(url))
        {
            foreach (var path in paths)
            {
                yield return host + path;
            }
        }
    }
}
