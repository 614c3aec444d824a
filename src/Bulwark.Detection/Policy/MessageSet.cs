namespace Bulwark.Detection.Policy;

/// <summary>Prevention messages for one audience, in several locales, with the help resources to show beside them.</summary>
public sealed class MessageSet
{
    /// <summary>The locale key every message set must define; used when no requested locale matches.</summary>
    public const string DefaultLocale = "default";

    private readonly Dictionary<string, IReadOnlyList<MessageVariant>> _locales;

    internal MessageSet(string id, IReadOnlyList<HelpResource> help, Dictionary<string, IReadOnlyList<MessageVariant>> locales)
    {
        Id = id;
        Help = help;
        _locales = new Dictionary<string, IReadOnlyList<MessageVariant>>(locales, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The set's id, referenced from categories.</summary>
    public string Id { get; }

    /// <summary>The help resources this set may show, in the order given.</summary>
    public IReadOnlyList<HelpResource> Help { get; }

    /// <summary>The locale keys defined, including <see cref="DefaultLocale"/>.</summary>
    public IReadOnlyCollection<string> Locales => _locales.Keys;

    /// <summary>
    /// The locale key used for <paramref name="locale"/>: the tag itself, then the tag with its last subtag removed,
    /// repeatedly (<c>es-MX</c> → <c>es</c>; <c>zh-Hant-TW</c> → <c>zh-Hant</c> → <c>zh</c>), then <see cref="DefaultLocale"/>.
    /// Matching ignores case and accepts <c>_</c> for <c>-</c>.
    /// </summary>
    public string ResolveLocale(string? locale)
    {
        var tag = locale?.Trim().Replace('_', '-');
        while (!string.IsNullOrEmpty(tag))
        {
            if (_locales.ContainsKey(tag))
            {
                return _locales.Keys.First(key => string.Equals(key, tag, StringComparison.OrdinalIgnoreCase));
            }

            var cut = tag.LastIndexOf('-');
            tag = cut > 0 ? tag[..cut] : null;
        }

        return DefaultLocale;
    }

    /// <summary>The variants of a resolved locale key (see <see cref="ResolveLocale"/>).</summary>
    public IReadOnlyList<MessageVariant> Variants(string resolvedLocale) => _locales[resolvedLocale];

    /// <summary>
    /// The message for <paramref name="locale"/>. <paramref name="rotation"/> picks the theme (any integer, e.g. a
    /// per-conversation counter; it is taken modulo the number of themes). Help resources are those serving
    /// <paramref name="region"/> (or the locale's region when null), else the global ones, else all of the set's.
    /// </summary>
    public PreventionMessage Resolve(string? locale, int rotation = 0, string? region = null)
    {
        var key = ResolveLocale(locale);
        var variants = _locales[key];
        var variant = variants[(int)((uint)rotation % (uint)variants.Count)];
        return new PreventionMessage(Id, key, variant.Theme, variant.Text, HelpFor(region ?? RegionOf(locale)));
    }

    private List<HelpResource> HelpFor(string? region)
    {
        if (region is not null && Help.Where(resource => resource.Serves(region)).ToList() is { Count: > 0 } local)
        {
            return local;
        }

        return Help.Where(resource => resource.IsGlobal).ToList() is { Count: > 0 } global ? global : [.. Help];
    }

    // The region subtag of a BCP 47 tag is the first two-letter or three-digit subtag after the language.
    private static string? RegionOf(string? locale) =>
        locale?.Replace('_', '-').Split('-').Skip(1)
            .FirstOrDefault(subtag => (subtag.Length == 2 && subtag.All(char.IsAsciiLetter)) || (subtag.Length == 3 && subtag.All(char.IsAsciiDigit)))
            ?.ToUpperInvariant();
}
