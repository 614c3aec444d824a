using Bulwark.Scanning.Formats;
using Bulwark.Scanning.Records;
using Bulwark.Scanning.Tests.Support;
using Parquet;
using Parquet.Schema;

namespace Bulwark.Scanning.Tests.Formats;

public sealed class ParquetFormatTests : IDisposable
{
    private static readonly string?[] Urls = ["https://shop.example/1.jpg", null, "", "https://xn--caf-dma.example/été"];
    private static readonly string[] Captions = ["a teapot", "", "a kettle", "a cup"];

    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_nullable_text_column_keeps_null_apart_from_empty()
    {
        var records = await ReadAsync(await WriteTableAsync(), forCleanCopy: false);

        Assert.Equal(Urls, records.Select(record => record.Url.ToString()));
        Assert.Equal([true, false, true, true], records.Select(record => record.Url.HasValue));
        Assert.True(records[1].Url.IsNullOrWhiteSpace);
        Assert.True(records[2].Url.IsNullOrWhiteSpace);
    }

    [Fact]
    public async Task A_required_text_column_is_read_row_for_row()
    {
        var records = await ReadAsync(await WriteTableAsync(), forCleanCopy: false);

        Assert.Equal(Captions, records.Select(record => record.Caption.ToString()));
        Assert.All(records, record => Assert.True(record.Caption.HasValue));
    }

    [Fact]
    public async Task The_cleaned_copy_writes_kept_text_back_with_nulls_empties_and_schema_intact()
    {
        var source = await WriteTableAsync();
        var destination = _folder.Combine("clean.parquet");
        await WriteCleanedCopyAsync(source, destination, [true, true, true, false]);

        await using var original = await ParquetReader.CreateAsync(source);
        await using var reader = await ParquetReader.CreateAsync(destination);
        Assert.Equal(
            original.Schema.DataFields.Select(field => (field.Name, field.IsNullable, field.ClrType)),
            reader.Schema.DataFields.Select(field => (field.Name, field.IsNullable, field.ClrType)));
        using var group = reader.OpenRowGroupReader(0);
        var urls = new string?[group.RowCount];
        await group.ReadAsync(reader.Schema.DataFields[0], urls.AsMemory(), null);
        var captions = new string?[group.RowCount];
        await group.ReadAsync(reader.Schema.DataFields[1], captions.AsMemory(), null);
        Assert.Equal(Urls[..3], urls);
        Assert.Equal(Captions[..3], captions);
    }

    [Fact]
    public async Task An_image_column_is_read_as_bytes_and_written_back_with_its_nulls_in_the_cleaned_copy()
    {
        byte[]?[] images = [[1, 2, 3], null, [], [4, 5]];
        var source = _folder.Combine("images.parquet");
        var key = new DataField<string>("key", false);
        var jpg = new DataField<byte[]>("jpg", true);
        await using (var stream = File.Create(source))
        {
            await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(key, jpg), stream);
            using var group = writer.CreateRowGroup();
            await group.WriteAsync(key, Captions, null);
            await group.WriteAsync(jpg, images, null);
        }

        var records = await ReadAsync(source, forCleanCopy: false);
        var destination = _folder.Combine("images-clean.parquet");
        await WriteCleanedCopyAsync(source, destination, [false, true, true, true]);

        Assert.Equal(images, records.Select(record => record.Image?.ToArray()));
        await using var reader = await ParquetReader.CreateAsync(destination);
        using var written = reader.OpenRowGroupReader(0);
        var copied = new byte[]?[written.RowCount];
        await written.ReadAsync(reader.Schema.DataFields[1], copied.AsMemory(), null);
        Assert.Equal(images[1..], copied);
    }

    public void Dispose() => _folder.Dispose();

    private async Task<string> WriteTableAsync()
    {
        var path = _folder.Combine("table.parquet");
        var url = new DataField<string>("URL", true);
        var caption = new DataField<string>("TEXT", false);
        var stream = File.Create(path);
        await using (stream.ConfigureAwait(false))
        {
            var writer = await ParquetWriter.CreateAsync(new ParquetSchema(url, caption), stream);
            await using (writer.ConfigureAwait(false))
            {
                using var group = writer.CreateRowGroup();
                await group.WriteAsync(url, Urls, null);
                await group.WriteAsync(caption, Captions, null);
            }
        }

        return path;
    }

    /// <summary>Writes the cleaned copy of a one-batch table, keeping the rows <paramref name="keep"/> says.</summary>
    private static async Task WriteCleanedCopyAsync(string source, string destination, bool[] keep)
    {
        var format = new ParquetFormat();
        var writer = format.CreateWriter(source, destination);
        await using (writer.ConfigureAwait(false))
        {
            await foreach (var batch in format.ReadAsync(source, ColumnMapping.Default, forCleanCopy: true, CancellationToken.None))
            {
                await writer.WriteAsync(batch, keep, CancellationToken.None);
            }

            await writer.CompleteAsync(CancellationToken.None);
        }
    }

    private static async Task<List<DatasetRecord>> ReadAsync(string path, bool forCleanCopy)
    {
        var records = new List<DatasetRecord>();
        await foreach (var batch in new ParquetFormat().ReadAsync(path, ColumnMapping.Default, forCleanCopy, CancellationToken.None))
        {
            records.AddRange(batch.Records);
        }

        return records;
    }
}
