using System.Globalization;
using System.Text.Json;
using Bulwark.Scanning.Records;

namespace Bulwark.Scanning.Formats;

/// <summary>Reads the mapped fields of a JSON object (a JSONL line, a WebDataset sample's .json member).</summary>
internal static class JsonFields
{
    public static DatasetRecord ToRecord(JsonElement root, ColumnMapping columns, long index, string fallbackId, ReadOnlyMemory<byte>? image, string? caption = null)
    {
        var names = root.EnumerateObject().Select(property => property.Name).ToList();
        var imageText = image is null ? Text(root, columns.Image, names) : null;
        ReadOnlyMemory<byte>? decodedImage = image;
        string? problem = null;
        if (imageText is not null)
        {
            try
            {
                decodedImage = Convert.FromBase64String(imageText);
            }
            catch (FormatException)
            {
                problem = "the image field is not base64";
            }
        }

        return new DatasetRecord
        {
            Index = index,
            Id = Text(root, columns.Id, names) ?? fallbackId,
            Url = Text(root, columns.Url, names),
            Caption = caption ?? Text(root, columns.Caption, names),
            GivenMd5 = Text(root, columns.Md5, names),
            GivenSha256 = Text(root, columns.Sha256, names),
            Source = Text(root, columns.Source, names),
            Image = decodedImage,
            Problem = problem,
        };
    }

    private static string? Text(JsonElement root, IReadOnlyList<string> candidates, List<string> names)
    {
        if (ColumnMapping.Find(candidates, names) is not { } name)
        {
            return null;
        }

        var value = root.GetProperty(name);
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True or JsonValueKind.False => value.GetBoolean().ToString(CultureInfo.InvariantCulture),
            _ => null,
        };
    }
}
