using Bulwark.Detection.Hashing;

namespace Bulwark.Detection.Tests.Matching;

/// <summary>Seeded random PDQ hashes: uniform ones, and clusters of near-duplicates around a few centres.</summary>
internal sealed class RandomHashes(int seed)
{
    private readonly Random _random = new(seed);

    public int Next(int maxExclusive) => _random.Next(maxExclusive);

    public PdqHash Uniform() =>
        new((ulong)_random.NextInt64(), (ulong)_random.NextInt64() ^ ((ulong)_random.Next() << 63),
            (ulong)_random.NextInt64() ^ ((ulong)_random.Next() << 62), (ulong)_random.NextInt64() ^ ((ulong)_random.Next() << 61));

    /// <summary>Flips <paramref name="bits"/> distinct random bits, so the result is exactly that far from <paramref name="hash"/>.</summary>
    public PdqHash Flip(PdqHash hash, int bits)
    {
        Span<bool> flipped = stackalloc bool[PdqHash.BitCount];
        for (var done = 0; done < bits;)
        {
            var bit = _random.Next(PdqHash.BitCount);
            if (!flipped[bit])
            {
                flipped[bit] = true;
                hash = hash.WithBitFlipped(bit);
                done++;
            }
        }

        return hash;
    }

    /// <summary>Half uniform hashes, half near-duplicates (0..40 bits away) of a few centres, including exact copies.</summary>
    public List<(long Id, PdqHash Hash, int Bank)> Bank(int count, int centres = 5, int banks = 4)
    {
        var centre = Enumerable.Range(0, centres).Select(_ => Uniform()).ToArray();
        var entries = new List<(long, PdqHash, int)>(count);
        for (var i = 0; i < count; i++)
        {
            var hash = i % 2 == 0 ? Uniform() : Flip(centre[_random.Next(centres)], _random.Next(41));
            entries.Add((_random.NextInt64(), hash, _random.Next(banks)));
        }

        return entries;
    }

    /// <summary>Queries near stored hashes (0..40 bits away) mixed with unrelated ones.</summary>
    public PdqHash Query(IReadOnlyList<(long Id, PdqHash Hash, int Bank)> entries) =>
        _random.Next(3) == 0 || entries.Count == 0 ? Uniform() : Flip(entries[_random.Next(entries.Count)].Hash, _random.Next(41));
}
