using System.Security.Cryptography;
using Bulwark.Detection.Matching;

namespace Bulwark.Detection.Tests.Matching;

public sealed class ExactIndexTests
{
    [Theory]
    [InlineData(ExactIndex.Md5Length)]
    [InlineData(ExactIndex.Sha256Length)]
    public void Lookup_finds_exactly_the_entries_with_that_digest(int length)
    {
        var index = new ExactIndex(length);
        var digests = Enumerable.Range(0, 500).Select(i => Digest(length, i)).ToArray();
        for (var i = 0; i < digests.Length; i++)
        {
            index.Add(i, digests[i], i % 3);
        }

        for (var i = 0; i < digests.Length; i++)
        {
            Assert.Equal([new ExactMatch(i, i % 3)], index.Lookup(digests[i]));
        }

        Assert.Empty(index.Lookup(Digest(length, 10_000)));
    }

    [Fact]
    public void Md5_digest_that_is_a_prefix_of_another_is_not_confused_with_it()
    {
        var index = new ExactIndex(ExactIndex.Md5Length);
        var digest = Digest(16, 1);
        index.Add(1, digest, 0);
        var other = (byte[])digest.Clone();
        other[15] ^= 1;

        Assert.Empty(index.Lookup(other));
    }

    [Fact]
    public void Entries_sharing_a_digest_are_all_returned_and_removed_independently()
    {
        var index = new ExactIndex(ExactIndex.Sha256Length);
        var digest = Digest(32, 7);
        for (var id = 0; id < 5; id++)
        {
            index.Add(id, digest, id);
        }

        Assert.True(index.Remove(2));
        Assert.True(index.Remove(4));
        Assert.True(index.Remove(0));

        Assert.Equal([1L, 3L], index.Lookup(digest).Select(m => m.Id).Order());
        Assert.Equal([3L], index.Lookup(digest, BankSet.Of(3)).Select(m => m.Id));
    }

    [Fact]
    public void Removed_entry_is_not_found_and_its_id_can_be_added_again()
    {
        var index = new ExactIndex(ExactIndex.Md5Length);
        index.Add(9, Digest(16, 1), 0);

        Assert.True(index.Remove(9));
        Assert.False(index.Remove(9));
        Assert.Empty(index.Lookup(Digest(16, 1)));

        index.Add(9, Digest(16, 2), 1);
        Assert.Equal([new ExactMatch(9, 1)], index.Lookup(Digest(16, 2)));
        Assert.Equal(1, index.Count);
    }

    [Fact]
    public void Duplicate_id_and_wrong_digest_length_are_rejected()
    {
        var index = new ExactIndex(ExactIndex.Sha256Length);
        index.Add(1, Digest(32, 1), 0);

        Assert.Throws<ArgumentException>(() => index.Add(1, Digest(32, 2), 0));
        Assert.Throws<ArgumentException>(() => index.Add(2, Digest(16, 2), 0));
        Assert.Throws<ArgumentException>(() => index.Lookup(Digest(16, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExactIndex(20));
    }

    private static byte[] Digest(int length, int seed)
    {
        var digest = SHA256.HashData(BitConverter.GetBytes(seed));
        return digest[..length];
    }
}
