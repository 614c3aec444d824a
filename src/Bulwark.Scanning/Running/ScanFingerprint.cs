using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Bulwark.Detection.Signals;

namespace Bulwark.Scanning.Running;

/// <summary>
/// A digest of everything that decides a scan's results (columns, banks, lists, policy, views, thresholds, dry run),
/// stored with the checkpoints: <c>--resume</c> only continues a scan whose settings are the same, so a resumed
/// scan cannot mix two configurations in one output.
/// </summary>
internal static class ScanFingerprint
{
    public const string FormatVersion = "bulwark-scan/1";

    public static string Compute(ScanOptions options)
    {
        var text = new StringBuilder();
        text.AppendLine(FormatVersion);
        text.AppendLine(CultureInfo.InvariantCulture, $"dry-run={options.DryRun}");
        text.AppendLine("columns=" + options.Columns.Describe());
        foreach (var bank in options.Banks?.Banks ?? [])
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"bank={bank.Name}:{Of(bank.Entries.Select(entry => entry.Signal.ToString()))}");
        }

        if (options.Banks?.Banks.Any(bank => bank.Entries.Any(entry => entry.Signal.Type == SignalType.Pdq)) == true)
        {
            var views = options.PdqViews;
            text.AppendLine(CultureInfo.InvariantCulture, $"pdq={options.PdqThreshold};{views.Orientations};{views.CropOrientations};{views.TrimUniformBorder};{string.Join(',', views.CentreCropFractions)};{views.BorderTolerance};{views.MinimumBorderFraction};{views.MinimumDerivedQuality}");
            text.AppendLine(CultureInfo.InvariantCulture, $"decoder={options.Decoder.ReducedSizeDecode};{options.Decoder.ApplyExifOrientation};{options.Decoder.MaxPixels};{options.Decoder.MaxEncodedBytes}");
        }

        foreach (var list in options.UrlLists)
        {
            text.AppendLine("urls=" + list.Fingerprint);
        }

        foreach (var list in options.SourceLists)
        {
            text.AppendLine("sources=" + list.Fingerprint);
        }

        if (options.CaptionScreener is { } screener)
        {
            text.AppendLine($"policy={screener.Policy.Id};{screener.Policy.Version};{screener.Policy.ContentHash};{string.Join(',', screener.Detectors.Select(detector => detector.Name))}");
        }

        return Of([text.ToString()]);
    }

    /// <summary>SHA-256 (hex, first 32 digits) over the items in order.</summary>
    public static string Of(IEnumerable<string> items)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var item in items)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(item));
            hash.AppendData("\n"u8);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..32];
    }
}
