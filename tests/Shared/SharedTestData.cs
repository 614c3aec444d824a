namespace Bulwark.Tests.Shared;

/// <summary>
/// Locates ../shared/testdata beside the repository (a sibling of the clone, in development and CI alike).
/// Compiled into every test project from tests/Shared.
/// </summary>
internal static class SharedTestData
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string PdqDirectory => Path.Combine(Root.Value, "pdq");

    public static string Pdq(params string[] parts) => Path.Combine([PdqDirectory, .. parts]);

    private static string FindRoot()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("BULWARK_SHARED_TESTDATA");
        if (!string.IsNullOrEmpty(fromEnvironment) && Directory.Exists(fromEnvironment))
        {
            return fromEnvironment;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "testdata");
            if (Directory.Exists(Path.Combine(candidate, "pdq")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("shared/testdata was not found above " + AppContext.BaseDirectory + "; set BULWARK_SHARED_TESTDATA.");
    }
}
