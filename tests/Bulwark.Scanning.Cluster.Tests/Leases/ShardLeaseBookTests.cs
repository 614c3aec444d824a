using Bulwark.Scanning.Cluster.Leases;
using Microsoft.Extensions.Time.Testing;

namespace Bulwark.Scanning.Cluster.Tests.Leases;

public sealed class ShardLeaseBookTests
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(30);

    [Fact]
    public void Shards_are_leased_in_order_and_a_live_lease_is_not_leased_again()
    {
        var book = new ShardLeaseBook(2, Duration, new FakeTimeProvider());

        var first = book.TryLease("silo-a");
        var second = book.TryLease("silo-b");

        Assert.Equal(0, first!.Value.Shard);
        Assert.Equal(1, second!.Value.Shard);
        Assert.Null(book.TryLease("silo-c"));
    }

    [Fact]
    public void Expired_lease_is_leased_again_to_a_new_attempt()
    {
        var time = new FakeTimeProvider();
        var book = new ShardLeaseBook(1, Duration, time);
        var dead = book.TryLease("silo-a")!.Value;

        time.Advance(Duration);
        var again = book.TryLease("silo-b")!.Value;

        Assert.Equal(dead.Shard, again.Shard);
        Assert.NotEqual(dead.Attempt, again.Attempt);
        Assert.False(book.Renew(dead.Shard, dead.Attempt));
    }

    [Fact]
    public void Heartbeats_keep_a_lease_alive_past_its_first_expiry()
    {
        var time = new FakeTimeProvider();
        var book = new ShardLeaseBook(1, Duration, time);
        var lease = book.TryLease("silo-a")!.Value;

        for (var i = 0; i < 5; i++)
        {
            time.Advance(Duration / 2);
            Assert.True(book.Renew(lease.Shard, lease.Attempt));
        }

        Assert.Null(book.TryLease("silo-b"));
    }

    [Fact]
    public void First_completion_commits_and_every_later_one_is_refused()
    {
        var time = new FakeTimeProvider();
        var book = new ShardLeaseBook(1, Duration, time);
        var late = book.TryLease("silo-a")!.Value;
        time.Advance(Duration * 2);
        var winner = book.TryLease("silo-b")!.Value;

        Assert.True(book.MayCommit(winner.Shard, winner.Attempt));
        book.MarkCommitted(winner.Shard, winner.Attempt);

        Assert.False(book.MayCommit(late.Shard, late.Attempt));
        Assert.False(book.MayCommit(winner.Shard, winner.Attempt));
        Assert.True(book.CommittedBy(winner.Shard, winner.Attempt));
        Assert.True(book.AllCommitted);
        Assert.Null(book.TryLease("silo-c"));
    }

    [Fact]
    public void Attempts_of_another_book_are_never_accepted()
    {
        var before = new ShardLeaseBook(1, Duration, new FakeTimeProvider());
        var old = before.TryLease("silo-a")!.Value;

        var restarted = new ShardLeaseBook(1, Duration, new FakeTimeProvider());
        var fresh = restarted.TryLease("silo-b")!.Value;

        Assert.NotEqual(old.Attempt, fresh.Attempt);
        Assert.False(restarted.MayCommit(old.Shard, old.Attempt));
    }
}
