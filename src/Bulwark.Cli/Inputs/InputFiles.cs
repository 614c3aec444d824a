namespace Bulwark.Cli.Inputs;

/// <summary>
/// Expands command-line paths into files: a file stays itself, a directory yields every file beneath it in
/// ordinal path order (so output is stable run to run), and a missing path is reported, not skipped silently.
/// </summary>
internal static class InputFiles
{
    public static IReadOnlyList<InputFile> Expand(IEnumerable<string> paths)
    {
        var files = new List<InputFile>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
                    .Order(StringComparer.Ordinal);
                files.AddRange(found.Select(file => new InputFile(file, null)));
            }
            else if (File.Exists(path))
            {
                files.Add(new InputFile(path, null));
            }
            else
            {
                files.Add(new InputFile(path, "no such file or directory"));
            }
        }

        return files;
    }
}
