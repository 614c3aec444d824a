using Bulwark.Detection.Banks;
using Bulwark.Detection.Hashing;
using Bulwark.Detection.Hashing.Exact;
using Bulwark.Detection.Hashing.Pdq;
using Bulwark.Detection.Signals;

namespace Bulwark.Detection.Matching;

/// <summary>
/// Answers "is this a known image?" against a set of banks: PDQ through an exact Hamming-radius index, MD5
/// and SHA-256 through exact lookups. Banks change while the matcher runs; <see cref="Synchronize"/> applies
/// their change logs to the indexes incrementally (no rebuild), and a deletion takes effect at once because
/// every hit is checked against its bank before it is returned.
/// </summary>
/// <remarks>
/// Queries may run concurrently with each other and with <see cref="AddBank"/> and <see cref="Synchronize"/>.
/// Index ids combine the bank's ordinal (high bits) with the entry's id, so banks need not share an id sequence.
/// </remarks>
public sealed class HashMatcher : IDisposable
{
    private const int EntryIdBits = 40;
    private const long EntryIdMask = (1L << EntryIdBits) - 1;

    private readonly object _writeGate = new();
    private readonly PdqIndex _pdq;
    private readonly ExactIndex _md5 = new(ExactIndex.Md5Length);
    private readonly ExactIndex _sha256 = new(ExactIndex.Sha256Length);
    private volatile IndexedBank[] _banks = [];

    /// <param name="expectedPdqCount">How many PDQ hashes the banks will hold in all; sizes the index tables.</param>
    public HashMatcher(int expectedPdqCount = 0)
    {
        _pdq = new PdqIndex(expectedPdqCount);
    }

    /// <summary>The banks being matched against, in the order they were added.</summary>
    public IReadOnlyList<Bank> Banks => _banks.Select(indexed => indexed.Bank).ToList();

    /// <summary>Number of PDQ hashes in the index.</summary>
    public int PdqCount => _pdq.Count;

    /// <summary>Adds a bank and indexes its entries; later changes to it are picked up by <see cref="Synchronize"/>.</summary>
    /// <exception cref="ArgumentException">A bank with the same name was already added.</exception>
    public void AddBank(Bank bank)
    {
        ArgumentNullException.ThrowIfNull(bank);
        lock (_writeGate)
        {
            if (_banks.Any(indexed => string.Equals(indexed.Bank.Name, bank.Name, StringComparison.Ordinal)))
            {
                throw new ArgumentException($"A bank named '{bank.Name}' is already being matched against.", nameof(bank));
            }

            var ordinal = _banks.Length;
            if (ordinal > BankSet.MaxOrdinal)
            {
                throw new InvalidOperationException($"At most {BankSet.MaxOrdinal + 1} banks can be matched against at once.");
            }

            var indexed = new IndexedBank(bank, ordinal);
            var version = bank.Version;
            foreach (var entry in bank.Entries)
            {
                Index(indexed, entry);
            }

            indexed.SynchronizedVersion = version;
            _banks = [.. _banks, indexed];
            ApplyChanges(indexed);
        }
    }

    /// <summary>Applies every bank's changes since it was last synchronized. Returns how many changes were applied.</summary>
    public int Synchronize()
    {
        lock (_writeGate)
        {
            return _banks.Sum(ApplyChanges);
        }
    }

    /// <summary>
    /// Matches PDQ query hashes (typically all views of one image, canonical first). Each bank entry appears at
    /// most once, with the closest query hash that reached it; results are ordered by distance.
    /// </summary>
    /// <param name="queries">The hashes to look up.</param>
    /// <param name="maxDistance">Largest Hamming distance that counts as a match (31 is Meta's recommendation).</param>
    /// <param name="bankNames">Only match these banks; null for all.</param>
    public IReadOnlyList<HashMatch> MatchPdq(IReadOnlyList<PdqQueryHash> queries, int maxDistance = PdqIndex.DefaultMaxDistance, IReadOnlyCollection<string>? bankNames = null)
    {
        ArgumentNullException.ThrowIfNull(queries);
        var banks = _banks;
        var filter = Filter(banks, bankNames);
        var best = new Dictionary<long, (PdqMatch Match, PdqQueryHash Query)>();
        var hits = new List<PdqMatch>();
        foreach (var query in queries)
        {
            hits.Clear();
            _pdq.Query(query.Hash, maxDistance, hits, filter);
            foreach (var hit in hits)
            {
                if (!best.TryGetValue(hit.Id, out var current) || hit.Distance < current.Match.Distance)
                {
                    best[hit.Id] = (hit, query);
                }
            }
        }

        var matches = new List<HashMatch>(best.Count);
        foreach (var (match, query) in best.Values)
        {
            if (Resolve(banks, match.Id) is { } found)
            {
                matches.Add(new HashMatch(found.Bank.Name, found.Entry.Id, SignalType.Pdq, query.Hash.ToString(), match.Hash.ToString(), match.Distance, found.Entry.Label, query.Describe()));
            }
        }

        return Order(matches);
    }

    /// <summary>Looks up exact digests of a file's bytes.</summary>
    public IReadOnlyList<HashMatch> MatchExact(ExactDigests digests, IReadOnlyCollection<string>? bankNames = null)
    {
        ArgumentNullException.ThrowIfNull(digests);
        var banks = _banks;
        var filter = Filter(banks, bankNames);
        var matches = new List<HashMatch>();
        Lookup(_md5, SignalType.Md5, digests.Md5);
        Lookup(_sha256, SignalType.Sha256, digests.Sha256);
        return Order(matches);

        void Lookup(ExactIndex index, SignalType type, string? hex)
        {
            if (hex is null)
            {
                return;
            }

            foreach (var hit in index.Lookup(Convert.FromHexString(hex), filter))
            {
                if (Resolve(banks, hit.Id) is { } found)
                {
                    matches.Add(new HashMatch(found.Bank.Name, found.Entry.Id, type, hex, found.Entry.Signal.Value, 0, found.Entry.Label, null));
                }
            }
        }
    }

    public void Dispose() => _pdq.Dispose();

    private int ApplyChanges(IndexedBank indexed)
    {
        var changes = indexed.Bank.ChangesSince(indexed.SynchronizedVersion);
        foreach (var change in changes)
        {
            switch (change.Kind)
            {
                case BankChangeKind.Added:
                    Index(indexed, change.Entry);
                    break;
                case BankChangeKind.Deleted:
                    Unindex(indexed, change.Entry);
                    break;
                default:
                    // Labels and metadata are read from the bank at match time; the signal itself never changes.
                    break;
            }

            indexed.SynchronizedVersion = change.Version;
        }

        return changes.Count;
    }

    private void Index(IndexedBank indexed, BankEntry entry)
    {
        var id = IndexId(indexed.Ordinal, entry.Id);
        var signal = entry.Signal;
        if (signal.Type == SignalType.Pdq)
        {
            var hash = PdqHash.Parse(signal.Value);
            if (!_pdq.Contains(id, hash))
            {
                _pdq.Add(id, hash, indexed.Ordinal);
            }
        }
        else
        {
            var index = signal.Type == SignalType.Md5 ? _md5 : _sha256;
            index.Remove(id);
            index.Add(id, Convert.FromHexString(signal.Value), indexed.Ordinal);
        }
    }

    private void Unindex(IndexedBank indexed, BankEntry entry)
    {
        var id = IndexId(indexed.Ordinal, entry.Id);
        var signal = entry.Signal;
        if (signal.Type == SignalType.Pdq)
        {
            // The entry's signal never changes, so the hash it was indexed under is the one it carries now.
            _pdq.Remove(id, PdqHash.Parse(signal.Value));
        }
        else
        {
            (signal.Type == SignalType.Md5 ? _md5 : _sha256).Remove(id);
        }
    }

    private static long IndexId(int ordinal, long entryId)
    {
        if (entryId is < 0 or > EntryIdMask)
        {
            throw new InvalidOperationException($"Bank entry id {entryId} is outside the range the matcher can index (0 to {EntryIdMask}).");
        }

        return ((long)ordinal << EntryIdBits) | entryId;
    }

    private static (Bank Bank, BankEntry Entry)? Resolve(IndexedBank[] banks, long indexId)
    {
        var ordinal = (int)(indexId >> EntryIdBits);
        if (ordinal >= banks.Length)
        {
            return null;
        }

        var bank = banks[ordinal].Bank;
        return bank.TryGet(indexId & EntryIdMask, out var entry) ? (bank, entry) : null;
    }

    private static BankSet? Filter(IndexedBank[] banks, IReadOnlyCollection<string>? bankNames)
    {
        if (bankNames is null)
        {
            return null;
        }

        var unknown = bankNames.Where(name => !banks.Any(indexed => indexed.Bank.Name == name)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"No bank named {string.Join(", ", unknown.Select(name => $"'{name}'"))}.", nameof(bankNames));
        }

        return new BankSet(banks.Where(indexed => bankNames.Contains(indexed.Bank.Name)).Select(indexed => indexed.Ordinal));
    }

    private static List<HashMatch> Order(List<HashMatch> matches)
    {
        matches.Sort(static (a, b) =>
        {
            var byDistance = a.Distance.CompareTo(b.Distance);
            if (byDistance != 0)
            {
                return byDistance;
            }

            var byBank = string.CompareOrdinal(a.Bank, b.Bank);
            return byBank != 0 ? byBank : a.EntryId.CompareTo(b.EntryId);
        });
        return matches;
    }

    private sealed class IndexedBank(Bank bank, int ordinal)
    {
        public Bank Bank { get; } = bank;

        public int Ordinal { get; } = ordinal;

        public long SynchronizedVersion { get; set; }
    }
}
