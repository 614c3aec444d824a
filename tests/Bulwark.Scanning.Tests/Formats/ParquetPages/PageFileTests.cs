using Bulwark.Scanning.Formats.ParquetPages;

namespace Bulwark.Scanning.Tests.Formats.ParquetPages;

public sealed class PageFileTests
{
    [Theory]
    [InlineData("parquet-mr")]
    [InlineData("parquet-mr version 1.2.8 (build abc)")]
    [InlineData("parquet-mr version 1.0.0")]
    public void Parquet_mr_before_1_2_9_has_its_chunk_sizes_read_past(string createdBy) =>
        Assert.Equal(100, PageFile.SizeAllowanceFor(createdBy));

    [Theory]
    [InlineData("parquet-mr version 1.2.9 (build abc)")]
    [InlineData("parquet-mr version 1.13.1 (build db4183109d5b734ec5930d870cdae161e408ddba)")]
    [InlineData("parquet-cpp-arrow version 17.0.0")]
    [InlineData("Parquet.Net version 6.1.0")]
    [InlineData(null)]
    public void Every_other_writer_is_read_to_its_recorded_sizes(string? createdBy) =>
        Assert.Equal(0, PageFile.SizeAllowanceFor(createdBy));
}
