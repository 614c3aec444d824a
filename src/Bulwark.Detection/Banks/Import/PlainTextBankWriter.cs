using Bulwark.Detection.Signals;

namespace Bulwark.Detection.Banks.Import;

/// <summary>
/// Writes a bank's entries of one signal type in the form <see cref="PlainTextBankImporter"/> reads, so that
/// importing the output with the same signal type gives back the same values and labels.
/// </summary>
/// <remarks>
/// Output: three <c>#</c> comment lines (bank name, version, signal type), then one <c>hex</c> or <c>hex,label</c>
/// line per entry in id order, each ended by <c>\n</c>. The plain form carries only value and label: metadata,
/// source and times are not written. A label that could not be read back unchanged (one containing a line break,
/// or with leading or trailing whitespace) makes the write fail before anything is written.
/// </remarks>
public static class PlainTextBankWriter
{
    /// <summary>Writes the entries of <paramref name="type"/> in <paramref name="bank"/>; returns how many were written.</summary>
    /// <exception cref="FormatException">An entry's label cannot be represented in the plain text form.</exception>
    public static async Task<int> WriteAsync(Bank bank, SignalType type, TextWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(writer);

        var (version, entries) = bank.Snapshot();
        var selected = entries.Where(entry => ReferenceEquals(entry.Signal.Type, type)).ToArray();
        foreach (var entry in selected)
        {
            if (entry.Label is { } label && (label.AsSpan().ContainsAny('\r', '\n') || !label.AsSpan().Trim().SequenceEqual(label)))
            {
                throw new FormatException(
                    $"Entry {entry.Id} ({entry.Signal}) has a label with a line break or surrounding whitespace, which the plain text form cannot carry.");
            }
        }

        await writer.WriteAsync($"# bank: {OneLine(bank.Name)}\n# version: {version}\n# signal type: {type.Name}\n".AsMemory(), cancellationToken).ConfigureAwait(false);
        foreach (var entry in selected)
        {
            var line = entry.Label is null ? entry.Signal.Value + "\n" : $"{entry.Signal.Value},{entry.Label}\n";
            await writer.WriteAsync(line.AsMemory(), cancellationToken).ConfigureAwait(false);
        }

        return selected.Length;
    }

    // The name goes in a comment line; a line break in it would turn the rest into data.
    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
