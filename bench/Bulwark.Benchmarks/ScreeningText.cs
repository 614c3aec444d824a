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

    private static readonly Lazy<string[]> Lines = new(() =>
        [.. File.ReadLines(Find()).Where(line => line.Length > 0).Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString() + " ")]);

    private static string Find()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, RelativePath);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new FileNotFoundException($"No {RelativePath} above {Environment.CurrentDirectory}; run from the repository.");
    }
}
