using System.Diagnostics.CodeAnalysis;
using Bulwark.Detection.Signals;

namespace Bulwark.Detection.Banks.Import;

/// <summary>Settings shared by the bank importers. Validated when an importer is created.</summary>
public sealed class BankImportOptions
{
    /// <summary>The default cap on a line's (or CSV record's) length in characters: 64 KiB.</summary>
    public const int DefaultMaxLineLength = 64 * 1024;

    /// <summary>The default number of per-line errors kept in a summary; further errors are only counted.</summary>
    public const int DefaultMaxReportedErrors = 1000;

    /// <summary>Recorded as <see cref="BankEntry.Source"/> on every entry the import writes (a CSV <c>source</c>/<c>collab</c> column overrides it per row).</summary>
    public string? Source { get; init; }

    /// <summary>
    /// The signal type of every value, for formats that do not name it per line. When null it is inferred from the
    /// value's length: 32 hex digits is <c>md5</c>, 64 is <see cref="SixtyFourHexDigitsAs"/>.
    /// </summary>
    public SignalType? SignalType { get; init; }

    /// <summary>
    /// What a 64-hex-digit value is when <see cref="SignalType"/> is null: PDQ and SHA-256 have the same length, so
    /// this is a guess the caller owns. Defaults to <see cref="Signals.SignalType.Pdq"/>; set it (or
    /// <see cref="SignalType"/>) when importing a SHA-256 list.
    /// </summary>
    public SignalType SixtyFourHexDigitsAs { get; init; } = Signals.SignalType.Pdq;

    /// <summary>Lines (CSV records, including quoted newlines) longer than this are reported as errors and skipped, so one corrupt line cannot exhaust memory.</summary>
    public int MaxLineLength { get; init; } = DefaultMaxLineLength;

    /// <summary>How many errors a summary lists; the rest are counted in <see cref="BankImportSummary.ErrorCount"/>.</summary>
    public int MaxReportedErrors { get; init; } = DefaultMaxReportedErrors;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxLineLength, 1, nameof(MaxLineLength));
        ArgumentOutOfRangeException.ThrowIfNegative(MaxReportedErrors, nameof(MaxReportedErrors));
        ArgumentNullException.ThrowIfNull(SixtyFourHexDigitsAs, nameof(SixtyFourHexDigitsAs));
        if (SixtyFourHexDigitsAs.HexLength != 64)
        {
            throw new ArgumentException($"{nameof(SixtyFourHexDigitsAs)} must be a 64-digit type (pdq or sha256), not {SixtyFourHexDigitsAs.Name}.", nameof(SixtyFourHexDigitsAs));
        }
    }

    /// <summary>The type for <paramref name="value"/> when the line does not say, or an error.</summary>
    internal bool TryResolveType(ReadOnlySpan<char> value, out SignalType type, [NotNullWhen(false)] out string? error)
    {
        error = null;
        var length = value.Trim().Length;
        type = SignalType ?? (length == Signals.SignalType.Md5.HexLength ? Signals.SignalType.Md5 : SixtyFourHexDigitsAs);
        if (SignalType is null && length != 32 && length != 64)
        {
            error = $"Cannot infer the signal type of a {length}-character value: expected 32 hex digits (md5) or 64 (pdq or sha256), or give the type explicitly.";
            return false;
        }

        return true;
    }
}
