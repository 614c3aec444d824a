using Bulwark.Detection.Banks;
using Bulwark.Detection.Hashing;
using Bulwark.Detection.Hashing.Exact;
using Bulwark.Detection.Hashing.Pdq;
using Bulwark.Detection.Matching;
using Bulwark.Detection.Signals;

namespace Bulwark.Detection.Tests.Matching;

public sealed class HashMatcherTests
{
    private static readonly PdqHash Known = PdqHash.Parse("d8f8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b22");

    /// <summary>Flips <paramref name="bits"/> distinct bits (7 is coprime with 256, so i * 7 mod 256 never repeats).</summary>
    private static PdqHash Flip(PdqHash hash, int bits)
    {
        for (var i = 0; i < bits; i++)
        {
            hash = hash.WithBitFlipped(i * 7 % PdqHash.BitCount);
        }

        return hash;
    }

    private static PdqQueryHash Canonical(PdqHash hash) => new(PdqQueryHash.OriginalView, Dihedral.Original, hash, 100);

    [Fact]
    public void A_pdq_match_echoes_the_query_hash_the_matched_hash_the_distance_the_bank_and_the_label()
    {
        var bank = new Bank("stand-in-list");
        bank.Upsert(Signal.FromPdq(Known), label: "case-17");
        using var matcher = new HashMatcher();
        matcher.AddBank(bank);
        var query = Flip(Known, 5);

        var match = Assert.Single(matcher.MatchPdq([Canonical(query)]));

        Assert.Equal(new HashMatch("stand-in-list", 1, SignalType.Pdq, query.ToString(), Known.ToString(), 5, "case-17", "original"), match);
    }

    [Fact]
    public void Hashes_beyond_the_threshold_do_not_match()
    {
        var bank = new Bank("b");
        bank.Upsert(Signal.FromPdq(Known));
        using var matcher = new HashMatcher();
        matcher.AddBank(bank);

        Assert.Empty(matcher.MatchPdq([Canonical(Flip(Known, 32))]));
        Assert.Single(matcher.MatchPdq([Canonical(Flip(Known, 32))], maxDistance: 32));
    }

    [Fact]
    public void Each_entry_is_reported_once_with_the_closest_view()
    {
        var bank = new Bank("b");
        bank.Upsert(Signal.FromPdq(Known));
        using var matcher = new HashMatcher();
        matcher.AddBank(bank);
        PdqQueryHash[] views =
        [
            Canonical(Flip(Known, 20)),
            new("trimmed", Dihedral.Rotate90, Flip(Known, 3), 90),
        ];

        var match = Assert.Single(matcher.MatchPdq(views));

        Assert.Equal((3, "trimmed/Rotate90"), (match.Distance, match.View));
    }

    [Fact]
    public void Matching_can_be_restricted_to_named_banks()
    {
        var first = new Bank("first");
        var second = new Bank("second");
        first.Upsert(Signal.FromPdq(Known), label: "one");
        second.Upsert(Signal.FromPdq(Known), label: "two");
        using var matcher = new HashMatcher();
        matcher.AddBank(first);
        matcher.AddBank(second);

        Assert.Equal(["first", "second"], matcher.MatchPdq([Canonical(Known)]).Select(match => match.Bank));
        Assert.Equal(["second"], matcher.MatchPdq([Canonical(Known)], bankNames: ["second"]).Select(match => match.Bank));
        Assert.Throws<ArgumentException>(() => matcher.MatchPdq([Canonical(Known)], bankNames: ["third"]));
    }

    [Fact]
    public void Banks_with_their_own_id_sequences_do_not_collide()
    {
        var first = new Bank("first");
        var second = new Bank("second");
        first.Upsert(Signal.FromPdq(Known));
        second.Upsert(Signal.FromPdq(Flip(Known, 100)));
        using var matcher = new HashMatcher();
        matcher.AddBank(first);
        matcher.AddBank(second);

        Assert.Equal(2, matcher.PdqCount);
        Assert.Equal("first", Assert.Single(matcher.MatchPdq([Canonical(Known)])).Bank);
    }

    [Fact]
    public void Entries_added_to_a_bank_are_matchable_after_synchronize_without_a_rebuild()
    {
        var bank = new Bank("b");
        using var matcher = new HashMatcher();
        matcher.AddBank(bank);
        bank.Upsert(Signal.FromPdq(Known), label: "late");

        Assert.Equal(1, matcher.Synchronize());

        Assert.Equal("late", Assert.Single(matcher.MatchPdq([Canonical(Known)])).Label);
    }

    [Fact]
    public void A_deletion_takes_effect_at_once_and_leaves_the_index_on_synchronize()
    {
        var bank = new Bank("b");
        bank.Upsert(Signal.FromPdq(Known));
        using var matcher = new HashMatcher();
        matcher.AddBank(bank);

        bank.Delete(Signal.FromPdq(Known));

        Assert.Empty(matcher.MatchPdq([Canonical(Known)]));
        matcher.Synchronize();
        Assert.Equal(0, matcher.PdqCount);
    }

    [Fact]
    public void Label_updates_are_visible_without_reindexing()
    {
        var bank = new Bank("b");
        bank.Upsert(Signal.FromPdq(Known), label: "before");
        using var matcher = new HashMatcher();
        matcher.AddBank(bank);

        bank.Upsert(Signal.FromPdq(Known), label: "after");

        Assert.Equal("after", Assert.Single(matcher.MatchPdq([Canonical(Known)])).Label);
    }

    [Fact]
    public async Task Exact_digests_match_md5_and_sha256_entries()
    {
        var digests = await new ExactHasher().HashAsync(new MemoryStream("benign bytes"u8.ToArray()));
        var bank = new Bank("exact");
        bank.Upsert(Signal.Parse(SignalType.Md5, digests.Md5), label: "by-md5");
        bank.Upsert(Signal.Parse(SignalType.Sha256, digests.Sha256), label: "by-sha256");
        using var matcher = new HashMatcher();
        matcher.AddBank(bank);

        var matches = matcher.MatchExact(digests);

        Assert.Equal(["by-md5", "by-sha256"], matches.Select(match => match.Label));
        Assert.All(matches, match => Assert.Equal(0, match.Distance));
        Assert.Equal(digests.Md5, matches[0].QueryHash);
    }

    [Fact]
    public void A_bank_name_can_be_added_only_once()
    {
        using var matcher = new HashMatcher();
        matcher.AddBank(new Bank("b"));

        Assert.Throws<ArgumentException>(() => matcher.AddBank(new Bank("b")));
    }
}
