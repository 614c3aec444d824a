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
        var hosts = new List<string>(5) { url.Host };
        if (url.HostIsIpAddress)
        {
            return hosts;
        }

        var labels = url.Host.Split('.');
        for (var take = Math.Min(5, labels.Length); take >= 2; take--)
        {
            var suffix = string.Join('.', labels[^take..]);
            if (!hosts.Contains(suffix))
            {
                hosts.Add(suffix);
            }
        }

        return hosts;
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
