using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Bulwark.Detection.Hashing.Pdq;
using Bulwark.Detection.Matching;

namespace Bulwark.Cli.Matching;

/// <summary>Writes one match result as a single JSON line (the JSON Lines format), streaming with Utf8JsonWriter.</summary>
internal static class MatchJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Line(string path, PdqQueryHash? canonical, IReadOnlyList<HashMatch> matches)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("path", path);
            if (canonical is { } hash)
            {
                json.WriteString("hash", hash.Hash.ToString());
                json.WriteNumber("quality", hash.Quality);
            }
            else
            {
                json.WriteNull("hash");
                json.WriteNull("quality");
            }

            json.WriteStartArray("matches");
            foreach (var match in matches)
            {
                json.WriteStartObject();
                json.WriteString("hash", match.MatchedHash);
                json.WriteString("label", match.Label);
                json.WriteNumber("distance", match.Distance);
                json.WriteString("bank", match.Bank);
                json.WriteString("type", match.SignalType.Name);
                json.WriteString("query_hash", match.QueryHash);
                if (match.View is not null)
                {
                    json.WriteString("view", match.View);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
