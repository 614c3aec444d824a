using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Win32.SafeHandles;

namespace Bulwark.Scanning.Formats.ParquetPages;

/// <summary>
/// A Parquet file opened for reading column chunks by position (a handle of its own, so these reads never meet the
/// stream Parquet.Net reads through), with what its writer is known to get wrong about chunk sizes.
/// </summary>
internal sealed partial class PageFile : IDisposable
{
    /// <summary>More than a dictionary page header takes.</summary>
    private const int LegacySizeAllowance = 100;

    private PageFile(SafeFileHandle handle, int sizeAllowance)
    {
        Handle = handle;
        SizeAllowance = sizeAllowance;
    }

    public SafeFileHandle Handle { get; }

    /// <summary>
    /// Bytes to read past a chunk's recorded size: parquet-mr before 1.2.9 left the dictionary page's header out of it
    /// (parquet-cpp reads further for those files too). Pages are read only until the chunk has all its rows.
    /// </summary>
    public int SizeAllowance { get; }

    /// <param name="path">The file.</param>
    /// <param name="createdBy">The footer's <c>created_by</c>, which names the writer and its version.</param>
    public static PageFile Open(string path, string? createdBy) =>
        new(File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.Asynchronous), SizeAllowanceFor(createdBy));

    internal static int SizeAllowanceFor(string? createdBy)
    {
        if (createdBy is null || !createdBy.StartsWith("parquet-mr", StringComparison.Ordinal))
        {
            return 0;
        }

        // A parquet-mr that does not say its version is taken to be an old one, as parquet-cpp takes it.
        var version = WriterVersion().Match(createdBy);
        return !version.Success || new Version(Number(version, 1), Number(version, 2), Number(version, 3)) < new Version(1, 2, 9)
            ? LegacySizeAllowance
            : 0;
    }

    public void Dispose() => Handle.Dispose();

    /// <summary>One part of the version; at most six digits, as the pattern takes them, so it always parses.</summary>
    private static int Number(Match version, int group) => int.Parse(version.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"version (\d{1,6})\.(\d{1,6})\.(\d{1,6})", RegexOptions.CultureInvariant)]
    private static partial Regex WriterVersion();
}
