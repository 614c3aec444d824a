using System.Collections.Immutable;
using Bulwark.Detection.Signals;

namespace Bulwark.Detection.Banks;

/// <summary>
/// One signal in a <see cref="Bank"/>, immutable: an update produces a new instance with the same
/// <see cref="Id"/>, <see cref="Signal"/> and <see cref="AddedAt"/>.
/// </summary>
public sealed class BankEntry
{
    internal BankEntry(
        long id,
        Signal signal,
        string? label,
        ImmutableSortedDictionary<string, string> metadata,
        string? source,
        DateTimeOffset addedAt,
        DateTimeOffset updatedAt)
    {
        Id = id;
        Signal = signal;
        Label = label;
        SortedMetadata = metadata;
        Source = source;
        AddedAt = addedAt;
        UpdatedAt = updatedAt;
    }

    /// <summary>Stable id, assigned when the signal was first added; never reused by the bank's id sequence. Indexes refer to entries by it.</summary>
    public long Id { get; }

    /// <summary>The signal; unique within the bank.</summary>
    public Signal Signal { get; }

    /// <summary>Free-text label (for example a list's category), or null.</summary>
    public string? Label { get; }

    /// <summary>Extra key/value data, enumerated in ordinal key order; empty when there is none.</summary>
    public IReadOnlyDictionary<string, string> Metadata => SortedMetadata;

    /// <summary>Which list or import the entry last came from, or null.</summary>
    public string? Source { get; }

    /// <summary>When the signal was first added.</summary>
    public DateTimeOffset AddedAt { get; }

    /// <summary>When the entry last changed (equal to <see cref="AddedAt"/> until it is updated).</summary>
    public DateTimeOffset UpdatedAt { get; }

    internal ImmutableSortedDictionary<string, string> SortedMetadata { get; }

    internal bool HasSameContent(string? label, ImmutableSortedDictionary<string, string> metadata, string? source) =>
        string.Equals(Label, label, StringComparison.Ordinal)
        && string.Equals(Source, source, StringComparison.Ordinal)
        && SortedMetadata.Count == metadata.Count
        && SortedMetadata.All(pair => metadata.TryGetValue(pair.Key, out var value) && string.Equals(value, pair.Value, StringComparison.Ordinal));

    internal BankEntry With(string? label, ImmutableSortedDictionary<string, string> metadata, string? source, DateTimeOffset updatedAt) =>
        new(Id, Signal, label, metadata, source, AddedAt, updatedAt);
}
