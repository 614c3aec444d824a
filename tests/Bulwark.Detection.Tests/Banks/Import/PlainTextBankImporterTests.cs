using Bulwark.Detection.Banks;
using Bulwark.Detection.Banks.Import;
using Bulwark.Detection.Signals;
using static Bulwark.Detection.Tests.Banks.Import.MadeUpHashes;

namespace Bulwark.Detection.Tests.Banks.Import;

public sealed class PlainTextBankImporterTests
{
    private static Task<BankImportSummary> Import(string text, Bank bank, BankImportOptions? options = null) =>
        new PlainTextBankImporter(options).ImportAsync(new StringReader(text), bank);

    [Fact]
    public async Task Plain_text_import_skips_comments_and_reports_malformed_lines_with_their_numbers()
    {
        var bank = new Bank("b");
        var text = $"""
            # a made-up list
            {Md5A},first label

              {Md5B}  
            {Md5A[..31]}
            {Md5A[..30]}zz
            #{Md5B}
            """;

        var summary = await Import(text, bank, new BankImportOptions { SignalType = SignalType.Md5, Source = "fixture" });

        Assert.Equal(2, summary.Added);
        Assert.Equal(2, summary.ErrorCount);
        Assert.Equal([5L, 6L], summary.Errors.Select(e => e.LineNumber));
        Assert.Contains("expected 32 hex digits, got 31", summary.Errors[0].Reason, StringComparison.Ordinal);
        Assert.Contains("'z' at position 31", summary.Errors[1].Reason, StringComparison.Ordinal);
        Assert.True(bank.TryGet(Signal.Parse(SignalType.Md5, Md5A), out var entry));
        Assert.Equal("first label", entry.Label);
        Assert.Equal("fixture", entry.Source);
    }

    [Fact]
    public async Task Signal_type_is_inferred_from_length_and_64_digits_default_to_pdq()
    {
        var bank = new Bank("b");

        var summary = await Import($"{Md5A}\n{Hex64A}\n{new string('a', 40)}\n", bank);

        Assert.Equal(2, summary.Added);
        Assert.Equal(3, summary.Errors.Single().LineNumber);
        Assert.Contains("Cannot infer the signal type of a 40-character value", summary.Errors[0].Reason, StringComparison.Ordinal);
        Assert.Equal([SignalType.Md5, SignalType.Pdq], bank.Entries.Select(e => e.Signal.Type));
    }

    [Fact]
    public async Task Sixty_four_digit_values_are_sha256_when_the_caller_says_so()
    {
        var bank = new Bank("b");

        await Import(Hex64A, bank, new BankImportOptions { SixtyFourHexDigitsAs = SignalType.Sha256 });

        Assert.Same(SignalType.Sha256, bank.Entries.Single().Signal.Type);
    }

    [Fact]
    public async Task A_line_prefixed_with_minus_deletes_and_a_repeated_hash_updates_its_label()
    {
        var bank = new Bank("b");
        await Import($"{Md5A},old\n{Md5B}\n", bank);

        var summary = await Import($"{Md5A},new\n-{Md5B}\n- {Md5B}\n{Md5A},new\n", bank);

        Assert.Equal(new BankImportSummary(0, 1, 1, 2, 0, []), summary with { Errors = [] });
        Assert.Equal("new", bank.Entries.Single().Label);
    }

    [Fact]
    public async Task An_over_long_line_is_reported_and_the_lines_around_it_are_kept()
    {
        var bank = new Bank("b");
        var text = $"{Md5A}\r\n{new string('f', 100_000)}\r\n{Md5B}";

        var summary = await Import(text, bank, new BankImportOptions { MaxLineLength = 1024 });

        Assert.Equal(2, summary.Added);
        var error = Assert.Single(summary.Errors);
        Assert.Equal(2, error.LineNumber);
        Assert.Contains("longer than 1024 characters", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Line_numbers_count_lf_crlf_and_lone_cr_endings_alike()
    {
        var bank = new Bank("b");

        var summary = await Import($"{Md5A}\r\nbad\rbad\n\n{Md5B}\nbad", bank);

        Assert.Equal([2L, 3L, 6L], summary.Errors.Select(e => e.LineNumber));
    }

    [Fact]
    public async Task Only_the_first_errors_are_listed_but_all_are_counted()
    {
        var summary = await Import(string.Concat(Enumerable.Repeat("bad\n", 50)), new Bank("b"), new BankImportOptions { MaxReportedErrors = 5 });

        Assert.Equal(50, summary.ErrorCount);
        Assert.Equal(5, summary.Errors.Count);
        Assert.False(summary.Succeeded);
    }

    [Fact]
    public async Task Import_reads_a_large_list_through_small_reads()
    {
        var bank = new Bank("b");
        var lines = Enumerable.Range(0, 5000).Select(i => i.ToString("x32", System.Globalization.CultureInfo.InvariantCulture));

        var summary = await new PlainTextBankImporter().ImportAsync(new StringReader(string.Join("\n", lines)), bank);

        Assert.Equal(5000, summary.Added);
        Assert.True(summary.Succeeded);
    }

    [Fact]
    public void Options_that_cannot_work_are_rejected_when_the_importer_is_created()
    {
        Assert.Throws<ArgumentException>(() => new PlainTextBankImporter(new BankImportOptions { SixtyFourHexDigitsAs = SignalType.Md5 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PlainTextBankImporter(new BankImportOptions { MaxLineLength = 0 }));
    }
}
