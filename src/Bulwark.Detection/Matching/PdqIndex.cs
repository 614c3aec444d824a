using System.Numerics;
using System.Runtime.Intrinsics.X86;
using Bulwark.Detection.Hashing;

namespace Bulwark.Detection.Matching;

/// <summary>
/// An exact Hamming-radius index over PDQ hashes: <see cref="Query(PdqHash, int, ICollection{PdqMatch}, BankSet?)"/>
/// returns every stored entry within the radius (the same set a brute-force scan returns), and entries can be
/// added and removed one at a time without rebuilding anything.
/// </summary>
/// <remarks>
/// <para>
/// Search is multi-index hashing (Norouzi, Punjani and Fleet): the 256 bits are cut into m segments, each with a
/// direct-addressed table of bucket chains; a hash within radius r of the query lies within a per-segment radius
/// of it in at least one segment, so probing those neighbourhoods and verifying candidates with a full popcount
/// finds all matches. Radii whose probes would cost more than reading everything fall back to a linear scan.
/// Segment width follows the expected size given to the constructor; an index that outgrows it stays exact but
/// its buckets get longer.
/// </para>
/// <para>
/// Thread safety: any number of queries may run concurrently; <see cref="Add"/>, <see cref="Remove"/> and
/// <see cref="Save"/> take a reader-writer lock, so a write waits for running queries and queries wait for a write.
/// A query never sees a half-applied write.
/// </para>
/// <para>
/// Memory: about 32 bytes (hash) + 8 (id) + 2 (bank) + 3.5·m (28-bit bucket links) bytes an entry, plus
/// 4·2^width bytes a segment for bucket heads: ~976 MB at ten million entries (m = 12). Storage grows in chunks,
/// and removed slots are reused by later adds. The tables are native memory (2 MB aligned, advised for transparent
/// huge pages on Linux), so they do not show in managed-heap statistics; <see cref="Dispose"/> frees them
/// (finalization does if it is never called). At most 268,435,455 entries (28-bit links).
/// </para>
/// </remarks>
public sealed unsafe class PdqIndex : IDisposable
{
    /// <summary>The PDQ match threshold Meta recommends and the default radius here.</summary>
    public const int DefaultMaxDistance = 31;

    // Cost units of the query planner: one bucket probe or candidate visit is a likely cache miss, while
    // a linear scan streams hashes at a small fraction of that per entry (measured in MatcherHarness).
    private const double LinearScanCostPerEntry = 1.0 / 8;
    private const double CandidateCost = 2;

    // Bucket heads gathered before their chains are walked; large enough to keep many misses in flight,
    // small enough for the stack.
    private const int ProbeBatch = 256;

    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly PdqSegmentLayout _layout;
    private readonly HugePageBlock[] _heads;
    private readonly PackedLinks _next;
    private readonly ChunkedArray<PdqHash> _hashes = new();
    private readonly ChunkedArray<long> _ids = new();
    private readonly ChunkedArray<ushort> _banks = new();
    private int[] _freeSlots = [];
    private int _freeCount;
    private int _highWater;
    private int _count;
    private bool _disposed;

    /// <summary>Creates an empty index.</summary>
    /// <param name="expectedCount">
    /// How many entries the index is expected to hold; it sizes the segment tables (about 4 MB up to 64K entries,
    /// ~130 MB at ten million). Any number of entries may be added regardless.
    /// </param>
    public PdqIndex(int expectedCount = 0)
        : this(expectedCount, PdqSegmentLayout.SegmentCountFor(expectedCount))
    {
    }

    internal PdqIndex(int expectedCount, int segmentCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(expectedCount);
        _layout = new PdqSegmentLayout(segmentCount);
        _heads = new HugePageBlock[segmentCount];
        for (var j = 0; j < segmentCount; j++)
        {
            _heads[j] = new HugePageBlock((1L << _layout.Width(j)) * sizeof(int));
        }

        _next = new PackedLinks(segmentCount);
    }

    /// <summary>Number of entries stored.</summary>
    public int Count
    {
        get
        {
            _lock.EnterReadLock();
            try
            {
                return _count;
            }
            finally
            {
                _lock.ExitReadLock();
            }
        }
    }

    internal int SegmentCount => _layout.Count;

    /// <summary>Slots ever handed out; stays put while removals are balanced by adds, which is how slot reuse shows.</summary>
    internal int SlotHighWater => _highWater;

    /// <summary>Bytes held by the index's arrays (not counting free space inside the managed heap).</summary>
    internal long AllocatedBytes
    {
        get
        {
            long heads = 0;
            foreach (var table in _heads)
            {
                heads += table.Bytes;
            }

            return heads + _next.AllocatedBytes + _hashes.AllocatedBytes + _ids.AllocatedBytes + _banks.AllocatedBytes
                + ((long)_freeSlots.Length * sizeof(int));
        }
    }

    /// <summary>Adds an entry; it is matchable as soon as this returns.</summary>
    /// <param name="id">The caller's id for the entry. An entry is identified by its id and hash together.</param>
    /// <param name="hash">The stored hash.</param>
    /// <param name="bankOrdinal">The bank the entry belongs to, 0..<see cref="BankSet.MaxOrdinal"/>.</param>
    /// <exception cref="ArgumentException">An entry with this id and hash is already in the index (remove it first to replace it).</exception>
    /// <exception cref="InvalidOperationException">The index already holds its maximum of 268,435,455 entries.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bankOrdinal"/> is out of range.</exception>
    public void Add(long id, PdqHash hash, int bankOrdinal)
    {
        BankSet.ValidateOrdinal(bankOrdinal, nameof(bankOrdinal));
        _lock.EnterWriteLock();
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            Span<ulong> limbs = stackalloc ulong[4];
            PdqSegmentLayout.ToLimbs(hash, limbs);
            if (FindSlot(id, hash, limbs) >= 0)
            {
                throw new ArgumentException($"An entry with id {id} and hash {hash} is already in the index; remove it before adding it again.", nameof(id));
            }

            var slot = _freeCount > 0 ? _freeSlots[--_freeCount] : NewSlot();
            _hashes[slot] = hash;
            _ids[slot] = id;
            _banks[slot] = (ushort)(bankOrdinal + 1);
            for (var j = 0; j < _layout.Count; j++)
            {
                ref var head = ref Heads(j)[_layout.Extract(limbs, j)];
                _next.Set(slot, j, head);
                head = slot + 1;
            }

            _count++;
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>Removes the entry added with <paramref name="id"/> and <paramref name="hash"/>; its space is reused by later adds.</summary>
    /// <remarks>
    /// The hash is required because the index keeps no id-to-entry map (about 6 bytes an entry): it finds the
    /// entry in the hash's own bucket chain instead. Callers that remove entries know their hashes anyway.
    /// </remarks>
    /// <returns>Whether an entry was removed.</returns>
    public bool Remove(long id, PdqHash hash)
    {
        _lock.EnterWriteLock();
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            Span<ulong> limbs = stackalloc ulong[4];
            PdqSegmentLayout.ToLimbs(hash, limbs);
            var slot = FindSlot(id, hash, limbs);
            if (slot < 0)
            {
                return false;
            }

            for (var j = 0; j < _layout.Count; j++)
            {
                // Chains are singly linked to halve their memory; buckets are short, so finding the predecessor is cheap.
                ref var head = ref Heads(j)[_layout.Extract(limbs, j)];
                if (head == slot + 1)
                {
                    head = _next.Get(slot, j);
                }
                else
                {
                    var previous = head - 1;
                    while (_next.Get(previous, j) != slot + 1)
                    {
                        previous = _next.Get(previous, j) - 1;
                    }

                    _next.Set(previous, j, _next.Get(slot, j));
                }

                _next.Set(slot, j, 0);
            }

            _banks[slot] = 0;
            _hashes[slot] = default;
            if (_freeCount == _freeSlots.Length)
            {
                Array.Resize(ref _freeSlots, Math.Max(16, _freeSlots.Length * 2));
            }

            _freeSlots[_freeCount++] = slot;
            _count--;
            return true;
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>Whether an entry was added with <paramref name="id"/> and <paramref name="hash"/> and not removed since.</summary>
    public bool Contains(long id, PdqHash hash)
    {
        _lock.EnterReadLock();
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            Span<ulong> limbs = stackalloc ulong[4];
            PdqSegmentLayout.ToLimbs(hash, limbs);
            return FindSlot(id, hash, limbs) >= 0;
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>
    /// Appends every entry within <paramref name="maxDistance"/> of <paramref name="query"/> to <paramref name="results"/>,
    /// in no particular order. Reusing one results collection across queries makes querying allocation-free.
    /// </summary>
    /// <param name="query">The hash to search around.</param>
    /// <param name="maxDistance">Largest Hamming distance to report, 0..256 (inclusive); PDQ's usual threshold is <see cref="DefaultMaxDistance"/>.</param>
    /// <param name="results">Receives the matches; existing items are kept.</param>
    /// <param name="banks">When given, only entries whose bank is in the set are reported.</param>
    /// <returns>Number of matches appended.</returns>
    public int Query(PdqHash query, int maxDistance, ICollection<PdqMatch> results, BankSet? banks = null) =>
        Query(query, maxDistance, results, banks, QueryPlan.Automatic);

    /// <summary>Returns every entry within <paramref name="maxDistance"/> of <paramref name="query"/>, nearest first.</summary>
    /// <param name="query">The hash to search around.</param>
    /// <param name="maxDistance">Largest Hamming distance to report, 0..256 (inclusive).</param>
    /// <param name="banks">When given, only entries whose bank is in the set are reported.</param>
    public PdqMatch[] Query(PdqHash query, int maxDistance = DefaultMaxDistance, BankSet? banks = null)
    {
        var results = new List<PdqMatch>();
        Query(query, maxDistance, results, banks);
        results.Sort(static (x, y) => x.Distance != y.Distance ? x.Distance.CompareTo(y.Distance) : x.Id.CompareTo(y.Id));
        return [.. results];
    }

    internal int Query(PdqHash query, int maxDistance, ICollection<PdqMatch> results, BankSet? banks, QueryPlan plan)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxDistance);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxDistance, PdqHash.BitCount);
        ArgumentNullException.ThrowIfNull(results);
        Span<int> radii = stackalloc int[_layout.Count];
        _lock.EnterReadLock();
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _layout.Radii(maxDistance, radii);
            var linear = plan switch
            {
                QueryPlan.LinearScan => true,
                QueryPlan.MultiIndex => false,
                _ => MultiIndexCost(radii) > _highWater * LinearScanCostPerEntry,
            };
            return linear
                ? LinearScan(query, maxDistance, results, banks)
                : MultiIndexSearch(query, maxDistance, radii, results, banks);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>
    /// Writes a versioned, checksummed snapshot of the entries. The segment tables are not written: they are
    /// rebuilt on load, so snapshots stay valid when the table layout changes.
    /// </summary>
    public void Save(Stream destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        _lock.EnterReadLock();
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var writer = new PdqIndexSnapshotWriter(destination, _count);
            for (var slot = 0; slot < _highWater; slot++)
            {
                var bank = _banks[slot];
                if (bank != 0)
                {
                    writer.Write(_ids[slot], bank - 1, _hashes[slot]);
                }
            }

            writer.Finish();
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>Reads a snapshot written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a snapshot, has an unsupported version, is truncated or fails its checksum.</exception>
    public static PdqIndex Load(Stream source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var reader = new PdqIndexSnapshotReader(source);
        // A count from a non-seekable stream is unverified until the checksum, so it only sizes tables up to a bound.
        var index = new PdqIndex(Math.Min(reader.Count, 1 << 24));
        try
        {
            for (var i = 0; i < reader.Count; i++)
            {
                var (id, bank, hash) = reader.Read();
                if (index.Contains(id, hash))
                {
                    throw new InvalidDataException($"The snapshot holds id {id} with hash {hash} twice.");
                }

                index.Add(id, hash, bank);
            }

            reader.VerifyEnd();
            return index;
        }
        catch
        {
            index.Dispose();
            throw;
        }
    }

    /// <summary>Frees the index's native tables and its lock, after waiting for running queries; the index must not be used afterwards.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        // Under the write lock so no running query reads the native tables while they are freed.
        _lock.EnterWriteLock();
        try
        {
            _disposed = true;
            foreach (var table in _heads)
            {
                table.Dispose();
            }

            _next.Dispose();
            _hashes.Dispose();
            _ids.Dispose();
            _banks.Dispose();
        }
        finally
        {
            _lock.ExitWriteLock();
        }

        _lock.Dispose();
    }

    private int* Heads(int segment) => (int*)_heads[segment].Pointer;

    /// <summary>
    /// Finds the slot of an entry by walking its bucket chain in segment 0, the widest and so the shortest
    /// chains; -1 when absent. Caller holds a lock.
    /// </summary>
    private int FindSlot(long id, in PdqHash hash, ReadOnlySpan<ulong> limbs)
    {
        for (var link = Heads(0)[_layout.Extract(limbs, 0)]; link != 0; link = _next.Get(link - 1, 0))
        {
            var slot = link - 1;
            if (_ids[slot] == id && _hashes[slot].Equals(hash))
            {
                return slot;
            }
        }

        return -1;
    }

    private int NewSlot()
    {
        if (_highWater == PackedLinks.MaxSlots)
        {
            throw new InvalidOperationException($"The index is full: it holds at most {PackedLinks.MaxSlots} entries.");
        }

        var slot = _highWater++;
        _hashes.EnsureSlot(slot);
        _ids.EnsureSlot(slot);
        _banks.EnsureSlot(slot);
        _next.EnsureSlot(slot);
        return slot;
    }

    private double MultiIndexCost(ReadOnlySpan<int> radii)
    {
        double cost = 0;
        for (var j = 0; j < radii.Length; j++)
        {
            if (radii[j] >= 0)
            {
                var width = _layout.Width(j);
                var ball = PdqSegmentLayout.BallVolume(width, radii[j]);
                cost += ball + (CandidateCost * _count * ball / (1L << width));
            }
        }

        return cost;
    }

    private int LinearScan(PdqHash query, int maxDistance, ICollection<PdqMatch> results, BankSet? banks)
    {
        var found = 0;
        for (var slot = 0; slot < _highWater; slot++)
        {
            var distance = _hashes[slot].DistanceTo(query);
            if (distance <= maxDistance)
            {
                var bank = _banks[slot] - 1;
                if (bank >= 0 && (banks is null || banks.Contains(bank)))
                {
                    results.Add(new PdqMatch(_ids[slot], _hashes[slot], distance, bank));
                    found++;
                }
            }
        }

        return found;
    }

    private int MultiIndexSearch(PdqHash query, int maxDistance, ReadOnlySpan<int> radii, ICollection<PdqMatch> results, BankSet? banks)
    {
        var segments = _layout.Count;
        Span<ulong> queryLimbs = stackalloc ulong[4];
        PdqSegmentLayout.ToLimbs(query, queryLimbs);
        Span<uint> querySegments = stackalloc uint[segments];
        for (var j = 0; j < segments; j++)
        {
            querySegments[j] = _layout.Extract(queryLimbs, j);
        }

        var search = new PdqSearch(query, maxDistance, querySegments, radii, results, banks);
        Span<int> frontier = stackalloc int[ProbeBatch];
        for (var j = 0; j < segments; j++)
        {
            var radius = radii[j];
            var heads = Heads(j);
            var width = _layout.Width(j);
            var key = querySegments[j];
            var pending = 0;
            for (var flips = 0; flips <= radius && flips <= width; flips++)
            {
                // Gosper's hack walks every width-bit mask with exactly `flips` bits set.
                var limit = 1UL << width;
                var mask = (1UL << flips) - 1;
                while (mask < limit)
                {
                    // Branch-free gather: whether a bucket is empty is not known until its load lands, so
                    // branching on it would stall every probe on memory; appending unconditionally lets
                    // the loads of a whole batch be in flight together.
                    var link = heads[key ^ (uint)mask];
                    frontier[pending] = link;
                    pending += (int)((uint)-link >> 31);
                    if (pending == ProbeBatch)
                    {
                        WalkChains(ref search, j, frontier);
                        pending = 0;
                    }

                    if (mask == 0)
                    {
                        break;
                    }

                    // Dividing by the lowest set bit is a shift by its index; a 64-bit divide here would sit
                    // on the critical path of every probe.
                    var lowest = BitOperations.TrailingZeroCount(mask);
                    var ripple = mask + (1UL << lowest);
                    mask = (((ripple ^ mask) >> 2) >> lowest) | ripple;
                }
            }

            WalkChains(ref search, j, frontier[..pending]);
        }

        return search.Found;
    }

    /// <summary>
    /// Walks a batch of bucket chains breadth-first, one link of every chain per pass, so the cache misses of
    /// different chains overlap instead of each chain's pointer chase running alone.
    /// </summary>
    private void WalkChains(ref PdqSearch search, int segment, Span<int> frontier)
    {
        var live = frontier.Length;
        while (live > 0)
        {
            if (Sse.IsSupported)
            {
                // Issue every miss of this pass before using any: the out-of-order window alone holds only a
                // handful of iterations, so without this most of the pass waits on one miss at a time.
                for (var i = 0; i < live; i++)
                {
                    var slot = frontier[i] - 1;
                    Sse.Prefetch0(_hashes.Address(slot, 0));
                    Sse.Prefetch0(_next.Address(slot, segment));
                }
            }

            var kept = 0;
            for (var i = 0; i < live; i++)
            {
                var slot = frontier[i] - 1;
                ref readonly var stored = ref _hashes[slot];
                var distance = stored.DistanceTo(search.Query);
                if (distance <= search.MaxDistance)
                {
                    Report(ref search, slot, stored, distance, segment);
                }

                var next = _next.Get(slot, segment);
                frontier[kept] = next;
                kept += (int)((uint)-next >> 31);
            }

            live = kept;
        }
    }

    private void Report(ref PdqSearch search, int slot, in PdqHash stored, int distance, int segment)
    {
        if (!IsFirstSegmentToFind(stored, segment, search.QuerySegments, search.Radii))
        {
            return;
        }

        var bank = _banks[slot] - 1;
        if (search.Banks is null || search.Banks.Contains(bank))
        {
            search.Results.Add(new PdqMatch(_ids[slot], stored, distance, bank));
            search.Found++;
        }
    }

    /// <summary>
    /// A match lies in the probed neighbourhood of every segment where it is within that segment's radius;
    /// reporting it only from the first such segment removes duplicates without a visited set.
    /// </summary>
    private bool IsFirstSegmentToFind(in PdqHash stored, int segment, ReadOnlySpan<uint> querySegments, ReadOnlySpan<int> radii)
    {
        if (segment == 0)
        {
            return true;
        }

        Span<ulong> limbs = stackalloc ulong[4];
        PdqSegmentLayout.ToLimbs(stored, limbs);
        for (var i = 0; i < segment; i++)
        {
            if (BitOperations.PopCount(_layout.Extract(limbs, i) ^ querySegments[i]) <= radii[i])
            {
                return false;
            }
        }

        return true;
    }
}
