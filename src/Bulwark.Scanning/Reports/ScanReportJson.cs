using System.Text.Json;
using Bulwark.Scanning.Running;

namespace Bulwark.Scanning.Reports;

/// <summary>
/// The machine-readable report: totals, counts per check and rule, and each shard's counts or error. It holds no
/// timings, so a resumed scan's report is byte-identical to an uninterrupted one's.
/// </summary>
internal static class ScanReportJson
{
    public const string FileName = "report.json";

    public static byte[] Render(ScanSummary scan)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("format", "bulwark-scan-report/1");
            json.WriteString("fingerprint", scan.Fingerprint);
            json.WriteBoolean("dry_run", scan.DryRun);
            json.WriteStartObject("totals");
            json.WriteNumber("shards", scan.Shards.Count);
            json.WriteNumber("malformed_shards", scan.MalformedShards);
            json.WriteNumber("records", scan.Records);
            json.WriteNumber("clean", scan.Clean);
            json.WriteNumber("quarantined", scan.Quarantined);
            json.WriteNumber("unreadable", scan.Unreadable);
            json.WriteBoolean("reconciles", scan.Shards.All(shard => shard.Reconciles));
            json.WriteEndObject();
            Counts(json, "by_check", scan.ByCheck);
            Counts(json, "by_rule", scan.ByRule);
            json.WriteStartArray("shards");
            foreach (var shard in scan.Shards)
            {
                json.WriteStartObject();
                json.WriteString("shard", shard.Shard);
                json.WriteString("format", shard.Format);
                if (shard.Error is not null)
                {
                    json.WriteString("error", shard.Error);
                }
                else
                {
                    json.WriteNumber("records", shard.Records);
                    json.WriteNumber("clean", shard.Clean);
                    json.WriteNumber("quarantined", shard.Quarantined);
                    json.WriteNumber("unreadable", shard.Unreadable);
                    Counts(json, "by_check", shard.ByCheck);
                    Counts(json, "by_rule", shard.ByRule);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static void Counts(Utf8JsonWriter json, string name, IReadOnlyDictionary<string, long> counts)
    {
        json.WriteStartObject(name);
        foreach (var (key, count) in counts.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            json.WriteNumber(key, count);
        }

        json.WriteEndObject();
    }
}
