using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Bulwark.Detection.Text.Normalisation;

/// <summary>
/// The canonical mapping of single code points and of combining clusters: NFKC, invisible removal, space unification,
/// UTS #39 confusable folding and invariant lowercase, built once from the embedded data files (Data/README.md).
/// The runtime's own <c>string.Normalize</c> is not used because it does nothing under invariant globalization, which
/// this repository and many container hosts run with.
/// </summary>
internal sealed class CharacterFolding
{
    private const byte Drop = 1;
    private const byte Multi = 2;
    private const byte Joins = 4;
    private const int MaxRounds = 8;

    private readonly FrozenDictionary<int, string> _nfkc;
    private readonly FrozenDictionary<int, string> _confusables;
    private readonly FrozenDictionary<long, int> _compositions;

    // For every BMP code unit: its kind bits, and the single output character when the kind is neither Drop nor Multi.
    private readonly byte[] _bmpKind = new byte[65536];
    private readonly char[] _bmpSingle = new char[65536];

    // Supplementary code points that are not plain starters mapping to themselves.
    private readonly FrozenDictionary<int, (byte Kind, string Value)> _supplementary;
    private readonly FrozenDictionary<int, string> _bmpMulti;

    private CharacterFolding(
        FrozenDictionary<int, string> nfkc, FrozenDictionary<int, string> confusables, FrozenDictionary<long, int> compositions)
    {
        _nfkc = nfkc;
        _confusables = confusables;
        _compositions = compositions;

        var bmpMulti = new Dictionary<int, string>();
        for (var cp = 0; cp < 65536; cp++)
        {
            if (cp is >= 0xD800 and <= 0xDFFF)
            {
                // A lone surrogate becomes U+FFFD so the canonical view is always well-formed UTF-16.
                _bmpSingle[cp] = '\uFFFD';
                continue;
            }

            var (kind, value) = Classify(cp);
            _bmpKind[cp] = kind;
            if ((kind & (Drop | Multi)) == 0)
            {
                _bmpSingle[cp] = value[0];
            }
            else if ((kind & Multi) != 0)
            {
                bmpMulti[cp] = value;
            }
        }

        var supplementary = new Dictionary<int, (byte, string)>();
        foreach (var cp in SupplementaryCandidates(nfkc.Keys, confusables.Keys))
        {
            var (kind, value) = Classify(cp);
            if (kind != Multi || value != char.ConvertFromUtf32(cp))
            {
                supplementary[cp] = (kind, value);
            }
        }

        _bmpMulti = bmpMulti.ToFrozenDictionary();
        _supplementary = supplementary.ToFrozenDictionary();
    }

    /// <summary>Shared because the tables are immutable once built and take about a fifth of a second to build.</summary>
    public static CharacterFolding Shared { get; } = Load();

    public static bool IsInvisible(int cp) =>
        cp is 0x034F or 0x115F or 0x1160 or 0x17B4 or 0x17B5 or 0x3164 or 0xFFA0
            or (>= 0x180B and <= 0x180F) or (>= 0xFE00 and <= 0xFE0F)
            or (>= 0xE0000 and <= 0xE007F) or (>= 0xE0100 and <= 0xE01EF)
        || (!IsSurrogate(cp) && CharUnicodeInfo.GetUnicodeCategory(cp) == UnicodeCategory.Format);

    /// <summary>True when the code unit needs no work beyond the table lookup and never joins its predecessor.</summary>
    public bool IsSimpleBmp(char c, out char folded)
    {
        folded = _bmpSingle[c];
        return _bmpKind[c] == 0 && !char.IsSurrogate(c);
    }

    /// <summary>True when the BMP code unit attaches to the cluster before it (invisible or combining).</summary>
    public bool JoinsPrevious(char c) => (_bmpKind[c] & (Joins | Drop)) != 0;

    /// <summary>True when the code point attaches to the cluster before it (invisible or combining).</summary>
    public bool JoinsPrevious(int cp) => cp < 65536
        ? (_bmpKind[cp] & (Joins | Drop)) != 0
        : _supplementary.TryGetValue(cp, out var entry) && (entry.Kind & (Joins | Drop)) != 0;

    /// <summary>Appends the canonical form of one code point that forms a cluster on its own.</summary>
    public void AppendSingle(int cp, MappedTextBuilder output, int start, int end)
    {
        if (cp < 65536)
        {
            var kind = _bmpKind[cp];
            if ((kind & Drop) != 0)
            {
                return;
            }

            if ((kind & Multi) != 0)
            {
                output.Append(_bmpMulti[cp], start, end);
            }
            else
            {
                output.Append(_bmpSingle[cp], start, end);
            }

            return;
        }

        if (_supplementary.TryGetValue(cp, out var entry))
        {
            output.Append(entry.Value, start, end);
            return;
        }

        Span<char> pair = stackalloc char[2];
        var written = new Rune(cp).EncodeToUtf16(pair);
        output.Append(pair[..written], start, end);
    }

    /// <summary>The canonical form of a cluster of several code points (a starter and what joins it).</summary>
    public string FoldCluster(ReadOnlySpan<char> cluster)
    {
        var current = cluster.ToString();
        for (var round = 0; round < MaxRounds; round++)
        {
            var next = FoldOnce(current);
            if (next == current)
            {
                break;
            }

            current = next;
        }

        return current;
    }

    private static bool IsSurrogate(int cp) => cp is >= 0xD800 and <= 0xDFFF;

    private static bool IsMark(int cp) => !IsSurrogate(cp) && CharUnicodeInfo.GetUnicodeCategory(cp) is
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static IEnumerable<int> SupplementaryCandidates(IEnumerable<int> nfkcKeys, IEnumerable<int> confusableKeys)
    {
        var seen = new HashSet<int>();
        foreach (var cp in nfkcKeys.Concat(confusableKeys))
        {
            if (cp >= 65536 && seen.Add(cp))
            {
                yield return cp;
            }
        }

        // Supplementary letters with case, combining marks and format characters all live in planes 1 and 14.
        for (var cp = 0x10000; cp < 0x20000; cp++)
        {
            if (seen.Add(cp))
            {
                yield return cp;
            }
        }

        for (var cp = 0xE0000; cp < 0xE1000; cp++)
        {
            if (seen.Add(cp))
            {
                yield return cp;
            }
        }
    }

    private (byte Kind, string Value) Classify(int cp)
    {
        if (IsInvisible(cp))
        {
            return (Drop, string.Empty);
        }

        // Most code points only lowercase; recognising them up front keeps the one-time table build short.
        var lower = Lower(cp);
        if (!NeedsFolding(cp, lower))
        {
            return lower < 65536 ? ((byte)0, ((char)lower).ToString()) : (Multi, char.ConvertFromUtf32(lower));
        }

        var value = FoldCluster(char.ConvertFromUtf32(cp));
        byte kind = 0;
        if (value.Length != 1)
        {
            kind |= Multi;
        }

        if (IsMark(cp) || (value.Length > 0 && IsMark(char.ConvertToUtf32(value, 0))))
        {
            kind |= Joins;
        }

        return (kind, value);
    }

    private bool NeedsFolding(int cp, int lower) =>
        _nfkc.ContainsKey(cp) || _nfkc.ContainsKey(lower)
        || _confusables.ContainsKey(cp) || _confusables.ContainsKey(lower)
        || _confusables.ContainsKey(Rune.ToUpperInvariant(new Rune(cp)).Value)
        || IsMark(cp) || Space(cp) != cp;

    /// <summary>One round: per code point NFKC, lowercase, confusable, lowercase, unified spaces; then composition.</summary>
    private string FoldOnce(string text)
    {
        var runes = new List<int>(text.Length);
        foreach (var rune in EnumerateScalars(text))
        {
            if (IsInvisible(rune))
            {
                continue;
            }

            var compatible = _nfkc.TryGetValue(rune, out var n) ? n : null;
            if (compatible is null)
            {
                AppendFolded(rune, runes);
            }
            else
            {
                foreach (var inner in EnumerateScalars(compatible))
                {
                    AppendFolded(inner, runes);
                }
            }
        }

        Compose(runes);
        var builder = new StringBuilder(runes.Count);
        foreach (var cp in runes)
        {
            builder.Append(char.ConvertFromUtf32(cp));
        }

        return builder.ToString();
    }

    /// <summary>
    /// Folds one code point to its prototype, lowercased. confusables.txt is case-sensitive ("Κ" to "K" but "κ" to
    /// "ĸ"), so the lowercase, the code point itself and its uppercase are folded in that order and the first
    /// all-ASCII result wins; otherwise the lowercase's prototype is used, which keeps both cases on one form.
    /// </summary>
    private void AppendFolded(int cp, List<int> output)
    {
        if (cp < 0x80)
        {
            output.Add(Lower(cp));
            return;
        }

        var chosen = Prototype(Lower(cp));
        if (!Ascii.IsValid(chosen))
        {
            foreach (var variant in (ReadOnlySpan<int>)[cp, Rune.ToUpperInvariant(new Rune(cp)).Value])
            {
                var candidate = Prototype(variant);
                if (Ascii.IsValid(candidate))
                {
                    chosen = candidate;
                    break;
                }
            }
        }

        foreach (var inner in EnumerateScalars(chosen))
        {
            output.Add(Space(Lower(inner)));
        }
    }

    private string Prototype(int cp) => _confusables.TryGetValue(cp, out var prototype) ? prototype : char.ConvertFromUtf32(cp);

    private static int Lower(int cp) => Rune.ToLowerInvariant(new Rune(cp)).Value;

    private static int Space(int cp) => CharUnicodeInfo.GetUnicodeCategory(cp) switch
    {
        UnicodeCategory.SpaceSeparator => ' ',
        UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => '\n',
        _ => cp,
    };

    /// <summary>
    /// Composes each combining mark with the nearest preceding starter when Unicode defines a composite, repeating
    /// until nothing changes. Simpler than the full canonical composition algorithm (no reordering by combining class),
    /// and a fixed point, which is what keeps the canonical view idempotent.
    /// </summary>
    private void Compose(List<int> runes)
    {
        bool changed;
        do
        {
            changed = false;
            var starter = -1;
            for (var i = 0; i < runes.Count; i++)
            {
                var cp = runes[i];
                if (!IsMark(cp))
                {
                    starter = i;
                    continue;
                }

                if (starter >= 0 && _compositions.TryGetValue(((long)runes[starter] << 21) | (uint)cp, out var composite))
                {
                    runes[starter] = composite;
                    runes.RemoveAt(i);
                    i--;
                    changed = true;
                }
            }
        }
        while (changed);
    }

    private static IEnumerable<int> EnumerateScalars(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                yield return char.ConvertToUtf32(c, text[i + 1]);
                i++;
            }
            else
            {
                yield return char.IsSurrogate(c) ? 0xFFFD : c;
            }
        }
    }

    private static CharacterFolding Load()
    {
        var nfkc = new Dictionary<int, string>();
        foreach (var fields in ReadResource("nfkc.tsv"))
        {
            nfkc[ParseCodePoint(fields[0])] = ParseCodePoints(fields[1]);
        }

        var confusables = new Dictionary<int, string>();
        foreach (var fields in ReadResource("confusables.tsv"))
        {
            confusables[ParseCodePoint(fields[0])] = ParseCodePoints(fields[1]);
        }

        var compositions = new Dictionary<long, int>();
        foreach (var fields in ReadResource("compose.tsv"))
        {
            compositions[((long)ParseCodePoint(fields[0]) << 21) | (uint)ParseCodePoint(fields[1])] = ParseCodePoint(fields[2]);
        }

        return new CharacterFolding(nfkc.ToFrozenDictionary(), confusables.ToFrozenDictionary(), compositions.ToFrozenDictionary());
    }

    private static IEnumerable<string[]> ReadResource(string name)
    {
        var assembly = typeof(CharacterFolding).Assembly;
        using var stream = assembly.GetManifestResourceStream("Bulwark.Detection.Text.Normalisation." + name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                yield return line.Split('\t');
            }
        }
    }

    private static int ParseCodePoint(string hex) => int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private static string ParseCodePoints(string hexList)
    {
        var builder = new StringBuilder();
        foreach (var hex in hexList.Split(' '))
        {
            builder.Append(char.ConvertFromUtf32(ParseCodePoint(hex)));
        }

        return builder.ToString();
    }
}
