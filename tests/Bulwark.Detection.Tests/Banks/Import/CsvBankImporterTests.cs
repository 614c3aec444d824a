using Bulwark.Detection.Banks;
using Bulwark.Detection.Banks.Import;
using Bulwark.Detection.Signals;
using static Bulwark.Detection.Tests.Banks.Import.MadeUpHashes;

namespace Bulwark.Detection.Tests.Banks.Import;

public sealed class CsvBankImporterTests
{
    private static Task<BankImportSummary> Import(string text, Bank bank, BankImportOptions? options = null) =>
        new CsvBankImporter(options).ImportAsync(new StringReader(text), bank);

    [Fact]
    public async Task Csv_columns_are_mapped_by_name_and_other_columns_become_metadata()
    {
        var bank = new Bank("b");
        var text = $"""
            Hash,Type,Label,case_ref,empty
            {Md5A},md5,first,CR-1,
            {Hex64A},sha256,,CR-2,
            """;

        var summary = await Import(text, bank, new BankImportOptions { Source = "csv fixture" });

        Assert.Equal(2, summary.Added);
        Assert.True(summary.Succeeded);
        var first = bank.Entries[0];
        Assert.Equal(("first", "csv fixture"), (first.Label, first.Source));
        Assert.Equal(new Dictionary<string, string> { ["case_ref"] = "CR-1" }, first.Metadata);
        Assert.Same(SignalType.Sha256, bank.Entries[1].Signal.Type);
        Assert.Null(bank.Entries[1].Label);
    }

    [Fact]
    public async Task Quoted_fields_keep_commas_doubled_quotes_and_line_breaks()
    {
        var bank = new Bank("b");
        var text = $"hash,label,note\r\n{Md5A},\"a, \"\"quoted\"\" label\",\"two\r\nlines\"\r\n{Md5B}, \"spaced\" ,x\r\n";

        var summary = await Import(text, bank);

        Assert.True(summary.Succeeded, string.Join("; ", summary.Errors));
        Assert.Equal("a, \"quoted\" label", bank.Entries[0].Label);
        Assert.Equal("two\nlines", bank.Entries[0].Metadata["note"]);
        Assert.Equal("spaced", bank.Entries[1].Label);
    }

    [Fact]
    public async Task Python_threatexchange_dataset_csv_imports_with_collab_as_source()
    {
        var bank = new Bank("b");
        var text = $"""
            signal_type,signal_str,collab,category,tags
            pdq,{Hex64A},Made Up Collab,POSITIVE_CLASS,tag1 tag2
            video_md5,{Md5A},Made Up Collab,INVESTIGATION_SEED,
            url,https://example.invalid/,Made Up Collab,INVESTIGATION_SEED,
            """;

        var summary = await Import(text, bank);

        Assert.Equal(2, summary.Added);
        Assert.Equal(4, summary.Errors.Single().LineNumber);
        Assert.Contains("Unsupported signal type 'url'", summary.Errors[0].Reason, StringComparison.Ordinal);
        var pdq = bank.Entries[0];
        Assert.Equal("Made Up Collab", pdq.Source);
        Assert.Equal(new Dictionary<string, string> { ["category"] = "POSITIVE_CLASS", ["tags"] = "tag1 tag2" }, pdq.Metadata);
    }

    [Fact]
    public async Task Op_and_deleted_columns_delete_entries()
    {
        var bank = new Bank("b");
        bank.Upsert(Signal.Parse(SignalType.Md5, Md5A));
        bank.Upsert(Signal.Parse(SignalType.Md5, Md5B));

        var byOp = await Import($"op,hash\ndelete,{Md5A}\nadd,{Hex64A}\nfrobnicate,{Md5B}\n", bank);
        var byFlag = await Import($"hash,deleted\n{Md5B},true\n{Md5B},maybe\n", bank);

        Assert.Equal((1, 1), (byOp.Deleted, byOp.Added));
        Assert.Contains("Unknown operation 'frobnicate'", byOp.Errors.Single().Reason, StringComparison.Ordinal);
        Assert.Equal(1, byFlag.Deleted);
        Assert.Equal(3, byFlag.Errors.Single().LineNumber);
        Assert.Equal([Hex64A], bank.Entries.Select(e => e.Signal.Value));
    }

    [Fact]
    public async Task An_unterminated_quote_costs_only_its_own_line()
    {
        var bank = new Bank("b");
        var text = $"hash,label\n{Md5A},\"never closed\n{Md5B},fine\n{Hex64A},also fine\n";

        var summary = await Import(text, bank);

        var error = Assert.Single(summary.Errors);
        Assert.Equal(2, error.LineNumber);
        Assert.Contains("Unterminated quoted field", error.Reason, StringComparison.Ordinal);
        Assert.Equal([Md5B, Hex64A], bank.Entries.Select(e => e.Signal.Value));
    }

    [Fact]
    public async Task Malformed_rows_are_reported_with_their_numbers_and_good_rows_kept()
    {
        var bank = new Bank("b");
        var text = $"""
            hash,label
            {Md5A},ok
            {Md5B}
            {Md5B},a,b
            {Md5B}x,bad hex
            {Md5B},stray"quote
            "{Md5B}"junk,after quote
            {new string('f', 5000)},huge

            {Hex64A},ok
            """;

        var summary = await Import(text, bank, new BankImportOptions { MaxLineLength = 1000 });

        Assert.Equal(2, summary.Added);
        Assert.Equal([3L, 4L, 5L, 6L, 7L, 8L], summary.Errors.Select(e => e.LineNumber));
        Assert.Contains("Expected 2 fields as in the header, got 1", summary.Errors[0].Reason, StringComparison.Ordinal);
        Assert.Contains("got 3", summary.Errors[1].Reason, StringComparison.Ordinal);
        Assert.Contains("Cannot infer the signal type of a 33-character value", summary.Errors[2].Reason, StringComparison.Ordinal);
        Assert.Contains("Stray quote", summary.Errors[3].Reason, StringComparison.Ordinal);
        Assert.Contains("after the closing quote", summary.Errors[4].Reason, StringComparison.Ordinal);
        Assert.Contains("longer than 1000 characters", summary.Errors[5].Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("label,note\n", "no value column")]
    [InlineData("hash,label,Label\n", "more than once")]
    [InlineData("hash,value\n", "2 value columns")]
    public async Task A_header_without_exactly_one_value_column_fails_the_import_on_line_one(string header, string reason)
    {
        var bank = new Bank("b");

        var summary = await Import(header + Md5A + ",x\n", bank);

        var error = Assert.Single(summary.Errors);
        Assert.Equal(1, error.LineNumber);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.Equal(0, bank.Count);
    }

    [Fact]
    public async Task A_byte_order_mark_before_the_header_is_ignored()
    {
        var bank = new Bank("b");

        var summary = await Import($"\uFEFFhash\n{Md5A}\n", bank);

        Assert.Equal(1, summary.Added);
    }
}
