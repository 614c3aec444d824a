using Bulwark.Detection.Banks;
using Bulwark.Detection.Signals;

namespace Bulwark.Detection.Tests.Banks;

public sealed class BankTests
{
    private static readonly Signal First = Signal.Parse(SignalType.Md5, "00000000000000000000000000000001");
    private static readonly Signal Second = Signal.Parse(SignalType.Md5, "00000000000000000000000000000002");
    private static readonly Signal PdqOne = Signal.Parse(SignalType.Pdq, new string('1', 64));

    [Fact]
    public void Adding_a_signal_creates_an_entry_with_a_stable_id_and_bumps_the_version()
    {
        var bank = new Bank("made-up list", time: new SteppingClock());

        Assert.Equal(BankWriteOutcome.Added, bank.Upsert(First, "label", new Dictionary<string, string> { ["k"] = "v" }, "import-1"));
        Assert.Equal(BankWriteOutcome.Added, bank.Upsert(Second));

        Assert.Equal(2, bank.Version);
        Assert.True(bank.TryGet(First, out var entry));
        Assert.Equal(1, entry.Id);
        Assert.Equal("label", entry.Label);
        Assert.Equal("v", entry.Metadata["k"]);
        Assert.Equal("import-1", entry.Source);
        Assert.Equal(SteppingClock.Start, entry.AddedAt);
        Assert.True(bank.TryGet(2, out var byId));
        Assert.Equal(Second, byId.Signal);
    }

    [Fact]
    public void Upserting_an_existing_signal_replaces_label_and_metadata_but_keeps_id_and_added_time()
    {
        var bank = new Bank("b", time: new SteppingClock());
        bank.Upsert(First, "old", new Dictionary<string, string> { ["a"] = "1" });

        var outcome = bank.Upsert(First, "new", new Dictionary<string, string> { ["b"] = "2" });

        Assert.Equal(BankWriteOutcome.Updated, outcome);
        Assert.Equal(1, bank.Count);
        Assert.True(bank.TryGet(First, out var entry));
        Assert.Equal(1, entry.Id);
        Assert.Equal("new", entry.Label);
        Assert.Equal(["b"], entry.Metadata.Keys);
        Assert.Equal(SteppingClock.Start, entry.AddedAt);
        Assert.True(entry.UpdatedAt > entry.AddedAt);
    }

    [Fact]
    public void Upserting_identical_data_changes_nothing_and_keeps_the_version()
    {
        var bank = new Bank("b");
        bank.Upsert(First, "same", new Dictionary<string, string> { ["a"] = "1" }, "src");

        var outcome = bank.Upsert(First, "same", new Dictionary<string, string> { ["a"] = "1" }, "src");

        Assert.Equal(BankWriteOutcome.Unchanged, outcome);
        Assert.Equal(1, bank.Version);
    }

    [Fact]
    public void Deleting_removes_the_entry_and_is_logged_and_deleting_an_absent_signal_changes_nothing()
    {
        var bank = new Bank("b");
        bank.Upsert(First);
        bank.Upsert(Second);

        Assert.True(bank.Delete(First));
        Assert.False(bank.Delete(First));
        Assert.True(bank.Delete(2));
        Assert.False(bank.Delete(99));

        Assert.Equal(0, bank.Count);
        Assert.Equal(4, bank.Version);
        Assert.Equal([BankChangeKind.Deleted, BankChangeKind.Deleted], bank.ChangesSince(2).Select(c => c.Kind));
    }

    [Fact]
    public void Ids_are_never_reused_after_a_delete()
    {
        var bank = new Bank("b");
        bank.Upsert(First);
        bank.Delete(First);
        bank.Upsert(First);

        Assert.True(bank.TryGet(First, out var entry));
        Assert.Equal(2, entry.Id);
    }

    [Fact]
    public void Changes_since_a_version_replay_onto_a_copy_to_reach_the_same_state()
    {
        var bank = new Bank("b");
        var replica = new Dictionary<long, BankEntry>();
        long applied = 0;

        void CatchUp()
        {
            foreach (var change in bank.ChangesSince(applied))
            {
                if (change.Kind == BankChangeKind.Deleted)
                {
                    replica.Remove(change.Entry.Id);
                }
                else
                {
                    replica[change.Entry.Id] = change.Entry;
                }

                applied = change.Version;
            }
        }

        bank.Upsert(First, "a");
        bank.Upsert(Second);
        CatchUp();
        bank.Upsert(First, "b");
        bank.Delete(Second);
        bank.Upsert(PdqOne);
        CatchUp();

        Assert.Equal(bank.Version, applied);
        Assert.Equal(bank.Entries.Select(e => (e.Id, e.Signal, e.Label)), replica.Values.OrderBy(e => e.Id).Select(e => (e.Id, e.Signal, e.Label)));
        Assert.Empty(bank.ChangesSince(bank.Version));
        Assert.Throws<ArgumentOutOfRangeException>(() => bank.ChangesSince(bank.Version + 1));
    }

    [Fact]
    public void Banks_sharing_an_id_sequence_give_distinct_ids()
    {
        var ids = new BankEntryIdSequence();
        var one = new Bank("one", ids);
        var two = new Bank("two", ids);

        one.Upsert(First);
        two.Upsert(First);

        Assert.True(one.TryGet(First, out var a));
        Assert.True(two.TryGet(First, out var b));
        Assert.NotEqual(a.Id, b.Id);
        Assert.Equal(2, ids.LastIssued);
    }

    [Fact]
    public void Blank_labels_and_sources_are_stored_as_null_and_entries_enumerate_in_id_order()
    {
        var bank = new Bank("b");
        bank.Upsert(Second, "  ", source: "");
        bank.Upsert(First);

        Assert.Equal([Second, First], bank.Entries.Select(e => e.Signal));
        Assert.Null(bank.Entries[0].Label);
        Assert.Null(bank.Entries[0].Source);
        Assert.Empty(bank.Entries[0].Metadata);
    }

    [Fact]
    public async Task Concurrent_writers_and_readers_see_a_consistent_bank()
    {
        var bank = new Bank("b");
        var signals = Enumerable.Range(0, 2000)
            .Select(i => Signal.Parse(SignalType.Md5, i.ToString("x32", System.Globalization.CultureInfo.InvariantCulture)))
            .ToArray();

        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(() =>
        {
            foreach (var signal in signals)
            {
                bank.Upsert(signal, $"writer {w % 2}");
            }
        }));
        var reader = Task.Run(() =>
        {
            for (var i = 0; i < 200; i++)
            {
                var version = bank.Version;
                Assert.True(bank.ChangesSince(0).Count >= version);
            }
        });
        await Task.WhenAll([.. writers, reader]);

        Assert.Equal(signals.Length, bank.Count);
        Assert.Equal(bank.Version, bank.ChangesSince(0).Count);
        Assert.Equal(Enumerable.Range(1, signals.Length).Select(i => (long)i), bank.Entries.Select(e => e.Id));
    }
}
