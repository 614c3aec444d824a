using Bulwark.Detection.Banks;
using Bulwark.Detection.Banks.Import;
using Bulwark.Detection.Signals;
using static Bulwark.Detection.Tests.Banks.Import.MadeUpHashes;

namespace Bulwark.Detection.Tests.Banks.Import;

public sealed class ThreatExchangeTextBankImporterTests
{
    [Fact]
    public async Task Typed_lines_import_each_with_its_own_signal_type_and_optional_label()
    {
        var bank = new Bank("b");
        var text = $"""
            # threatexchange dataset -P -S style
            pdq {Hex64A}
            video_md5	{Md5A}
            SHA256 {Hex64B} some label
            """;

        var summary = await new ThreatExchangeTextBankImporter(new BankImportOptions { Source = "tx" }).ImportAsync(new StringReader(text), bank);

        Assert.Equal(3, summary.Added);
        Assert.Equal([SignalType.Pdq, SignalType.Md5, SignalType.Sha256], bank.Entries.Select(e => e.Signal.Type));
        Assert.Equal([null, null, "some label"], bank.Entries.Select(e => e.Label));
        Assert.All(bank.Entries, e => Assert.Equal("tx", e.Source));
    }

    [Fact]
    public async Task Unknown_types_missing_values_and_bad_hex_are_reported_per_line_and_deletes_apply()
    {
        var bank = new Bank("b");
        bank.Upsert(Signal.Parse(SignalType.Md5, Md5B));
        var text = $"url https://example.invalid/\npdq\nmd5 {Md5A[..31]}\nmd5 {Md5A}\n- md5 {Md5B}\n";

        var summary = await new ThreatExchangeTextBankImporter().ImportAsync(new StringReader(text), bank);

        Assert.Equal(1, summary.Added);
        Assert.Equal(1, summary.Deleted);
        Assert.Equal([1L, 2L, 3L], summary.Errors.Select(e => e.LineNumber));
        Assert.Contains("Unsupported signal type 'url'", summary.Errors[0].Reason, StringComparison.Ordinal);
        Assert.Contains("only one field", summary.Errors[1].Reason, StringComparison.Ordinal);
        Assert.Contains("expected 32 hex digits", summary.Errors[2].Reason, StringComparison.Ordinal);
        Assert.Equal(Md5A, bank.Entries.Single().Signal.Value);
    }
}
