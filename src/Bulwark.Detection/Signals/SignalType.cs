using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Bulwark.Detection.Signals;

/// <summary>
/// The kind of a <see cref="Signal"/>: a small closed set (<see cref="Pdq"/>, <see cref="Md5"/>, <see cref="Sha256"/>).
/// Instances are singletons, so reference equality is value equality.
/// </summary>
/// <remarks>
/// <see cref="Parse"/> accepts, case-insensitively, the canonical names (<c>pdq</c>, <c>md5</c>, <c>sha256</c>),
/// python-threatexchange / HMA signal type names (<c>pdq</c>, <c>video_md5</c>, <c>photo_md5</c>,
/// <c>video_sha256</c>), the spellings <c>sha-256</c> and <c>sha_256</c>, and ThreatExchange indicator types
/// (<c>hash_pdq</c>, <c>hash_md5</c>, <c>video_hash_md5</c>, <c>hash_sha256</c>, <c>hash_video_sha256</c>).
/// Bulwark treats an MD5 or SHA-256 as a digest of the file's bytes whatever the media, so the video and photo
/// variants map onto the same type.
/// </remarks>
public sealed class SignalType
{
    /// <summary>PDQ perceptual image hash: 256 bits, 64 hex digits, compared by Hamming distance.</summary>
    public static readonly SignalType Pdq = new("pdq", 64, ["hash_pdq"]);

    /// <summary>MD5 digest of the content's bytes: 32 hex digits, exact match only.</summary>
    public static readonly SignalType Md5 = new("md5", 32, ["video_md5", "photo_md5", "hash_md5", "video_hash_md5"]);

    /// <summary>SHA-256 digest of the content's bytes: 64 hex digits, exact match only.</summary>
    public static readonly SignalType Sha256 = new("sha256", 64, ["sha-256", "sha_256", "video_sha256", "hash_sha256", "hash_video_sha256"]);

    // Declared after the instances it indexes: static initialisers run in text order.
    private static readonly FrozenDictionary<string, SignalType> ByName = new[] { Pdq, Md5, Sha256 }
        .SelectMany(type => type._aliases.Prepend(type.Name).Select(name => KeyValuePair.Create(name, type)))
        .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, SignalType>.AlternateLookup<ReadOnlySpan<char>> ByNameSpan =
        ByName.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly string[] _aliases;

    private SignalType(string name, int hexLength, string[] aliases)
    {
        Name = name;
        HexLength = hexLength;
        _aliases = aliases;
    }

    /// <summary>Every signal type, in a fixed order.</summary>
    public static IReadOnlyList<SignalType> All { get; } = [Pdq, Md5, Sha256];

    /// <summary>The canonical lowercase name (<c>pdq</c>, <c>md5</c>, <c>sha256</c>), as written by Bulwark's exporters.</summary>
    public string Name { get; }

    /// <summary>Number of hex digits in a value of this type.</summary>
    public int HexLength { get; }

    /// <summary>Parses a signal type name or alias (see the remarks on <see cref="SignalType"/>), ignoring case and surrounding whitespace.</summary>
    /// <exception cref="FormatException">The name is not a supported signal type.</exception>
    public static SignalType Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return TryParse(name, out var type)
            ? type
            : throw new FormatException($"Unknown signal type '{name}'; supported: pdq, md5, sha256.");
    }

    /// <summary>Parses a signal type name or alias without throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? name, [NotNullWhen(true)] out SignalType? type)
    {
        type = null;
        return name is not null && ByName.TryGetValue(name.Trim(), out type);
    }

    /// <summary>Parses a signal type name or alias without throwing.</summary>
    public static bool TryParse(ReadOnlySpan<char> name, [NotNullWhen(true)] out SignalType? type) =>
        ByNameSpan.TryGetValue(name.Trim(), out type);

    /// <summary>The canonical name.</summary>
    public override string ToString() => Name;
}
