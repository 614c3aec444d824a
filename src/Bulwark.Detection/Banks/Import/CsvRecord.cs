namespace Bulwark.Detection.Banks.Import;

/// <summary>One CSV record: its fields, or why it could not be read. <see cref="LineNumber"/> is the line it starts on.</summary>
internal readonly record struct CsvRecord(long LineNumber, string[]? Fields, string? Error)
{
    public bool IsBlank => Fields is [""];
}
