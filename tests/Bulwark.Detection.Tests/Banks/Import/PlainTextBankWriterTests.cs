using Bulwark.Detection.Banks;
using Bulwark.Detection.Banks.Import;
using Bulwark.Detection.Signals;
using static Bulwark.Detection.Tests.Banks.Import.MadeUpHashes;

namespace Bulwark.Detection.Tests.Banks.Import;

public sealed class PlainTextBankWriterTests
{
    [Fact]
    public async Task A_bank_written_as_plain_text_reads_back_with_the_same_values_and_labels()
    {
        var bank = new Bank("made-up");
        bank.Upsert(Signal.Parse(SignalType.Sha256, Hex64A), "label, with a comma");
        bank.Upsert(Signal.Parse(SignalType.Sha256, Hex64B));
        bank.Upsert(Signal.Parse(SignalType.Md5, Md5A), "other type, not written");
        var output = new StringWriter();

        var written = await PlainTextBankWriter.WriteAsync(bank, SignalType.Sha256, output);

        var reread = new Bank("reread");
        var summary = await new PlainTextBankImporter(new BankImportOptions { SignalType = SignalType.Sha256 })
            .ImportAsync(new StringReader(output.ToString()), reread);
        Assert.Equal(2, written);
        Assert.True(summary.Succeeded);
        Assert.Equal(
            bank.Entries.Where(e => e.Signal.Type == SignalType.Sha256).Select(e => (e.Signal, e.Label)),
            reread.Entries.Select(e => (e.Signal, e.Label)));
        Assert.StartsWith("# bank: made-up\n# version: 3\n# signal type: sha256\n", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("two\nlines")]
    [InlineData(" padded")]
    public async Task A_label_the_plain_form_cannot_carry_fails_the_write_before_anything_is_written(string label)
    {
        var bank = new Bank("b");
        bank.Upsert(Signal.Parse(SignalType.Md5, Md5A), label);
        var output = new StringWriter();

        await Assert.ThrowsAsync<FormatException>(() => PlainTextBankWriter.WriteAsync(bank, SignalType.Md5, output));

        Assert.Empty(output.ToString());
    }
}
