namespace Bulwark.Detection.Tests.Support;

/// <summary>One row of the reference's <c>hash,quality,path</c> output.</summary>
internal sealed record ReferenceRow(string Hash, int Quality, string Path)
{
    public static IReadOnlyList<ReferenceRow> Load(string csvPath) =>
        File.ReadLines(csvPath)
            .Where(line => line.Length > 0 && !line.StartsWith('#') && !line.StartsWith("hash,", StringComparison.Ordinal))
            .Select(line => line.Split(','))
            .Select(fields => new ReferenceRow(fields[0], int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture), fields[2]))
            .ToList();

    public static float[] LoadMatrix(string path) =>
        File.ReadAllText(path)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(token => float.Parse(token, System.Globalization.CultureInfo.InvariantCulture))
            .ToArray();
}
