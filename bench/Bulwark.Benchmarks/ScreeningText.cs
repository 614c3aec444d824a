using System.Text.Json;

namespace Bulwark.Benchmarks;

/// <summary>
/// Benchmark inputs for text screening, made from the labelled development set (tests/data/text/screening-dev.jsonl,
/// found walking up from the working directory): its short requests and hard negatives in nine languages, repeated to
/// an exact length. No new fixture text is written for benchmarks.
/// </summary>
internal static class ScreeningText
{
    private const string RelativePath = "tests/data/text/screening-dev.jsonl";

    public static string Of(int chars) => BenchmarkText.Repeat(Lines.Value, chars);

    /// <summary>
    /// Ordinary English prose with no child-safety vocabulary to speak of: the paragraphs of docs/architecture.md, as
    /// most traffic through a gateway looks more like this than like the labelled set.
    /// </summary>
    public static string Ordinary(int chars) => BenchmarkText.Repeat(Prose.Value, chars);

    private static readonly Lazy<string[]> Prose = new(() =>
        [.. File.ReadLines(Find("docs/architecture.md")).Where(line => line.Length > 40 && !line.StartsWith('|') && !line.StartsWith("  ", StringComparison.Ordinal)).Select(line => line + " ")]);

    private static readonly Lazy<string[]> Lines = new(() =>
        [.. File.ReadLines(Find(RelativePath)).Where(line => line.Length > 0).Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString() + " ")]);

    private static string Find(string relativePath)
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, relativePath);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new FileNotFoundException($"No {relativePath} above {Environment.CurrentDirectory}; run from the repository.");
    }
}
