namespace Bulwark.Benchmarks;

/// <summary>
/// Finds Meta's public PDQ test photos (<c>shared/testdata/pdq</c>, beside the repository as the README's
/// examples assume): <c>BULWARK_PDQ_TESTDATA</c> if set, else the first <c>shared/testdata/pdq</c> found walking
/// up from the working directory or from the binaries (BenchmarkDotNet runs from its own build folder).
/// </summary>
internal static class PdqTestData
{
    private const string EnvironmentVariable = "BULWARK_PDQ_TESTDATA";

    public static string Root()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "shared", "testdata", "pdq");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException(
            $"No shared/testdata/pdq above {Environment.CurrentDirectory} or {AppContext.BaseDirectory}; set {EnvironmentVariable} or pass --data.");
    }
}
