using Bulwark.Scanning.Running;

namespace Bulwark.Scanning.Tests.Running;

public sealed class RecordCheckerTests
{
    [Fact]
    public void A_batch_of_images_is_cut_into_many_small_chunks_so_no_core_waits_long_for_the_last_one()
    {
        // 256 samples on two cores: 32 chunks of 8 rather than two of 128.
        Assert.Equal(8, RecordChecker.ChunkSize(256, 2));
        Assert.Equal(1, RecordChecker.ChunkSize(20, 4));
    }

    [Fact]
    public void Large_metadata_batches_keep_chunks_of_at_most_the_maximum()
    {
        Assert.Equal(RecordChecker.MaxChunkSize, RecordChecker.ChunkSize(131_072, 2));
        Assert.Equal(RecordChecker.MaxChunkSize, RecordChecker.ChunkSize(131_072, 64));
    }
}
