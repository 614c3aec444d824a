using Bulwark.Scanning.Running;

namespace Bulwark.Scanning.Urls;

/// <summary>
/// Known-risk sources named by experts: whole domains (any URL on the domain or a subdomain, at any depth) and whole
/// datasets (a record whose source column names one). Lines are <c>domain:example.com</c>, <c>dataset:name</c>, or
/// bare: a bare entry with a dot and no spaces is a domain, anything else a dataset name.
/// </summary>
public sealed class SourceList
{
    private readonly HashSet<string> _domains = new(StringComparer.Ordinal);
    private readonly HashSet<string> _datasets = new(StringComparer.OrdinalIgnoreCase);

    public SourceList(string name, IEnumerable<string> entries)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(entries);
        Name = name;
        foreach (var raw in entries)
        {
            var entry = raw.Trim();
            if (entry.StartsWith("dataset:", StringComparison.OrdinalIgnoreCase))
            {
                Add(_datasets, entry["dataset:".Length..].Trim(), raw);
            }
            else if (entry.StartsWith("domain:", StringComparison.OrdinalIgnoreCase))
            {
                AddDomain(entry["domain:".Length..].Trim(), raw);
            }
            else if (entry.Contains('.', StringComparison.Ordinal) && !entry.Contains(' ', StringComparison.Ordinal))
            {
                AddDomain(entry, raw);
            }
            else
            {
                Add(_datasets, entry, raw);
            }
        }
    }

    public string Name { get; }

    public int DomainCount => _domains.Count;

    public int DatasetCount => _datasets.Count;

    /// <summary>What the list holds, as one comparable string: a resumed scan must use the same lists.</summary>
    internal string Fingerprint =>
        $"{Name}:{ScanFingerprint.Of(_domains.Select(domain => "domain:" + domain).Concat(_datasets.Select(dataset => "dataset:" + dataset.ToUpperInvariant())))}";

    /// <summary>Reads a list file; blank lines and '#' comments are skipped.</summary>
    public static async Task<SourceList> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        var lines = await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false);
        return new SourceList(
            Path.GetFileNameWithoutExtension(path),
            lines.Select(line => line.Trim()).Where(line => line.Length > 0 && line[0] != '#'));
    }

    /// <summary>The listed domain <paramref name="url"/>'s host is, or lies under, or null.</summary>
    public string? MatchDomain(CanonicalUrl url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var domains = _domains.GetAlternateLookup<ReadOnlySpan<char>>();
        ReadOnlySpan<char> host = url.Host;
        if (domains.TryGetValue(host, out var exact))
        {
            return exact;
        }

        if (url.HostIsIpAddress)
        {
            return null;
        }

        for (var dot = host.IndexOf('.'); dot >= 0; dot = host.IndexOf('.'))
        {
            host = host[(dot + 1)..];
            if (domains.TryGetValue(host, out var suffix))
            {
                return suffix;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="dataset"/> is a listed dataset name (ignoring case).</summary>
    public bool MatchDataset(string? dataset) => dataset is not null && _datasets.Contains(dataset.Trim());

    private static void Add(HashSet<string> set, string value, string raw)
    {
        if (value.Length == 0)
        {
            throw new FormatException($"'{raw}' names nothing");
        }

        set.Add(value);
    }

    private void AddDomain(string domain, string raw)
    {
        if (UrlCanonicaliser.Canonicalise(domain) is not { } url)
        {
            throw new FormatException($"'{raw}' is not a domain");
        }

        _domains.Add(url.Host);
    }
}
