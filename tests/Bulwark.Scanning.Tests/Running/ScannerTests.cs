using System.Formats.Tar;
using System.Text;
using System.Text.Json;
using Bulwark.Scanning.Records;
using Bulwark.Scanning.Running;
using Bulwark.Scanning.Tests.Support;
using Parquet;

namespace Bulwark.Scanning.Tests.Running;

public sealed class ScannerTests
{
    private static readonly TestDataset Dataset = new();

    private static HashSet<string> AllIds => Dataset.Records.Select(record => record.Id).ToHashSet();

    private static HashSet<string> Planted => TestDataset.MetadataPlanted.Union(TestDataset.ImagePlanted).ToHashSet();

    [Fact]
    public async Task Parquet_scan_quarantines_every_planted_record_and_nothing_else()
    {
        using var temp = new TempFolder();
        await Dataset.WriteParquetAsync(temp.Combine("laion.parquet"));

        var summary = await new Scanner(TestDataset.Options(temp.Combine("out"), Dataset)).RunAsync([temp.Combine("laion.parquet")]);

        var clean = await ScanOutput.ParquetIdsAsync(temp.Combine("out", "clean", "laion.parquet"));
        var expectedClean = AllIds.Except(Planted).Except([TestDataset.Undecodable]).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expectedClean, clean);
        Assert.Equal(Planted, ScanOutput.ManifestIds(temp.Combine("out"), "quarantined"));
        Assert.Equal(new HashSet<string> { TestDataset.Undecodable }, ScanOutput.ManifestIds(temp.Combine("out"), "unreadable"));
        Assert.Equal(Dataset.Records.Count, summary.Records);
        Assert.Equal(summary.Records, summary.Clean + summary.Quarantined + summary.Unreadable);
        Assert.Equal(clean.Count, summary.Clean);
    }

    [Fact]
    public async Task Each_planted_record_is_caught_by_the_check_it_was_planted_for()
    {
        using var temp = new TempFolder();
        await Dataset.WriteParquetAsync(temp.Combine("laion.parquet"));

        var summary = await new Scanner(TestDataset.Options(temp.Combine("out"), Dataset)).RunAsync([temp.Combine("laion.parquet")]);

        var checks = ScanOutput.Manifest(temp.Combine("out")).ToDictionary(entry => entry.GetProperty("record").GetString()!, entry => ScanOutput.Checks(entry).ToHashSet());
        Assert.Equal(["url"], checks[TestDataset.UrlPlanted]);
        Assert.Equal(["url"], checks[TestDataset.UrlVariantPlanted]);
        Assert.Equal(["md5"], checks[TestDataset.Md5Planted]);
        Assert.Equal(["pdq"], checks[TestDataset.PdqPlanted]);
        Assert.Equal(["caption"], checks[TestDataset.CaptionPlanted]);
        Assert.Equal(["source"], checks[TestDataset.DomainPlanted]);
        Assert.Equal(["source"], checks[TestDataset.DatasetPlanted]);
        Assert.Equal(2, summary.ByCheck["url"]);
        Assert.Equal(2, summary.ByCheck["source"]);
        var md5Entry = ScanOutput.Manifest(temp.Combine("out")).Single(entry => entry.GetProperty("record").GetString() == TestDataset.Md5Planted);
        Assert.Equal(Dataset.Records.Single(record => record.Id == TestDataset.Md5Planted).Md5, md5Entry.GetProperty("md5").GetString());
        Assert.False(md5Entry.TryGetProperty("sha256", out _), "no bank holds SHA-256 hashes, so none is computed");
        var pdqEntry = ScanOutput.Manifest(temp.Combine("out")).Single(entry => entry.GetProperty("record").GetString() == TestDataset.PdqPlanted);
        Assert.Matches("^[0-9a-f]{64}$", pdqEntry.GetProperty("pdq").GetString());
        Assert.InRange(pdqEntry.GetProperty("flags")[0].GetProperty("distance").GetInt32(), 0, 31);
        Assert.Equal(1, summary.ByRule["pdq/known-pdq"]);
        Assert.Equal(1, summary.ByRule["md5/known-md5"]);
    }

    [Fact]
    public async Task Cleaned_parquet_keeps_the_schema_metadata_and_values_of_kept_rows()
    {
        using var temp = new TempFolder();
        await Dataset.WriteParquetAsync(temp.Combine("laion.parquet"));

        await new Scanner(TestDataset.Options(temp.Combine("out"), Dataset)).RunAsync([temp.Combine("laion.parquet")]);

        var source = await ParquetReader.CreateAsync(temp.Combine("laion.parquet"));
        var cleaned = await ParquetReader.CreateAsync(temp.Combine("out", "clean", "laion.parquet"));
        await using (source)
        await using (cleaned)
        {
            Assert.True(source.Schema.Equals(cleaned.Schema), source.Schema.GetNotEqualsMessage(cleaned.Schema, "source", "cleaned"));
            Assert.Equal("bulwark-tests", cleaned.CustomMetadata["generator"]);
            var similarity = cleaned.Schema.DataFields.Single(field => field.Name == "similarity");
            var images = cleaned.Schema.DataFields.Single(field => field.Name == "jpg");
            var keys = cleaned.Schema.DataFields.Single(field => field.Name == "key");
            for (var i = 0; i < cleaned.RowGroupCount; i++)
            {
                using var group = cleaned.OpenRowGroupReader(i);
                var ids = new string?[group.RowCount];
                var scores = new double?[group.RowCount];
                var bytes = new byte[]?[group.RowCount];
                await group.ReadAsync(keys, ids.AsMemory());
                await group.ReadAsync<double>(similarity, scores.AsMemory());
                await group.ReadAsync(images, bytes.AsMemory());
                for (var row = 0; row < ids.Length; row++)
                {
                    var original = Dataset.Records.Single(record => record.Id == ids[row]);
                    Assert.Equal(original.Image, bytes[row]);
                    Assert.Equal(original.Id.EndsWith('1') ? null : 0.3, scores[row]);
                }
            }
        }
    }

    [Fact]
    public async Task Metadata_only_parquet_is_checked_by_url_source_caption_and_the_given_md5_column()
    {
        using var temp = new TempFolder();
        await Dataset.WriteParquetAsync(temp.Combine("meta.parquet"), withImages: false);

        var summary = await new Scanner(TestDataset.Options(temp.Combine("out"), Dataset)).RunAsync([temp.Combine("meta.parquet")]);

        var expected = TestDataset.MetadataPlanted.Union([TestDataset.Md5Planted]).ToHashSet();
        Assert.Equal(expected, ScanOutput.ManifestIds(temp.Combine("out"), "quarantined"));
        Assert.Equal(0, summary.Unreadable);
        Assert.Equal(AllIds.Count - expected.Count, (await ScanOutput.ParquetIdsAsync(temp.Combine("out", "clean", "meta.parquet"))).Count);
    }

    [Fact]
    public async Task Jsonl_clean_copy_is_the_unflagged_lines_unchanged()
    {
        using var temp = new TempFolder();
        await Dataset.WriteJsonlAsync(temp.Combine("captions.jsonl"));
        File.AppendAllText(temp.Combine("captions.jsonl"), "{not json, a secret caption\n");

        var summary = await new Scanner(TestDataset.Options(temp.Combine("out"), Dataset)).RunAsync([temp.Combine("captions.jsonl")]);

        var original = File.ReadAllLines(temp.Combine("captions.jsonl"));
        var expected = original.Where(line => line.StartsWith('{') && line.Contains("\"key\"", StringComparison.Ordinal)
            && !Planted.Union([TestDataset.Undecodable]).Any(id => line.Contains($"\"key\":\"{id}\"", StringComparison.Ordinal))).ToList();
        Assert.Equal(expected, File.ReadAllLines(temp.Combine("out", "clean", "captions.jsonl")));
        Assert.Equal(Planted, ScanOutput.ManifestIds(temp.Combine("out"), "quarantined"));
        Assert.Equal(2, summary.Unreadable);
        Assert.Equal(original.Length, summary.Records);
        Assert.DoesNotContain("secret", File.ReadAllText(temp.Combine("out", "quarantine.jsonl")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WebDataset_shard_is_rewritten_with_the_kept_samples_members_unchanged()
    {
        using var temp = new TempFolder();
        await Dataset.WriteTarAsync(temp.Combine("00000.tar"));

        var summary = await new Scanner(TestDataset.Options(temp.Combine("out"), Dataset)).RunAsync([temp.Combine("00000.tar")]);

        var members = new List<(string Name, byte[] Data, DateTimeOffset Time, TarEntryFormat Format, UnixFileMode Mode)>();
        var tar = File.OpenRead(temp.Combine("out", "clean", "00000.tar"));
        await using (tar)
        {
            using var reader = new TarReader(tar);
            while (reader.GetNextEntry(copyData: true) is { } entry)
            {
                using var data = new MemoryStream();
                entry.DataStream?.CopyTo(data);
                members.Add((entry.Name, data.ToArray(), entry.ModificationTime, entry.Format, entry.Mode));
            }
        }

        var kept = AllIds.Except(Planted).Except([TestDataset.Undecodable]).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(kept.SelectMany(id => new[] { $"{id}.jpg", $"{id}.txt", $"{id}.json" }), members.Select(member => member.Name));
        foreach (var member in members.Where(member => member.Name.EndsWith(".jpg", StringComparison.Ordinal)))
        {
            Assert.Equal(Dataset.Records.Single(record => $"{record.Id}.jpg" == member.Name).Image, member.Data);
        }

        Assert.All(members, member => Assert.Equal(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), member.Time));
        Assert.All(members, member => Assert.Equal(TarEntryFormat.Pax, member.Format));
        Assert.All(members, member => Assert.Equal(TestDataset.MemberMode, member.Mode));
        Assert.Equal(Planted, ScanOutput.ManifestIds(temp.Combine("out"), "quarantined"));
        Assert.Equal(summary.Records, summary.Clean + summary.Quarantined + summary.Unreadable);
    }

    [Fact]
    public async Task Image_folder_copy_leaves_out_hash_matches_and_undecodable_files()
    {
        using var temp = new TempFolder();
        await Dataset.WriteFolderAsync(temp.Combine("photos"));

        var summary = await new Scanner(TestDataset.Options(temp.Combine("out"), Dataset)).RunAsync([temp.Combine("photos")]);

        var copied = Directory.EnumerateFiles(temp.Combine("out", "clean", "photos")).Select(path => Path.GetFileNameWithoutExtension(path)!).ToHashSet();
        Assert.Equal(AllIds.Except(TestDataset.ImagePlanted).Except([TestDataset.Undecodable]).ToHashSet(), copied);
        Assert.Equal(TestDataset.ImagePlanted.Select(id => id + ".jpg").ToHashSet(), ScanOutput.ManifestIds(temp.Combine("out"), "quarantined"));
        Assert.Equal(1, summary.Unreadable);
    }

    [Fact]
    public async Task Manifest_and_reports_never_hold_captions_or_urls()
    {
        using var temp = new TempFolder();
        await Dataset.WriteParquetAsync(temp.Combine("laion.parquet"));

        await new Scanner(TestDataset.Options(temp.Combine("out"), Dataset)).RunAsync([temp.Combine("laion.parquet")]);

        foreach (var file in new[] { "quarantine.jsonl", "report.json", "report.html" })
        {
            var text = File.ReadAllText(temp.Combine("out", file));
            Assert.DoesNotContain("sexy", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("bicycle", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("gallery", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("images.example.org", text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Report_counts_per_check_and_per_shard_and_html_is_self_contained()
    {
        using var temp = new TempFolder();
        await Dataset.WriteParquetAsync(temp.Combine("laion.parquet"));
        await Dataset.WriteTarAsync(temp.Combine("00000.tar"));

        await new Scanner(TestDataset.Options(temp.Combine("out"), Dataset)).RunAsync([temp.Combine("laion.parquet"), temp.Combine("00000.tar")]);

        using var report = JsonDocument.Parse(File.ReadAllBytes(temp.Combine("out", "report.json")));
        var totals = report.RootElement.GetProperty("totals");
        Assert.Equal(2 * Dataset.Records.Count, totals.GetProperty("records").GetInt64());
        Assert.Equal(2 * Planted.Count, totals.GetProperty("quarantined").GetInt64());
        Assert.True(totals.GetProperty("reconciles").GetBoolean());
        Assert.Equal(4, report.RootElement.GetProperty("by_check").GetProperty("url").GetInt64());
        Assert.Equal(["laion.parquet", "00000.tar"], report.RootElement.GetProperty("shards").EnumerateArray().Select(shard => shard.GetProperty("shard").GetString()));
        var html = File.ReadAllText(temp.Combine("out", "report.html"));
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=\"http", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Dry_run_writes_the_manifest_and_report_but_no_clean_copy()
    {
        using var temp = new TempFolder();
        await Dataset.WriteParquetAsync(temp.Combine("laion.parquet"));

        var summary = await new Scanner(TestDataset.Options(temp.Combine("out"), Dataset, dryRun: true)).RunAsync([temp.Combine("laion.parquet")]);

        Assert.False(File.Exists(temp.Combine("out", "clean", "laion.parquet")));
        Assert.Equal(Planted, ScanOutput.ManifestIds(temp.Combine("out"), "quarantined"));
        Assert.True(summary.DryRun);
    }

    [Fact]
    public async Task Malformed_shards_are_reported_and_skipped_while_the_rest_is_scanned()
    {
        using var temp = new TempFolder();
        var input = temp.Combine("dataset");
        Directory.CreateDirectory(input);
        await Dataset.WriteParquetAsync(Path.Combine(input, "a-good.parquet"));
        await Dataset.WriteParquetAsync(Path.Combine(input, "b-truncated.parquet"));
        var truncated = File.ReadAllBytes(Path.Combine(input, "b-truncated.parquet"));
        File.WriteAllBytes(Path.Combine(input, "b-truncated.parquet"), truncated[..(truncated.Length / 2)]);
        await Dataset.WriteTarAsync(Path.Combine(input, "c-corrupt.tar"));
        var tar = File.ReadAllBytes(Path.Combine(input, "c-corrupt.tar"));
        // Damage the checksum of the fifth member's header, part-way through the archive.
        var headers = Enumerable.Range(0, tar.Length / 512).Where(block => Encoding.ASCII.GetString(tar, (block * 512) + 257, 5) == "ustar").ToList();
        Encoding.ASCII.GetBytes("garbage!").CopyTo(tar, (headers[4] * 512) + 148);
        File.WriteAllBytes(Path.Combine(input, "c-corrupt.tar"), tar);
        await Dataset.WriteTarAsync(Path.Combine(input, "d-good.tar"));

        var summary = await new Scanner(TestDataset.Options(temp.Combine("out"), Dataset)).RunAsync([input]);

        Assert.Equal(4, summary.Shards.Count);
        Assert.Equal(2, summary.MalformedShards);
        Assert.NotNull(summary.Shards.Single(shard => shard.Shard == "dataset/b-truncated.parquet").Error);
        Assert.NotNull(summary.Shards.Single(shard => shard.Shard == "dataset/c-corrupt.tar").Error);
        Assert.Equal(2 * Dataset.Records.Count, summary.Records);
        Assert.False(File.Exists(temp.Combine("out", "clean", "dataset", "b-truncated.parquet")));
        Assert.False(File.Exists(temp.Combine("out", "clean", "dataset", "c-corrupt.tar")));
        Assert.True(File.Exists(temp.Combine("out", "clean", "dataset", "d-good.tar")));
        Assert.Empty(Directory.EnumerateFiles(temp.Combine("out"), "*.partial", SearchOption.AllDirectories));
        Assert.Contains("malformed", File.ReadAllText(temp.Combine("out", "report.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resume_after_an_interruption_gives_byte_identical_output()
    {
        using var temp = new TempFolder();
        var input = temp.Combine("dataset");
        Directory.CreateDirectory(input);
        for (var i = 0; i < 4; i++)
        {
            await new TestDataset(12, seedOffset: i * 100).WriteParquetAsync(Path.Combine(input, $"part-{i}.parquet"), rowGroup: 5);
        }

        await new TestDataset(12, seedOffset: 900).WriteTarAsync(Path.Combine(input, "part-9.tar"));
        var reference = temp.Combine("reference");
        await new Scanner(TestDataset.Options(reference, Dataset)).RunAsync([input]);

        var resumed = temp.Combine("resumed");
        using var interrupt = new CancellationTokenSource();
        var progress = new CancelAfterShards(interrupt, 2);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new Scanner(TestDataset.Options(resumed, Dataset, parallelism: 1, progress: progress)).RunAsync([input], interrupt.Token));
        Assert.False(File.Exists(Path.Combine(resumed, "report.json")));
        await Assert.ThrowsAsync<ScanSetupException>(() => new Scanner(TestDataset.Options(resumed, Dataset)).RunAsync([input]));

        var counter = new CancelAfterShards(null, int.MaxValue);
        await new Scanner(TestDataset.Options(resumed, Dataset, resume: true, progress: counter)).RunAsync([input]);

        Assert.Equal(ScanOutput.Files(reference), ScanOutput.Files(resumed));
        Assert.Equal(5, counter.Finished);
    }

    [Fact]
    public async Task Columns_with_other_names_are_found_through_the_mapping()
    {
        using var temp = new TempFolder();
        var lines = Dataset.Records.Select(record => JsonSerializer.Serialize(new { sample = record.Id, link = record.Url, alt_text = record.Caption, origin = record.Source }));
        await File.WriteAllLinesAsync(temp.Combine("renamed.jsonl"), lines);
        var options = TestDataset.Options(temp.Combine("out"), Dataset);

        await new Scanner(new ScanOptions
        {
            OutputDirectory = options.OutputDirectory,
            UrlLists = options.UrlLists,
            SourceLists = options.SourceLists,
            CaptionScreener = options.CaptionScreener,
            Columns = new ColumnMapping { Url = ["link"], Caption = ["ALT_TEXT"], Id = ["sample"], Source = ["origin"] },
        }).RunAsync([temp.Combine("renamed.jsonl")]);

        Assert.Equal(TestDataset.MetadataPlanted, ScanOutput.ManifestIds(temp.Combine("out"), "quarantined"));
    }

    [Fact]
    public async Task Output_is_the_same_on_one_core_and_on_several()
    {
        using var temp = new TempFolder();
        var input = temp.Combine("dataset");
        Directory.CreateDirectory(input);
        await Dataset.WriteParquetAsync(Path.Combine(input, "a.parquet"), rowGroup: 7);
        await Dataset.WriteTarAsync(Path.Combine(input, "b.tar"));
        await Dataset.WriteJsonlAsync(Path.Combine(input, "c.jsonl"));

        await new Scanner(TestDataset.Options(temp.Combine("one"), Dataset, parallelism: 1)).RunAsync([input]);
        await new Scanner(TestDataset.Options(temp.Combine("four"), Dataset, parallelism: 4)).RunAsync([input]);

        Assert.Equal(ScanOutput.Files(temp.Combine("one")), ScanOutput.Files(temp.Combine("four")));
    }

    [Fact]
    public async Task Resume_after_a_crash_that_left_partial_and_uncommitted_files_gives_the_same_output()
    {
        using var temp = new TempFolder();
        var input = temp.Combine("dataset");
        Directory.CreateDirectory(input);
        await new TestDataset(12).WriteParquetAsync(Path.Combine(input, "part-0.parquet"), rowGroup: 5);
        await new TestDataset(12, seedOffset: 500).WriteTarAsync(Path.Combine(input, "part-1.tar"));
        var reference = temp.Combine("reference");
        await new Scanner(TestDataset.Options(reference, Dataset)).RunAsync([input]);

        // A crash: the first shard committed; the second had renamed a (here: damaged) clean copy into place but not
        // written its checkpoint, and had a half-written manifest part and temporary copy lying around.
        var crashed = temp.Combine("crashed");
        using var interrupt = new CancellationTokenSource();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new Scanner(TestDataset.Options(crashed, Dataset, parallelism: 1, progress: new CancelAfterShards(interrupt, 1))).RunAsync([input], interrupt.Token));
        File.WriteAllText(Path.Combine(crashed, "clean", "dataset", "part-1.tar"), "half a tar");
        File.WriteAllText(Path.Combine(crashed, "clean", "dataset", "part-1.tar.partial"), "a third of a tar");
        var manifests = Path.Combine(crashed, ".scan", "manifests");
        File.WriteAllText(Path.Combine(manifests, Directory.GetFiles(manifests).Select(Path.GetFileName).First()! + ".partial"), "{\"half\": ");

        await new Scanner(TestDataset.Options(crashed, Dataset, resume: true)).RunAsync([input]);

        Assert.Equal(ScanOutput.Files(reference), ScanOutput.Files(crashed));
        Assert.Empty(Directory.EnumerateFiles(crashed, "*.partial", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Resume_refuses_a_scan_made_with_other_settings()
    {
        using var temp = new TempFolder();
        await Dataset.WriteParquetAsync(temp.Combine("laion.parquet"));
        await new Scanner(TestDataset.Options(temp.Combine("out"), Dataset, dryRun: true)).RunAsync([temp.Combine("laion.parquet")]);

        var error = await Assert.ThrowsAsync<ScanSetupException>(() =>
            new Scanner(TestDataset.Options(temp.Combine("out"), Dataset, resume: true)).RunAsync([temp.Combine("laion.parquet")]));
        Assert.Contains("different settings", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Finding_sink_hears_every_quarantined_and_unreadable_record_once()
    {
        using var temp = new TempFolder();
        await Dataset.WriteParquetAsync(temp.Combine("laion.parquet"));
        var sink = new CollectingSink();

        await new Scanner(TestDataset.Options(temp.Combine("out"), Dataset) with { FindingSink = sink }).RunAsync([temp.Combine("laion.parquet")]);

        Assert.Equal(Planted.Union([TestDataset.Undecodable]).Order(StringComparer.Ordinal), sink.Records.Select(record => record.RecordId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Finding_sink_gets_flagged_images_url_and_caption_within_the_evidence_budget_but_the_manifest_never_does()
    {
        using var temp = new TempFolder();
        await Dataset.WriteTarAsync(temp.Combine("00000.tar"));
        var options = TestDataset.Options(temp.Combine("out"), Dataset);
        var kept = new CollectingSink();
        var none = new CollectingSink();

        await new Scanner(options with { FindingSink = kept, EvidenceBytesPerShard = 64L << 20 }).RunAsync([temp.Combine("00000.tar")]);
        Directory.Delete(temp.Combine("out"), recursive: true);
        await new Scanner(options with { FindingSink = none, EvidenceBytesPerShard = 0 }).RunAsync([temp.Combine("00000.tar")]);

        var md5Hit = kept.Records.Single(record => record.RecordId == TestDataset.Md5Planted);
        var source = Dataset.Records.Single(record => record.Id == TestDataset.Md5Planted);
        Assert.Equal(source.Image, md5Hit.Image!.Value.ToArray());
        Assert.Equal(source.Url, md5Hit.Url);
        Assert.Null(none.Records.Single(record => record.RecordId == TestDataset.Md5Planted).Image);
        Assert.All(kept.Records.Where(record => record.Status == "unreadable"), record => Assert.Null(record.Image));
        var manifest = File.ReadAllText(Path.Combine(options.OutputDirectory, "quarantine.jsonl"));
        Assert.DoesNotContain(source.Url!, manifest, StringComparison.Ordinal);
    }

    private sealed class CancelAfterShards(CancellationTokenSource? interrupt, int shards) : IScanProgress
    {
        private int _finished;

        public int Finished => _finished;

        public void Started(int count, long? estimatedRecords)
        {
        }

        public void RecordsChecked(int count)
        {
        }

        public void ShardFinished(ShardSummary summary)
        {
            if (Interlocked.Increment(ref _finished) == shards)
            {
                interrupt?.Cancel();
            }
        }
    }

    private sealed class CollectingSink : IFindingSink
    {
        private readonly List<QuarantinedRecord> _records = [];

        public IReadOnlyList<QuarantinedRecord> Records
        {
            get
            {
                lock (_records)
                {
                    return [.. _records];
                }
            }
        }

        public ValueTask RecordAsync(QuarantinedRecord record, CancellationToken cancellationToken)
        {
            lock (_records)
            {
                _records.Add(record);
            }

            return ValueTask.CompletedTask;
        }
    }
}
