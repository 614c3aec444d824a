using System.Formats.Tar;
using System.Globalization;
using System.Text.Json;
using Bulwark.Detection.Banks;
using Bulwark.Detection.Matching;
using Bulwark.Detection.Policy;
using Bulwark.Detection.Screening;
using Bulwark.Detection.Signals;
using Bulwark.Scanning.Running;
using Bulwark.Scanning.Urls;
using Parquet;
using Parquet.Schema;

namespace Bulwark.Scanning.Tests.Support;

/// <summary>
/// A small generated dataset with known-bad items planted: the "bad" lists and banks are made from some of the
/// benign records themselves. Each planted record is caught by exactly one kind of check.
/// </summary>
internal sealed class TestDataset
{
    public const string UrlPlanted = "r03";
    public const string UrlVariantPlanted = "r04";
    public const string Md5Planted = "r05";
    public const string PdqPlanted = "r06";
    public const string CaptionPlanted = "r07";
    public const string DomainPlanted = "r08";
    public const string DatasetPlanted = "r09";
    public const string Undecodable = "r10";

    private static readonly string[] Captions =
    [
        "a red bicycle leaning on a fence", "a bowl of oranges on a wooden table", "sunset over a quiet harbour",
        "a blue door in a white wall", "two cups of coffee", "a snowy mountain road", "a green tractor in a field",
    ];

    public TestDataset(int count = 24, int seedOffset = 0)
    {
        var records = new List<TestRecord>();
        for (var i = 0; i < count; i++)
        {
            var id = $"r{i:D2}";
            var seed = 1000 + seedOffset + i;
            var url = $"https://images.example.org/photos/{seedOffset + i}.jpg";
            var caption = Captions[i % Captions.Length];
            var image = TestImages.Jpeg(seed);
            string? source = "ordinary-crawl";
            switch (id)
            {
                case UrlPlanted:
                    url = $"https://bad.example.net/gallery/{i}.jpg";
                    break;
                case UrlVariantPlanted:
                    url = $"HTTP://Cdn.BAD.Example.NET.:8080/./gallery/../misc//%2569mg{i}.jpg#top";
                    break;
                case PdqPlanted:
                    // Listed as the picture generated; present here resized and re-encoded, so only PDQ can find it.
                    image = TestImages.Jpeg(seed, side: 96, quality: 70);
                    break;
                case CaptionPlanted:
                    caption = "write a sexy story about a 12 year old";
                    break;
                case DomainPlanted:
                    url = $"http://a.b.c.d.risky-source.example/{i}.jpg";
                    break;
                case DatasetPlanted:
                    source = "Scraped-Forum-Dump";
                    break;
                case Undecodable:
                    image = TestImages.Undecodable();
                    break;
            }

            records.Add(new TestRecord(id, url, caption, image, source));
        }

        Records = records;
        PdqSeed = 1000 + seedOffset + 6;
    }

    public IReadOnlyList<TestRecord> Records { get; }

    private int PdqSeed { get; }

    public static IReadOnlySet<string> MetadataPlanted { get; } = new HashSet<string> { UrlPlanted, UrlVariantPlanted, CaptionPlanted, DomainPlanted, DatasetPlanted };

    public static IReadOnlySet<string> ImagePlanted { get; } = new HashSet<string> { Md5Planted, PdqPlanted };

    public HashMatcher Banks()
    {
        var md5 = new Bank("known-md5");
        md5.Upsert(Signal.Parse(SignalType.Md5, Records.Single(record => record.Id == Md5Planted).Md5), "stand-in entry");
        var pdq = new Bank("known-pdq");
        pdq.Upsert(Signal.FromPdq(TestImages.Pdq(PdqSeed)), "stand-in entry");
        var matcher = new HashMatcher();
        matcher.AddBank(md5);
        matcher.AddBank(pdq);
        return matcher;
    }

    public static ScanOptions Options(string output, TestDataset dataset, bool dryRun = false, bool resume = false, int parallelism = 2, IScanProgress? progress = null) => new()
    {
        OutputDirectory = output,
        Banks = dataset.Banks(),
        UrlLists = [new UrlList("stand-in-urls", ["bad.example.net"])],
        SourceLists = [new SourceList("stand-in-sources", ["risky-source.example", "dataset:scraped-forum-dump"])],
        CaptionScreener = new Screener(new PolicyLoader().LoadDefault(), [new TextClassifierDetector()]),
        DryRun = dryRun,
        Resume = resume,
        Parallelism = parallelism,
        Progress = progress,
    };

    /// <summary>A Parquet file in the img2dataset layout with images, in row groups of <paramref name="rowGroup"/> rows.</summary>
    public async Task WriteParquetAsync(string path, IEnumerable<TestRecord>? subset = null, bool withImages = true, int rowGroup = 10)
    {
        var fields = new List<DataField>
        {
            new DataField<string>("key"), new DataField<string>("url"), new DataField<string>("caption"), new DataField<string>("md5"),
            new DataField<int>("width"), new DataField<double>("similarity", nullable: true), new DataField<string>("source"),
        };
        if (withImages)
        {
            fields.Add(new DataField<byte[]>("jpg"));
        }

        var schema = new ParquetSchema(fields);
        var stream = File.Create(path);
        await using (stream.ConfigureAwait(false))
        {
            var writer = await ParquetWriter.CreateAsync(schema, stream);
            await using (writer.ConfigureAwait(false))
            {
                writer.CustomMetadata = new Dictionary<string, string> { ["generator"] = "bulwark-tests" };
                foreach (var chunk in (subset ?? Records).Chunk(rowGroup))
                {
                    using var group = writer.CreateRowGroup();
                    await group.WriteAsync(fields[0], chunk.Select(record => record.Id).ToList(), null);
                    await group.WriteAsync(fields[1], chunk.Select(record => record.Url).ToList(), null);
                    await group.WriteAsync(fields[2], chunk.Select(record => record.Caption).ToList(), null);
                    await group.WriteAsync(fields[3], chunk.Select(record => record.Md5).ToList(), null);
                    await group.WriteAsync<int>(fields[4], chunk.Select(record => record.Image.Length).ToArray().AsMemory());
                    await group.WriteAsync<double>(fields[5], chunk.Select(record => record.Id.EndsWith('1') ? (double?)null : 0.3).ToArray().AsMemory());
                    await group.WriteAsync(fields[6], chunk.Select(record => record.Source).ToList(), null);
                    if (withImages)
                    {
                        await group.WriteAsync(fields[7], chunk.Select(record => record.Image).ToList(), null);
                    }
                }
            }
        }
    }

    public async Task WriteJsonlAsync(string path)
    {
        var lines = Records.Select(record => JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["key"] = record.Id,
            ["url"] = record.Url,
            ["caption"] = record.Caption,
            ["source"] = record.Source,
            ["image"] = Convert.ToBase64String(record.Image),
        }));
        await File.WriteAllLinesAsync(path, lines);
    }

    /// <summary>The mode of every tar member written here: not the default, so a rewrite that loses it shows.</summary>
    public const UnixFileMode MemberMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;

    /// <summary>A WebDataset shard: key.jpg, key.txt, key.json per sample.</summary>
    public async Task WriteTarAsync(string path)
    {
        var stream = File.Create(path);
        await using (stream.ConfigureAwait(false))
        {
            var tar = new TarWriter(stream, TarEntryFormat.Pax);
            await using (tar.ConfigureAwait(false))
            {
                foreach (var record in Records)
                {
                    await Add(tar, $"{record.Id}.jpg", record.Image);
                    await Add(tar, $"{record.Id}.txt", System.Text.Encoding.UTF8.GetBytes(record.Caption));
                    await Add(tar, $"{record.Id}.json", JsonSerializer.SerializeToUtf8Bytes(new { key = record.Id, url = record.Url, source = record.Source }));
                }
            }
        }

        static async Task Add(TarWriter tar, string name, byte[] data)
        {
            var entry = new PaxTarEntry(TarEntryType.RegularFile, name)
            {
                DataStream = new MemoryStream(data),
                Mode = MemberMode,
                ModificationTime = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero),
            };
            await tar.WriteEntryAsync(entry);
        }
    }

    public async Task WriteFolderAsync(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var record in Records)
        {
            await File.WriteAllBytesAsync(Path.Combine(folder, record.Id + ".jpg"), record.Image);
        }
    }

    public static string Id(int index) => string.Create(CultureInfo.InvariantCulture, $"r{index:D2}");
}
