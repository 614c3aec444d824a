using Bulwark.Detection.Hashing;
using Bulwark.Detection.Matching;
using FsCheck.Xunit;

namespace Bulwark.Detection.Tests.Matching;

public sealed class PdqIndexTests
{
    private static readonly int[] Thresholds = [0, 1, 15, 31, 32, 48, 64];

    [Theory]
    [InlineData(16)]
    [InlineData(12)]
    [InlineData(13)]
    [InlineData(20)]
    public void Query_returns_exactly_the_brute_force_result_for_random_banks(int segmentCount)
    {
        var random = new RandomHashes(segmentCount);
        var entries = random.Bank(3000);
        using var index = Build(entries, segmentCount);
        for (var q = 0; q < 40; q++)
        {
            var query = random.Query(entries);
            foreach (var threshold in Thresholds)
            {
                foreach (var plan in new[] { QueryPlan.Automatic, QueryPlan.MultiIndex, QueryPlan.LinearScan })
                {
                    if (plan == QueryPlan.MultiIndex && threshold > 48 && q % 8 != 0)
                    {
                        continue; // wide-radius probing is slow by design; a sample of queries covers it
                    }

                    AssertSameAsBruteForce(index, entries, query, threshold, plan, banks: null);
                }
            }
        }
    }

    [Property(MaxTest = 40)]
    public void Query_equals_brute_force_for_any_seeded_bank_and_threshold(int seed, byte threshold)
    {
        var random = new RandomHashes(seed);
        var entries = random.Bank(200 + random.Next(400), centres: 1 + random.Next(4));
        using var index = Build(entries, segmentCount: 16);
        var radius = threshold % 65;
        for (var q = 0; q < 5; q++)
        {
            AssertSameAsBruteForce(index, entries, random.Query(entries), radius, QueryPlan.MultiIndex, banks: null);
        }
    }

    [Fact]
    public void Query_with_the_radius_of_the_whole_hash_returns_every_entry()
    {
        var random = new RandomHashes(7);
        var entries = random.Bank(500);
        using var index = Build(entries, segmentCount: 16);

        Assert.Equal(entries.Count, index.Query(random.Uniform(), PdqHash.BitCount).Length);
    }

    [Fact]
    public void Added_hash_is_matchable_immediately()
    {
        using var index = new PdqIndex();
        var random = new RandomHashes(1);
        var hash = random.Uniform();
        index.Add(42, hash, bankOrdinal: 3);

        var match = Assert.Single(index.Query(random.Flip(hash, 31)));
        Assert.Equal(new PdqMatch(42, hash, 31, 3), match);
        Assert.Empty(index.Query(random.Flip(hash, 32)));
    }

    [Fact]
    public void Adding_an_entry_already_present_throws_and_keeps_the_original()
    {
        using var index = new PdqIndex();
        var random = new RandomHashes(2);
        var original = random.Uniform();
        index.Add(1, original, 0);

        Assert.Throws<ArgumentException>(() => index.Add(1, original, 5));
        Assert.Equal(1, index.Count);
        Assert.Equal(new PdqMatch(1, original, 0, 0), Assert.Single(index.Query(original, 0)));
    }

    [Fact]
    public void Entries_are_identified_by_id_and_hash_together()
    {
        using var index = new PdqIndex();
        var random = new RandomHashes(11);
        var first = random.Uniform();
        var second = random.Flip(first, 3);
        index.Add(1, first, 0);
        index.Add(1, second, 0);
        index.Add(2, first, 0);

        Assert.False(index.Remove(1, random.Flip(first, 1)));
        Assert.True(index.Remove(1, first));
        Assert.False(index.Contains(1, first));
        Assert.True(index.Contains(1, second));
        Assert.True(index.Contains(2, first));
        Assert.Equal([(2L, 0), (1L, 3)], index.Query(first, 31).Select(m => (m.Id, m.Distance)).ToArray());
    }

    [Fact]
    public void Removed_entry_is_no_longer_found_and_others_still_are()
    {
        var random = new RandomHashes(3);
        var centre = random.Uniform();
        using var index = new PdqIndex();
        for (var id = 0; id < 50; id++)
        {
            index.Add(id, random.Flip(centre, id % 5), 0);
        }

        var removed = centre; // id 10 was added with 10 % 5 = 0 bits flipped
        Assert.True(index.Contains(10, removed));
        Assert.True(index.Remove(10, removed));
        Assert.False(index.Remove(10, removed));
        Assert.False(index.Contains(10, removed));

        var ids = index.Query(centre, 31).Select(m => m.Id).ToHashSet();
        Assert.Equal(49, ids.Count);
        Assert.DoesNotContain(10L, ids);
    }

    [Fact]
    public void Remove_of_an_unknown_id_returns_false()
    {
        using var index = new PdqIndex();

        Assert.False(index.Remove(123, PdqHash.Zero));
    }

    [Fact]
    public void Removed_slots_are_reused_and_a_removed_id_can_be_added_again()
    {
        var random = new RandomHashes(4);
        var entries = random.Bank(1000);
        using var index = Build(entries, segmentCount: 16);
        var highWater = index.SlotHighWater;

        for (var round = 0; round < 3; round++)
        {
            foreach (var (id, hash, _) in entries)
            {
                Assert.True(index.Remove(id, hash));
            }

            entries = random.Bank(1000);
            foreach (var (id, hash, bank) in entries)
            {
                index.Add(id, hash, bank);
            }
        }

        Assert.Equal(highWater, index.SlotHighWater);
        Assert.Equal(entries.Count, index.Count);
        AssertSameAsBruteForce(index, entries, random.Query(entries), 31, QueryPlan.MultiIndex, banks: null);

        var (firstId, firstHash, _) = entries[0];
        index.Remove(firstId, firstHash);
        index.Add(firstId, firstHash, 9);
        Assert.Equal(9, index.Query(firstHash, 0).Single(m => m.Id == firstId).BankOrdinal);
    }

    [Fact]
    public void Query_after_interleaved_adds_and_removes_equals_brute_force()
    {
        var random = new RandomHashes(5);
        var live = new List<(long Id, PdqHash Hash, int Bank)>();
        using var index = new PdqIndex(1000, 12);
        var nextId = 0L;
        for (var step = 0; step < 4000; step++)
        {
            if (live.Count > 0 && random.Next(3) == 0)
            {
                var victim = random.Next(live.Count);
                Assert.True(index.Remove(live[victim].Id, live[victim].Hash));
                live[victim] = live[^1];
                live.RemoveAt(live.Count - 1);
            }
            else
            {
                var hash = live.Count > 0 && random.Next(2) == 0 ? random.Flip(live[random.Next(live.Count)].Hash, random.Next(20)) : random.Uniform();
                var entry = (nextId++, hash, random.Next(3));
                index.Add(entry.Item1, entry.hash, entry.Item3);
                live.Add(entry);
            }
        }

        for (var q = 0; q < 30; q++)
        {
            AssertSameAsBruteForce(index, live, random.Query(live), 31, QueryPlan.MultiIndex, banks: null);
        }
    }

    [Fact]
    public void Bank_filter_restricts_results_to_the_given_banks()
    {
        var random = new RandomHashes(6);
        var entries = random.Bank(2000, banks: 5);
        using var index = Build(entries, segmentCount: 16);
        var banks = BankSet.Of(1, 3);
        for (var q = 0; q < 30; q++)
        {
            var query = random.Query(entries);
            AssertSameAsBruteForce(index, entries, query, 31, QueryPlan.MultiIndex, banks);
            AssertSameAsBruteForce(index, entries, query, 31, QueryPlan.LinearScan, banks);
        }
    }

    [Fact]
    public void Bank_ordinal_out_of_range_is_rejected()
    {
        using var index = new PdqIndex();

        Assert.Throws<ArgumentOutOfRangeException>(() => index.Add(1, PdqHash.Zero, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => index.Add(1, PdqHash.Zero, BankSet.MaxOrdinal + 1));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(257)]
    public void Query_radius_outside_0_to_256_is_rejected(int maxDistance)
    {
        using var index = new PdqIndex();

        Assert.Throws<ArgumentOutOfRangeException>(() => index.Query(PdqHash.Zero, maxDistance));
    }

    [Fact]
    public async Task Queries_running_during_writes_always_find_entries_that_stay()
    {
        var random = new RandomHashes(8);
        var stable = random.Bank(500);
        using var index = Build(stable, segmentCount: 16);
        var churn = random.Bank(2000);
        var writer = Task.Run(() =>
        {
            for (var round = 0; round < 5; round++)
            {
                foreach (var (id, hash, bank) in churn)
                {
                    index.Add(id, hash, bank);
                }

                foreach (var (id, hash, _) in churn)
                {
                    index.Remove(id, hash);
                }
            }
        });

        var readers = Enumerable.Range(0, 2).Select(r => Task.Run(() =>
        {
            var results = new List<PdqMatch>();
            var checks = 0;
            while (!writer.IsCompleted || checks < 100)
            {
                var (id, hash, _) = stable[(checks * 31 + r) % stable.Count];
                results.Clear();
                index.Query(hash, 0, results);
                Assert.Contains(results, m => m.Id == id);
                checks++;
            }
        })).ToArray();

        await Task.WhenAll([writer, .. readers]);
        Assert.Equal(stable.Count, index.Count);
    }

    [Fact]
    public void Snapshot_round_trip_preserves_every_entry()
    {
        var random = new RandomHashes(9);
        var entries = random.Bank(3000);
        using var index = Build(entries, segmentCount: 16);
        index.Remove(entries[0].Id, entries[0].Hash);
        entries.RemoveAt(0);

        using var stream = new MemoryStream();
        index.Save(stream);
        stream.Position = 0;
        using var loaded = PdqIndex.Load(stream);

        Assert.Equal(entries.Count, loaded.Count);
        foreach (var (id, hash, bank) in entries)
        {
            Assert.Contains(new PdqMatch(id, hash, 0, bank), loaded.Query(hash, 0));
        }

        for (var q = 0; q < 20; q++)
        {
            AssertSameAsBruteForce(loaded, entries, random.Query(entries), 31, QueryPlan.Automatic, banks: null);
        }
    }

    [Fact]
    public void Snapshot_with_a_flipped_byte_is_rejected()
    {
        var bytes = SnapshotOf(100);
        bytes[24 + (48 * 50) + 20] ^= 0x10;

        var error = Assert.Throws<InvalidDataException>(() => PdqIndex.Load(new MemoryStream(bytes)));
        Assert.Contains("checksum", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_snapshot_is_rejected_whether_or_not_the_stream_can_seek()
    {
        var bytes = SnapshotOf(100)[..^30];

        Assert.Throws<InvalidDataException>(() => PdqIndex.Load(new MemoryStream(bytes)));
        var error = Assert.Throws<InvalidDataException>(() => PdqIndex.Load(new ForwardOnlyStream(bytes)));
        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Snapshot_with_foreign_magic_or_unknown_version_is_rejected()
    {
        var foreign = SnapshotOf(10);
        foreign[0] = (byte)'X';
        var future = SnapshotOf(10);
        future[8] = 2;

        Assert.Contains("magic", Assert.Throws<InvalidDataException>(() => PdqIndex.Load(new MemoryStream(foreign))).Message, StringComparison.Ordinal);
        Assert.Contains("version 2", Assert.Throws<InvalidDataException>(() => PdqIndex.Load(new MemoryStream(future))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Snapshot_of_an_empty_index_round_trips()
    {
        using var index = new PdqIndex();
        using var stream = new MemoryStream();
        index.Save(stream);
        stream.Position = 0;

        using var loaded = PdqIndex.Load(stream);
        Assert.Equal(0, loaded.Count);
    }

    private static byte[] SnapshotOf(int count)
    {
        var entries = new RandomHashes(count).Bank(count);
        using var index = Build(entries, segmentCount: 16);
        using var stream = new MemoryStream();
        index.Save(stream);
        return stream.ToArray();
    }

    private static PdqIndex Build(List<(long Id, PdqHash Hash, int Bank)> entries, int segmentCount)
    {
        var index = new PdqIndex(entries.Count, segmentCount);
        foreach (var (id, hash, bank) in entries)
        {
            index.Add(id, hash, bank);
        }

        return index;
    }

    private static void AssertSameAsBruteForce(
        PdqIndex index, List<(long Id, PdqHash Hash, int Bank)> entries, PdqHash query, int threshold, QueryPlan plan, BankSet? banks)
    {
        var expected = entries
            .Where(e => e.Hash.DistanceTo(query) <= threshold && (banks is null || banks.Contains(e.Bank)))
            .Select(e => new PdqMatch(e.Id, e.Hash, e.Hash.DistanceTo(query), e.Bank))
            .OrderBy(m => m.Id)
            .ToList();
        var actual = new List<PdqMatch>();
        var appended = index.Query(query, threshold, actual, banks, plan);

        Assert.Equal(actual.Count, appended);
        Assert.Equal(expected, actual.OrderBy(m => m.Id).ToList());
    }

    /// <summary>A stream that cannot seek, like a network stream, so the loader cannot check the length up front.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
