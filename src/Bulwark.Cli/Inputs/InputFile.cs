namespace Bulwark.Cli.Inputs;

/// <summary>A path to process, or the reason it cannot be.</summary>
internal sealed record InputFile(string Path, string? Problem);
