using System.Formats.Tar;
using Bulwark.Scanning.Formats;
using Bulwark.Scanning.Records;
using Bulwark.Scanning.Tests.Support;

namespace Bulwark.Scanning.Tests.Formats;

public sealed class WebDatasetFormatTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_batch_is_handed_on_once_its_members_reach_the_byte_bound_and_no_sample_is_split_or_lost()
    {
        // 20 samples of a 30,000-byte image and a short caption, against a bound of 100,000 bytes.
        var path = await WriteTarAsync(samples: 20, imageBytes: 30_000);

        var batches = await ReadBatchesAsync(new WebDatasetFormat(batchBytes: 100_000), path);

        Assert.Equal([4, 4, 4, 4, 4], batches.Select(batch => batch.Count));
        Assert.Equal(Enumerable.Range(0, 20).Select(Key), batches.SelectMany(batch => batch.Select(record => record.Id)));
        Assert.All(batches.SelectMany(batch => batch), record => Assert.Equal(30_000, record.Image!.Value.Length));
    }

    [Fact]
    public async Task Small_samples_are_batched_by_count()
    {
        var path = await WriteTarAsync(samples: WebDatasetFormat.BatchSamples + 10, imageBytes: 100);

        var batches = await ReadBatchesAsync(new WebDatasetFormat(), path);

        Assert.Equal([WebDatasetFormat.BatchSamples, 10], batches.Select(batch => batch.Count));
    }

    [Fact]
    public async Task Members_read_into_shared_blocks_keep_their_own_bytes()
    {
        var path = await WriteTarAsync(samples: 40, imageBytes: 5_000);

        var records = (await ReadBatchesAsync(new WebDatasetFormat(), path)).SelectMany(batch => batch).ToList();

        Assert.All(records, record => Assert.Equal(Image(record.Index, 5_000), record.Image!.Value.ToArray()));
        Assert.All(records, record => Assert.Equal($"caption {record.Index}", record.Caption.ToString()));
    }

    public void Dispose() => _folder.Dispose();

    private static string Key(int sample) => sample.ToString("D5", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Benign stand-in bytes, different for every sample (the reader does not decode them).</summary>
    private static byte[] Image(long sample, int length) => Enumerable.Range(0, length).Select(i => (byte)((i * 7) + sample)).ToArray();

    private async Task<string> WriteTarAsync(int samples, int imageBytes)
    {
        var path = _folder.Combine($"{samples}-{imageBytes}.tar");
        var stream = File.Create(path);
        await using (stream.ConfigureAwait(false))
        {
            var tar = new TarWriter(stream, TarEntryFormat.Pax);
            await using (tar.ConfigureAwait(false))
            {
                for (var sample = 0; sample < samples; sample++)
                {
                    await tar.WriteEntryAsync(new PaxTarEntry(TarEntryType.RegularFile, $"{Key(sample)}.jpg") { DataStream = new MemoryStream(Image(sample, imageBytes)) });
                    await tar.WriteEntryAsync(new PaxTarEntry(TarEntryType.RegularFile, $"{Key(sample)}.txt") { DataStream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes($"caption {sample}")) });
                }
            }
        }

        return path;
    }

    private static async Task<List<IReadOnlyList<DatasetRecord>>> ReadBatchesAsync(WebDatasetFormat format, string path)
    {
        var batches = new List<IReadOnlyList<DatasetRecord>>();
        await foreach (var batch in format.ReadAsync(path, ColumnMapping.Default, forCleanCopy: false, CancellationToken.None))
        {
            batches.Add(batch.Records);
        }

        return batches;
    }
}
