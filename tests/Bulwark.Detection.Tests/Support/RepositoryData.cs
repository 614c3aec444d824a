namespace Bulwark.Detection.Tests.Support;

/// <summary>Locates the repository's own tests/data folder.</summary>
internal static class RepositoryData
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Bulwark.slnx")))
            {
                return System.IO.Path.Combine(directory.FullName, "tests", "data");
            }
        }

        throw new DirectoryNotFoundException("Bulwark.slnx was not found above " + AppContext.BaseDirectory);
    });

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root.Value, .. parts]);
}
