using System.Text.Json;
using Bulwark.Scanning.Running;

namespace Bulwark.Scanning.Reports;

/// <summary>Writes quarantine manifest lines: one JSON object per left-out record, fields in a fixed order.</summary>
internal static class QuarantineManifest
{
    public const string FileName = "quarantine.jsonl";

    public static void WriteLine(Stream stream, QuarantinedRecord record)
    {
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("shard", record.Shard);
            json.WriteString("record", record.RecordId);
            json.WriteNumber("index", record.Index);
            json.WriteString("status", record.Status);
            if (record.Reason is not null)
            {
                json.WriteString("reason", record.Reason);
            }

            json.WriteStartArray("flags");
            foreach (var flag in record.Flags)
            {
                json.WriteStartObject();
                json.WriteString("check", flag.Check);
                json.WriteString("rule", flag.Rule);
                WriteIfSet(json, "matched", flag.Matched);
                WriteIfSet(json, "label", flag.Label);
                if (flag.Distance is { } distance)
                {
                    json.WriteNumber("distance", distance);
                }

                WriteIfSet(json, "view", flag.View);
                if (flag.Score is { } score)
                {
                    json.WriteNumber("score", score);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteIfSet(json, "md5", record.Md5);
            WriteIfSet(json, "sha256", record.Sha256);
            WriteIfSet(json, "pdq", record.Pdq);
            if (record.PdqQuality is { } quality)
            {
                json.WriteNumber("pdq_quality", quality);
            }

            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
    }

    private static void WriteIfSet(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
