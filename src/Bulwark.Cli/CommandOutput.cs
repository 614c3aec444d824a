namespace Bulwark.Cli;

/// <summary>Where a command writes results and diagnostics; tests pass string writers, the program the console.</summary>
internal sealed record CommandOutput(TextWriter Out, TextWriter Error)
{
    public static CommandOutput Console => new(System.Console.Out, System.Console.Error);

    /// <summary>Whether a person is watching stderr (so a progress bar makes sense).</summary>
    public bool ErrorIsInteractive => ReferenceEquals(Error, System.Console.Error) && !System.Console.IsErrorRedirected;

    public void ReportFileError(string path, string message) => Error.WriteLine($"bulwark: {path}: {message}");
}
