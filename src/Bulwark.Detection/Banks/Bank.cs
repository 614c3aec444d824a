using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Bulwark.Detection.Signals;

namespace Bulwark.Detection.Banks;

/// <summary>
/// A named, versioned, in-memory set of signals. Each signal appears at most once; adding it again updates its
/// label, metadata and source. Every change bumps <see cref="Version"/> by one and is kept in a change log, so a
/// matcher that has applied changes up to version <c>v</c> catches up with <see cref="ChangesSince"/>.
/// </summary>
/// <remarks>
/// Thread-safe: writes are serialised and every read sees one consistent version. Enumeration order is by entry id,
/// and with the same id sequence, clock and calls a bank ends in the same state, so imports are reproducible.
/// The change log is kept in full for the bank's lifetime (one record per change).
/// </remarks>
public sealed class Bank
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Signal, BankEntry> _bySignal = [];
    private readonly SortedDictionary<long, BankEntry> _byId = [];
    private readonly List<BankChange> _changes = [];
    private readonly BankEntryIdSequence _ids;
    private readonly TimeProvider _time;

    /// <summary>Creates an empty bank at version 0.</summary>
    /// <param name="name">The bank's name; surrounding whitespace is removed and it must not be empty.</param>
    /// <param name="ids">Where entry ids come from; a private sequence starting at 1 when null.</param>
    /// <param name="time">The clock for <see cref="BankEntry.AddedAt"/> and change times; the system clock when null.</param>
    public Bank(string name, BankEntryIdSequence? ids = null, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
        _ids = ids ?? new BankEntryIdSequence();
        _time = time ?? TimeProvider.System;
    }

    /// <summary>The bank's name.</summary>
    public string Name { get; }

    /// <summary>The number of changes made so far; 0 for a new bank.</summary>
    public long Version
    {
        get
        {
            lock (_gate)
            {
                return _changes.Count;
            }
        }
    }

    /// <summary>The number of entries.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _bySignal.Count;
            }
        }
    }

    /// <summary>A snapshot of all entries in id order.</summary>
    public IReadOnlyList<BankEntry> Entries
    {
        get
        {
            lock (_gate)
            {
                return [.. _byId.Values];
            }
        }
    }

    /// <summary>
    /// Adds <paramref name="signal"/>, or replaces the label, metadata and source of its existing entry (keeping its id
    /// and <see cref="BankEntry.AddedAt"/>). An empty or whitespace label is stored as null; metadata is copied.
    /// Writing identical data again changes nothing and does not bump the version.
    /// </summary>
    public BankWriteOutcome Upsert(Signal signal, string? label = null, IReadOnlyDictionary<string, string>? metadata = null, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(signal);
        label = string.IsNullOrWhiteSpace(label) ? null : label;
        source = string.IsNullOrWhiteSpace(source) ? null : source;
        var sortedMetadata = metadata is null or { Count: 0 }
            ? ImmutableSortedDictionary<string, string>.Empty
            : metadata.ToImmutableSortedDictionary(StringComparer.Ordinal);

        lock (_gate)
        {
            var now = _time.GetUtcNow();
            if (_bySignal.TryGetValue(signal, out var existing))
            {
                if (existing.HasSameContent(label, sortedMetadata, source))
                {
                    return BankWriteOutcome.Unchanged;
                }

                Record(BankChangeKind.Updated, existing.With(label, sortedMetadata, source, now), now);
                return BankWriteOutcome.Updated;
            }

            Record(BankChangeKind.Added, new BankEntry(_ids.Next(), signal, label, sortedMetadata, source, now, now), now);
            return BankWriteOutcome.Added;
        }
    }

    /// <summary>Removes the entry for <paramref name="signal"/>; returns false (and changes nothing) if there is none.</summary>
    public bool Delete(Signal signal)
    {
        ArgumentNullException.ThrowIfNull(signal);
        lock (_gate)
        {
            return _bySignal.TryGetValue(signal, out var entry) && Remove(entry);
        }
    }

    /// <summary>Removes the entry with id <paramref name="id"/>; returns false (and changes nothing) if there is none.</summary>
    public bool Delete(long id)
    {
        lock (_gate)
        {
            return _byId.TryGetValue(id, out var entry) && Remove(entry);
        }
    }

    /// <summary>Finds the entry for <paramref name="signal"/>.</summary>
    public bool TryGet(Signal signal, [NotNullWhen(true)] out BankEntry? entry)
    {
        ArgumentNullException.ThrowIfNull(signal);
        lock (_gate)
        {
            return _bySignal.TryGetValue(signal, out entry);
        }
    }

    /// <summary>Finds the entry with id <paramref name="id"/>.</summary>
    public bool TryGet(long id, [NotNullWhen(true)] out BankEntry? entry)
    {
        lock (_gate)
        {
            return _byId.TryGetValue(id, out entry);
        }
    }

    /// <summary>
    /// The changes after <paramref name="version"/>, oldest first: apply them in order to move a copy from
    /// <paramref name="version"/> to the returned list's last version. <c>ChangesSince(0)</c> replays the whole bank.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is negative or newer than <see cref="Version"/>.</exception>
    public IReadOnlyList<BankChange> ChangesSince(long version)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(version);
        lock (_gate)
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThan(version, _changes.Count);
            return _changes.GetRange((int)version, _changes.Count - (int)version);
        }
    }

    /// <summary>The version and entries (in id order) read together, so they describe the same state.</summary>
    internal (long Version, BankEntry[] Entries) Snapshot()
    {
        lock (_gate)
        {
            return (_changes.Count, [.. _byId.Values]);
        }
    }

    /// <summary>The bank's name, version and size.</summary>
    public override string ToString() => $"{Name} v{Version} ({Count} entries)";

    private bool Remove(BankEntry entry)
    {
        _bySignal.Remove(entry.Signal);
        _byId.Remove(entry.Id);
        var now = _time.GetUtcNow();
        _changes.Add(new BankChange(_changes.Count + 1, BankChangeKind.Deleted, entry, now));
        return true;
    }

    private void Record(BankChangeKind kind, BankEntry entry, DateTimeOffset now)
    {
        _bySignal[entry.Signal] = entry;
        _byId[entry.Id] = entry;
        _changes.Add(new BankChange(_changes.Count + 1, kind, entry, now));
    }
}
