using System.Text.Json;
using Parquet;

namespace Bulwark.Scanning.Tests.Support;

/// <summary>Reads what a scan wrote: manifest lines, cleaned Parquet ids, every output file's bytes.</summary>
internal static class ScanOutput
{
    public static IReadOnlyList<JsonElement> Manifest(string output) =>
        [.. File.ReadAllLines(Path.Combine(output, "quarantine.jsonl")).Select(line => JsonDocument.Parse(line).RootElement.Clone())];

    public static IReadOnlySet<string> ManifestIds(string output, string status) =>
        Manifest(output).Where(entry => entry.GetProperty("status").GetString() == status).Select(entry => entry.GetProperty("record").GetString()!).ToHashSet();

    public static IEnumerable<string> Checks(JsonElement entry) =>
        entry.GetProperty("flags").EnumerateArray().Select(flag => flag.GetProperty("check").GetString()!);

    public static async Task<List<string>> ParquetIdsAsync(string path)
    {
        var reader = await ParquetReader.CreateAsync(path);
        await using (reader.ConfigureAwait(false))
        {
            var ids = new List<string>();
            var field = reader.Schema.DataFields.Single(field => field.Name == "key");
            for (var i = 0; i < reader.RowGroupCount; i++)
            {
                using var group = reader.OpenRowGroupReader(i);
                var values = new string?[group.RowCount];
                await group.ReadAsync(field, values.AsMemory());
                ids.AddRange(values!);
            }

            return ids;
        }
    }

    /// <summary>Every file under <paramref name="output"/> except the scan's own state, by relative path.</summary>
    public static SortedDictionary<string, byte[]> Files(string output)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(output, path);
            if (!relative.StartsWith(".scan", StringComparison.Ordinal))
            {
                files[relative] = File.ReadAllBytes(path);
            }
        }

        return files;
    }
}
