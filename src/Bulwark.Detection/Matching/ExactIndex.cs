namespace Bulwark.Detection.Matching;

/// <summary>
/// An exact-match index over fixed-length digests (MD5, SHA-256): add, remove and look up entries by digest bytes.
/// Several entries may share a digest (the same file in several banks); ids are unique.
/// </summary>
/// <remarks>
/// Thread safety: every operation takes one short lock, so the index may be shared freely; lookups are a dictionary
/// probe, so contention costs little. Entries live in parallel arrays (id, bank, digest, next-with-same-digest)
/// whose slots are reused after removal.
/// </remarks>
public sealed class ExactIndex
{
    /// <summary>Length of an MD5 digest in bytes.</summary>
    public const int Md5Length = 16;

    /// <summary>Length of a SHA-256 digest in bytes.</summary>
    public const int Sha256Length = 32;

    private readonly Lock _gate = new();
    private readonly Dictionary<DigestKey, int> _firstByDigest = [];
    private readonly Dictionary<long, int> _slotById = [];
    private long[] _ids = [];
    private ushort[] _banks = [];
    private DigestKey[] _digests = [];
    private int[] _next = [];
    private int _highWater;
    private int _freeHead = -1;

    /// <summary>Creates an empty index for digests of <paramref name="digestLength"/> bytes.</summary>
    /// <param name="digestLength"><see cref="Md5Length"/> or <see cref="Sha256Length"/>.</param>
    public ExactIndex(int digestLength)
    {
        if (digestLength is not (Md5Length or Sha256Length))
        {
            throw new ArgumentOutOfRangeException(nameof(digestLength), digestLength, $"Digests are {Md5Length} (MD5) or {Sha256Length} (SHA-256) bytes.");
        }

        DigestLength = digestLength;
    }

    /// <summary>Length in bytes of every digest this index accepts.</summary>
    public int DigestLength { get; }

    /// <summary>Number of entries stored.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _slotById.Count;
            }
        }
    }

    /// <summary>Adds an entry; it is found by lookups as soon as this returns.</summary>
    /// <exception cref="ArgumentException"><paramref name="id"/> is already present, or the digest has the wrong length.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bankOrdinal"/> is outside 0..<see cref="BankSet.MaxOrdinal"/>.</exception>
    public void Add(long id, ReadOnlySpan<byte> digest, int bankOrdinal)
    {
        var key = KeyOf(digest);
        BankSet.ValidateOrdinal(bankOrdinal, nameof(bankOrdinal));
        lock (_gate)
        {
            if (_slotById.ContainsKey(id))
            {
                throw new ArgumentException($"An entry with id {id} is already in the index; remove it before adding it again.", nameof(id));
            }

            var slot = NewSlot();
            _ids[slot] = id;
            _banks[slot] = (ushort)bankOrdinal;
            _digests[slot] = key;
            _next[slot] = _firstByDigest.TryGetValue(key, out var first) ? first : -1;
            _firstByDigest[key] = slot;
            _slotById.Add(id, slot);
        }
    }

    /// <summary>Removes the entry with <paramref name="id"/>.</summary>
    /// <returns>Whether an entry was removed.</returns>
    public bool Remove(long id)
    {
        lock (_gate)
        {
            if (!_slotById.Remove(id, out var slot))
            {
                return false;
            }

            var key = _digests[slot];
            var first = _firstByDigest[key];
            if (first == slot)
            {
                if (_next[slot] < 0)
                {
                    _firstByDigest.Remove(key);
                }
                else
                {
                    _firstByDigest[key] = _next[slot];
                }
            }
            else
            {
                var previous = first;
                while (_next[previous] != slot)
                {
                    previous = _next[previous];
                }

                _next[previous] = _next[slot];
            }

            _digests[slot] = default;
            _next[slot] = _freeHead;
            _freeHead = slot;
            return true;
        }
    }

    /// <summary>Appends every entry whose digest equals <paramref name="digest"/> to <paramref name="results"/>.</summary>
    /// <param name="digest">The digest to look up; must be <see cref="DigestLength"/> bytes.</param>
    /// <param name="results">Receives the matches; existing items are kept.</param>
    /// <param name="banks">When given, only entries whose bank is in the set are reported.</param>
    /// <returns>Number of matches appended.</returns>
    public int Lookup(ReadOnlySpan<byte> digest, ICollection<ExactMatch> results, BankSet? banks = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        var key = KeyOf(digest);
        var found = 0;
        lock (_gate)
        {
            if (!_firstByDigest.TryGetValue(key, out var slot))
            {
                return 0;
            }

            for (; slot >= 0; slot = _next[slot])
            {
                if (banks is null || banks.Contains(_banks[slot]))
                {
                    results.Add(new ExactMatch(_ids[slot], _banks[slot]));
                    found++;
                }
            }
        }

        return found;
    }

    /// <summary>Returns every entry whose digest equals <paramref name="digest"/>.</summary>
    public ExactMatch[] Lookup(ReadOnlySpan<byte> digest, BankSet? banks = null)
    {
        var results = new List<ExactMatch>();
        Lookup(digest, results, banks);
        return [.. results];
    }

    private DigestKey KeyOf(ReadOnlySpan<byte> digest)
    {
        if (digest.Length != DigestLength)
        {
            throw new ArgumentException($"This index holds {DigestLength}-byte digests; got {digest.Length} bytes.", nameof(digest));
        }

        return DigestKey.From(digest);
    }

    private int NewSlot()
    {
        if (_freeHead >= 0)
        {
            var reused = _freeHead;
            _freeHead = _next[reused];
            return reused;
        }

        if (_highWater == _ids.Length)
        {
            var capacity = Math.Max(16, _ids.Length * 2);
            Array.Resize(ref _ids, capacity);
            Array.Resize(ref _banks, capacity);
            Array.Resize(ref _digests, capacity);
            Array.Resize(ref _next, capacity);
        }

        return _highWater++;
    }
}
