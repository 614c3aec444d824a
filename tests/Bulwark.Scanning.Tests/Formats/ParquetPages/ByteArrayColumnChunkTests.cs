using Bulwark.Scanning.Formats;
using Bulwark.Scanning.Formats.ParquetPages;
using Bulwark.Scanning.Records;
using Bulwark.Scanning.Tests.Support;
using Parquet;
using Parquet.Meta;
using Parquet.Schema;

namespace Bulwark.Scanning.Tests.Formats.ParquetPages;

public sealed class ByteArrayColumnChunkTests : IDisposable
{
    private const int Rows = 2500;

    private readonly TempFolder _folder = new();

    public static TheoryData<CompressionMethod> Codecs =>
        [CompressionMethod.None, CompressionMethod.Snappy, CompressionMethod.Gzip, CompressionMethod.Brotli, CompressionMethod.Zstd, CompressionMethod.Lz4Raw];

    [Theory]
    [MemberData(nameof(Codecs))]
    public async Task Unique_values_read_from_plain_pages_equal_what_Parquet_Net_reads(CompressionMethod codec)
    {
        var path = await WriteAsync(UniqueValues(), nullable: true, codec);

        await AssertReadsAsParquetNetDoesAsync(path, expectDictionary: false);
    }

    [Theory]
    [MemberData(nameof(Codecs))]
    public async Task Repeated_values_read_from_dictionary_pages_equal_what_Parquet_Net_reads(CompressionMethod codec)
    {
        var path = await WriteAsync(RepeatedValues(), nullable: true, codec, dictionary: true);

        await AssertReadsAsParquetNetDoesAsync(path, expectDictionary: true);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_required_column_has_no_definition_levels_and_every_row_a_value(bool repeated)
    {
        var values = (repeated ? RepeatedValues() : UniqueValues()).Select(value => value ?? "").ToArray();
        var path = await WriteAsync(values, nullable: false, CompressionMethod.Snappy, dictionary: repeated);

        var read = await AssertReadsAsParquetNetDoesAsync(path, expectDictionary: repeated);

        Assert.All(read, value => Assert.True(value.HasValue));
    }

    [Fact]
    public async Task A_column_of_nulls_reads_as_absent_values()
    {
        var path = await WriteAsync(new string?[Rows], nullable: true, CompressionMethod.Snappy);

        var read = await AssertReadsAsParquetNetDoesAsync(path, expectDictionary: null);

        Assert.All(read, value => Assert.False(value.HasValue));
    }

    [Fact]
    public async Task A_codec_it_does_not_read_is_left_to_Parquet_Net_and_the_format_still_reads_the_column()
    {
        var values = UniqueValues();
        var path = await WriteAsync(values, nullable: true, CompressionMethod.LZ4);
        await using (var reader = await ParquetReader.CreateAsync(path))
        {
            using var handle = PageFile.Open(path, createdBy: null);
            using var group = reader.OpenRowGroupReader(0);
            var field = reader.Schema.DataFields[0];
            Assert.Null(await ByteArrayColumnChunk.TryReadTextAsync(handle, group.GetMetadata(field)!, field.MaxDefinitionLevel, (int)group.RowCount, CancellationToken.None));
        }

        var urls = new List<string?>();
        await foreach (var batch in new ParquetFormat().ReadAsync(path, ColumnMapping.Default, forCleanCopy: false, CancellationToken.None))
        {
            urls.AddRange(batch.Records.Select(record => record.Url.ToString()));
        }

        Assert.Equal(values, urls);
    }

    [Theory]
    [InlineData(CompressionMethod.Snappy, false)]
    [InlineData(CompressionMethod.Zstd, false)]
    [InlineData(CompressionMethod.None, true)]
    public async Task Binary_values_are_read_as_they_are_with_nulls_apart_from_empty_values(CompressionMethod codec, bool large)
    {
        // Stand-in image bytes, some over a quarter of a block so they take arrays of their own.
        var values = Enumerable.Range(0, 300)
            .Select(row => row % 9 == 0 ? null : row % 13 == 0 ? [] : Enumerable.Range(0, large && row % 50 == 1 ? 1_100_000 : 40 + row).Select(i => (byte)(i ^ row)).ToArray())
            .ToArray();
        var field = new DataField<byte[]>("jpg", true);
        var path = await WriteAsync(field, values, (group, part) => group.WriteAsync(field, part, null), codec, dictionary: false, rowGroupRows: 100);

        var read = new List<ReadOnlyMemory<byte>?>();
        await using (var reader = await ParquetReader.CreateAsync(path))
        {
            using var handle = PageFile.Open(path, createdBy: null);
            for (var index = 0; index < reader.RowGroupCount; index++)
            {
                using var group = reader.OpenRowGroupReader(index);
                var dataField = reader.Schema.DataFields[0];
                var chunk = await ByteArrayColumnChunk.TryReadBinaryAsync(handle, group.GetMetadata(dataField)!, dataField.MaxDefinitionLevel, (int)group.RowCount, CancellationToken.None);
                Assert.NotNull(chunk);
                read.AddRange(chunk);
            }
        }

        Assert.Equal(values.Length, read.Count);
        for (var row = 0; row < values.Length; row++)
        {
            Assert.Equal(values[row], read[row]?.ToArray());
        }
    }

    [Fact]
    public async Task A_truncated_chunk_is_malformed()
    {
        var (chunk, codec, rows) = await ChunkAsync(await WriteAsync(UniqueValues(), nullable: true, CompressionMethod.Snappy));

        foreach (var length in new[] { 0, 1, chunk.Length / 3, chunk.Length - 1 })
        {
            Assert.Throws<InvalidDataException>(() => ByteArrayColumnChunk.DecodeText(chunk.AsMemory(0, length), codec, 1, rows));
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_damaged_chunk_decodes_to_values_or_to_invalid_data_and_never_fails_another_way(bool repeated)
    {
        var (chunk, codec, rows) = await ChunkAsync(await WriteAsync(repeated ? RepeatedValues() : UniqueValues(), nullable: true, CompressionMethod.None, dictionary: repeated));
        var random = new Random(20261128);
        var malformed = 0;

        for (var attempt = 0; attempt < 400; attempt++)
        {
            var damaged = chunk.ToArray();
            // Page headers and levels sit at the start of pages, so the first bytes are damaged most often.
            var at = attempt % 2 == 0 ? random.Next(Math.Min(64, damaged.Length)) : random.Next(damaged.Length);
            damaged[at] = (byte)random.Next(256);
            try
            {
                ByteArrayColumnChunk.DecodeText(damaged, codec, 1, rows);
            }
            catch (InvalidDataException)
            {
                malformed++;
            }
        }

        Assert.InRange(malformed, 1, 400);
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>Reads every row group with both readers, asserts the same values and which encoding the chunks used.</summary>
    private static async Task<List<RecordText>> AssertReadsAsParquetNetDoesAsync(string path, bool? expectDictionary)
    {
        var all = new List<RecordText>();
        await using var reader = await ParquetReader.CreateAsync(path);
        using var handle = PageFile.Open(path, createdBy: null);
        var field = reader.Schema.DataFields[0];
        Assert.True(reader.RowGroupCount > 1, "the table should span several row groups");
        for (var index = 0; index < reader.RowGroupCount; index++)
        {
            using var group = reader.OpenRowGroupReader(index);
            var rows = (int)group.RowCount;
            var expected = new string?[rows];
            await group.ReadAsync(field, expected.AsMemory(), null);
            var chunk = group.GetMetadata(field)!;

            var read = await ByteArrayColumnChunk.TryReadTextAsync(handle, chunk, field.MaxDefinitionLevel, rows, CancellationToken.None);

            Assert.NotNull(read);
            Assert.Equal(expected, read.Select(value => value.ToString()));
            Assert.Equal(expected.Select(value => value is not null), read.Select(value => value.HasValue));
            if (expectDictionary is { } dictionary)
            {
                Assert.Equal(dictionary, chunk.MetaData!.Encodings.Contains(Parquet.Meta.Encoding.RLE_DICTIONARY)
                    || chunk.MetaData.Encodings.Contains(Parquet.Meta.Encoding.PLAIN_DICTIONARY));
            }

            all.AddRange(read);
        }

        return all;
    }

    private Task<string> WriteAsync(string?[] values, bool nullable, CompressionMethod codec, bool dictionary = false)
    {
        var field = new DataField<string>("URL", nullable);
        return WriteAsync(field, values, (group, part) => group.WriteAsync(field, part, null), codec, dictionary, rowGroupRows: 1000);
    }

    /// <summary>One column of <paramref name="values"/>, in row groups of <paramref name="rowGroupRows"/>, each written by <paramref name="writePart"/>.</summary>
    private async Task<string> WriteAsync<T>(
        DataField field, T[] values, Func<ParquetRowGroupWriter, T[], Task> writePart, CompressionMethod codec, bool dictionary, int rowGroupRows)
    {
        var path = _folder.Combine($"{codec}-{Guid.NewGuid():N}.parquet");
        var stream = File.Create(path);
        await using (stream.ConfigureAwait(false))
        {
            var options = new ParquetOptions { CompressionMethod = codec };
            if (dictionary)
            {
                options.ColumnEncodingHints[field.Name] = EncodingHint.Dictionary;
            }

            var writer = await ParquetWriter.CreateAsync(new ParquetSchema(field), stream, options);
            await using (writer.ConfigureAwait(false))
            {
                foreach (var part in values.Chunk(rowGroupRows))
                {
                    using var group = writer.CreateRowGroup();
                    await writePart(group, part);
                }
            }
        }

        return path;
    }

    /// <summary>The first row group's chunk of the first column, as bytes.</summary>
    private static async Task<(byte[] Chunk, CompressionCodec Codec, int Rows)> ChunkAsync(string path)
    {
        await using var reader = await ParquetReader.CreateAsync(path);
        using var group = reader.OpenRowGroupReader(0);
        var meta = group.GetMetadata(reader.Schema.DataFields[0])!.MetaData!;
        var start = meta.DictionaryPageOffset ?? meta.DataPageOffset;
        var chunk = new byte[meta.TotalCompressedSize];
        await using var file = File.OpenRead(path);
        file.Position = start;
        await file.ReadExactlyAsync(chunk);
        return (chunk, meta.Codec, (int)group.RowCount);
    }

    /// <summary>Distinct URLs, with nulls, empty values and characters of two, three and four UTF-8 bytes among them.</summary>
    private static string?[] UniqueValues() => Enumerable.Range(0, Rows)
        .Select(row => row % 11 == 0 ? null : row % 17 == 0 ? "" : $"https://café.example/{row}/ページ/{(row % 5 == 0 ? "🫖" : "a")}")
        .ToArray();

    private static string?[] RepeatedValues() => Enumerable.Range(0, Rows)
        .Select(row => row % 7 == 0 ? null : $"https://shop.example/{row % 5}")
        .ToArray();
}
