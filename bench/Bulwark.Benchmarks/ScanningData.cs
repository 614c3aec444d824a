using System.Formats.Tar;
using System.Globalization;
using Parquet;
using Parquet.Schema;

namespace Bulwark.Benchmarks;

/// <summary>
/// Generated inputs for the scanner benchmark: a LAION-layout metadata table (URL, TEXT, sizes, scores, hash) with
/// benign captions and URLs, stand-in URL and source lists that a small share of rows fall under, and WebDataset tar
/// shards of Meta's public PDQ test photos.
/// </summary>
internal static class ScanningData
{
    private static readonly string[] Adjectives = ["red", "small", "old", "wooden", "bright", "quiet", "blue", "vintage", "modern", "green", "large", "white"];
    private static readonly string[] Nouns = ["bicycle", "teapot", "harbour", "mountain road", "kitchen table", "lighthouse", "armchair", "garden", "train station", "bookshelf", "sailing boat", "market stall"];
    private static readonly string[] Places = ["at sunset", "in the rain", "on a white background", "in a sunny park", "near the sea", "in winter", "at night", "in a busy street"];
    private static readonly string[] Extras = ["stock photo", "high resolution", "product image", "free download", "wallpaper", "illustration", "4k", ""];

    /// <summary>Writes <paramref name="rows"/> rows in row groups of <paramref name="rowGroup"/> rows.</summary>
    public static async Task WriteMetadataAsync(string path, int rows, int rowGroup)
    {
        var url = new DataField<string>("URL");
        var text = new DataField<string>("TEXT");
        var width = new DataField<long>("WIDTH", nullable: true);
        var height = new DataField<long>("HEIGHT", nullable: true);
        var similarity = new DataField<double>("similarity");
        var hash = new DataField<long>("hash");
        var punsafe = new DataField<double>("punsafe", nullable: true);
        var schema = new ParquetSchema(url, text, width, height, similarity, hash, punsafe);
        var random = new Random(42);
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(schema, stream);
        for (var start = 0; start < rows; start += rowGroup)
        {
            var count = Math.Min(rowGroup, rows - start);
            var urls = new string[count];
            var texts = new string[count];
            var widths = new long?[count];
            var heights = new long?[count];
            var similarities = new double[count];
            var hashes = new long[count];
            var unsafeScores = new double?[count];
            for (var i = 0; i < count; i++)
            {
                var row = start + i;
                urls[i] = Url(random, row);
                texts[i] = Caption(random);
                widths[i] = 256 + random.Next(1800);
                heights[i] = 256 + random.Next(1800);
                similarities[i] = 0.28 + (random.NextDouble() * 0.2);
                hashes[i] = random.NextInt64();
                unsafeScores[i] = random.Next(10) == 0 ? null : random.NextDouble() * 0.1;
            }

            using var group = writer.CreateRowGroup();
            await group.WriteAsync(url, urls, null);
            await group.WriteAsync(text, texts, null);
            await group.WriteAsync<long>(width, widths.AsMemory());
            await group.WriteAsync<long>(height, heights.AsMemory());
            await group.WriteAsync<double>(similarity, similarities.AsMemory());
            await group.WriteAsync<long>(hash, hashes.AsMemory());
            await group.WriteAsync<double>(punsafe, unsafeScores.AsMemory());
        }
    }

    /// <summary>10,000 stand-in URL expressions; about 0.1% of generated rows fall under one.</summary>
    public static IEnumerable<string> UrlList()
    {
        for (var i = 0; i < 10_000; i++)
        {
            yield return i % 2 == 0 ? $"listed{i}.example.net" : $"shop{i % 997}.example.com/listed/{i}/";
        }
    }

    /// <summary>1,000 stand-in domains and 10 dataset names.</summary>
    public static IEnumerable<string> SourceList() =>
        Enumerable.Range(0, 1000).Select(i => $"domain:risky{i}.example.org").Concat(Enumerable.Range(0, 10).Select(i => $"dataset:stand-in-set-{i}"));

    /// <summary>A WebDataset tar of <paramref name="copies"/> copies of each photo in <paramref name="folder"/> (jpg members only).</summary>
    public static async Task<int> WriteImageTarAsync(string path, string folder, int copies)
    {
        var photos = Photos(folder);
        await using var stream = File.Create(path);
        await using var tar = new TarWriter(stream, TarEntryFormat.Pax);
        var index = 0;
        for (var copy = 0; copy < copies; copy++)
        {
            foreach (var photo in photos)
            {
                var entry = new PaxTarEntry(TarEntryType.RegularFile, string.Create(CultureInfo.InvariantCulture, $"{index++:D6}.jpg")) { DataStream = new MemoryStream(photo) };
                await tar.WriteEntryAsync(entry);
            }
        }

        return index;
    }

    /// <summary>
    /// The same photos as <see cref="WriteImageTarAsync"/>, in the order the tar holds them, as a Parquet table with
    /// the images embedded (img2dataset's Parquet output): <c>key</c>, <c>jpg</c> (binary), <c>caption</c>.
    /// </summary>
    public static async Task WriteImageParquetAsync(string path, string folder, int copies, int rowGroup)
    {
        var photos = Photos(folder);
        var all = Enumerable.Range(0, copies * photos.Length).ToArray();
        var key = new DataField<string>("key", false);
        var jpg = new DataField<byte[]>("jpg", false);
        var caption = new DataField<string>("caption", false);
        var random = new Random(11);
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(key, jpg, caption), stream);
        foreach (var part in all.Chunk(rowGroup))
        {
            using var group = writer.CreateRowGroup();
            await group.WriteAsync(key, part.Select(index => index.ToString("D6", CultureInfo.InvariantCulture)).ToArray(), null);
            await group.WriteAsync(jpg, part.Select(index => photos[index % photos.Length]).ToArray(), null);
            await group.WriteAsync(caption, part.Select(_ => Caption(random)).ToArray(), null);
        }
    }

    /// <summary>A folder's JPEG photos, in name order: the order both image inputs repeat them in.</summary>
    private static byte[][] Photos(string folder) =>
        Directory.GetFiles(folder, "*.jpg").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();

    private static string Url(Random random, int row)
    {
        var kind = random.Next(1000);
        if (kind == 0)
        {
            return $"https://cdn.listed{2 * random.Next(5000)}.example.net/img/{row}.jpg";
        }

        if (kind == 1)
        {
            return $"http://images.risky{random.Next(1000)}.example.org/{row}.png";
        }

        var host = $"shop{random.Next(997)}.example.com";
        return random.Next(4) switch
        {
            0 => $"https://{host}/media/catalog/product/{row % 97}/{row}.jpg",
            1 => $"https://www.{host}/images/{row}.jpg?w=800&h=600",
            2 => $"http://static.{host}/uploads/2019/{row % 12 + 1:D2}/photo-{row}.jpeg",
            _ => $"https://{host}/p/{row}/large.webp",
        };
    }

    /// <summary>A benign product or scene caption of about 50 characters, as in the generated table's <c>TEXT</c> column.</summary>
    public static string Caption(Random random)
    {
        var caption = $"a {Adjectives[random.Next(Adjectives.Length)]} {Nouns[random.Next(Nouns.Length)]} {Places[random.Next(Places.Length)]}";
        var extra = Extras[random.Next(Extras.Length)];
        return extra.Length == 0 ? caption : $"{caption} - {extra}";
    }
}
