using Bulwark.Detection.Signals;

namespace Bulwark.Detection.Banks.Import;

/// <summary>
/// Imports CSV (RFC 4180) with a header row, mapping columns by name. Reads python-threatexchange's
/// <c>threatexchange dataset -P --csv</c> output (<c>signal_type,signal_str,collab,category,tags</c>) as is.
/// </summary>
/// <remarks>
/// <para>Header names are matched case-insensitively after trimming:</para>
/// <list type="table">
/// <item><term><c>hash</c>, <c>signal</c>, <c>value</c>, <c>signal_str</c>, <c>signal_value</c></term><description>the hex value (exactly one such column is required)</description></item>
/// <item><term><c>type</c>, <c>signal_type</c>, <c>hash_type</c></term><description>the signal type, any name <see cref="SignalType.Parse"/> accepts; when the column is absent or the cell empty, <see cref="BankImportOptions.SignalType"/> or inference from the length applies</description></item>
/// <item><term><c>label</c></term><description>the entry's label</description></item>
/// <item><term><c>source</c>, <c>collab</c></term><description>the entry's source, overriding <see cref="BankImportOptions.Source"/> when not empty</description></item>
/// <item><term><c>op</c>, <c>operation</c>, <c>action</c></term><description><c>add</c>, <c>upsert</c>, <c>+</c> or empty to add or update; <c>delete</c>, <c>remove</c> or <c>-</c> to delete</description></item>
/// <item><term><c>deleted</c>, <c>is_deleted</c></term><description><c>true</c>, <c>1</c> or <c>yes</c> to delete; <c>false</c>, <c>0</c>, <c>no</c> or empty otherwise</description></item>
/// <item><term>any other column</term><description>metadata under the header's name (trimmed); empty cells are not stored</description></item>
/// </list>
/// <para>Quoted fields may contain commas, doubled quotes and line breaks (stored as <c>\n</c>); spaces around a
/// quoted field are ignored and every value is trimmed. Blank lines are skipped. Every record must have as many
/// fields as the header. A row is deleted if either its op or its deleted column says so. A header without a value
/// column, or with a column name twice, fails the whole import with one error on the header's line.</para>
/// </remarks>
public sealed class CsvBankImporter : IBankImporter
{
    private static readonly string[] ValueColumns = ["hash", "signal", "value", "signal_str", "signal_value"];
    private static readonly string[] TypeColumns = ["type", "signal_type", "hash_type"];
    private static readonly string[] LabelColumns = ["label"];
    private static readonly string[] SourceColumns = ["source", "collab"];
    private static readonly string[] OpColumns = ["op", "operation", "action"];
    private static readonly string[] DeletedColumns = ["deleted", "is_deleted"];

    private readonly BankImportOptions _options;

    /// <summary>Creates an importer; <paramref name="options"/> defaults to <see cref="BankImportOptions"/>' defaults.</summary>
    public CsvBankImporter(BankImportOptions? options = null)
    {
        _options = options ?? new BankImportOptions();
        _options.Validate();
    }

    /// <inheritdoc />
    public async Task<BankImportSummary> ImportAsync(TextReader reader, Bank bank, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(bank);
        var records = new CsvRecordReader(new LineReader(reader, _options.MaxLineLength), _options.MaxLineLength);
        var tally = new ImportTally(bank, _options.MaxReportedErrors);
        Columns? columns = null;
        while (await records.ReadAsync(cancellationToken).ConfigureAwait(false) is { } record)
        {
            if (record.Fields is null)
            {
                tally.Error(record.LineNumber, record.Error!);
                if (columns is null)
                {
                    break;
                }

                continue;
            }

            if (record.IsBlank)
            {
                continue;
            }

            if (columns is null)
            {
                columns = Columns.FromHeader(record.Fields, out var headerError);
                if (columns is null)
                {
                    tally.Error(record.LineNumber, headerError!);
                    break;
                }

                continue;
            }

            ApplyRow(record.LineNumber, record.Fields, columns, tally);
        }

        return tally.ToSummary();
    }

    private void ApplyRow(long number, string[] fields, Columns columns, ImportTally tally)
    {
        if (fields.Length != columns.Count)
        {
            tally.Error(number, $"Expected {columns.Count} fields as in the header, got {fields.Length}.");
            return;
        }

        var value = fields[columns.Value].AsSpan().Trim();
        var typeName = columns.Type is { } typeColumn ? fields[typeColumn].Trim() : "";
        SignalType? type;
        string? error;
        if (typeName.Length > 0)
        {
            if (!SignalType.TryParse(typeName, out type))
            {
                tally.Error(number, $"Unsupported signal type '{typeName}'; supported: pdq, md5, sha256.");
                return;
            }
        }
        else if (!_options.TryResolveType(value, out type, out error))
        {
            tally.Error(number, error);
            return;
        }

        if (!Signal.TryParse(type, value, out var signal, out error))
        {
            tally.Error(number, error);
            return;
        }

        if (!TryReadDelete(fields, columns, out var delete, out error))
        {
            tally.Error(number, error);
            return;
        }

        if (delete)
        {
            tally.Delete(signal);
            return;
        }

        var label = columns.Label is { } labelColumn ? fields[labelColumn].Trim() : null;
        var source = columns.Source is { } sourceColumn && fields[sourceColumn].Trim() is { Length: > 0 } rowSource ? rowSource : _options.Source;
        Dictionary<string, string>? metadata = null;
        foreach (var (name, index) in columns.Metadata)
        {
            if (fields[index].Trim() is { Length: > 0 } cell)
            {
                (metadata ??= new Dictionary<string, string>(StringComparer.Ordinal))[name] = cell;
            }
        }

        tally.Upsert(signal, label, metadata, source);
    }

    private static bool TryReadDelete(string[] fields, Columns columns, out bool delete, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error)
    {
        delete = false;
        error = null;
        if (columns.Op is { } opColumn)
        {
            switch (fields[opColumn].Trim().ToUpperInvariant())
            {
                case "" or "ADD" or "UPSERT" or "+":
                    break;
                case "DELETE" or "REMOVE" or "-":
                    delete = true;
                    break;
                default:
                    error = $"Unknown operation '{fields[opColumn].Trim()}'; expected add, upsert, +, delete, remove or -.";
                    return false;
            }
        }

        if (columns.Deleted is { } deletedColumn)
        {
            switch (fields[deletedColumn].Trim().ToUpperInvariant())
            {
                case "" or "FALSE" or "0" or "NO":
                    break;
                case "TRUE" or "1" or "YES":
                    delete = true;
                    break;
                default:
                    error = $"Unknown deleted flag '{fields[deletedColumn].Trim()}'; expected true/false, 1/0 or yes/no.";
                    return false;
            }
        }

        return true;
    }

    private sealed record Columns(
        int Count,
        int Value,
        int? Type,
        int? Label,
        int? Source,
        int? Op,
        int? Deleted,
        IReadOnlyList<(string Name, int Index)> Metadata)
    {
        public static Columns? FromHeader(string[] header, out string? error)
        {
            var names = header.Select(name => name.Trim()).ToArray();
            var duplicate = names.Where(name => name.Length > 0).GroupBy(name => name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(group => group.Count() > 1);
            if (duplicate is not null)
            {
                error = $"Header names column '{duplicate.Key}' more than once.";
                return null;
            }

            var known = new HashSet<int>();
            int? Find(string[] candidates)
            {
                var found = Array.FindIndex(names, name => candidates.Contains(name, StringComparer.OrdinalIgnoreCase));
                if (found < 0)
                {
                    return null;
                }

                known.Add(found);
                return found;
            }

            var valueMatches = names.Count(name => ValueColumns.Contains(name, StringComparer.OrdinalIgnoreCase));
            if (valueMatches != 1)
            {
                error = valueMatches == 0
                    ? $"Header has no value column; name one of: {string.Join(", ", ValueColumns)}."
                    : $"Header has {valueMatches} value columns; keep exactly one of: {string.Join(", ", ValueColumns)}.";
                return null;
            }

            error = null;
            var value = Find(ValueColumns)!.Value;
            var columns = new Columns(header.Length, value, Find(TypeColumns), Find(LabelColumns), Find(SourceColumns), Find(OpColumns), Find(DeletedColumns), []);
            return columns with
            {
                Metadata = [.. names.Select((name, index) => (name, index)).Where(column => !known.Contains(column.index) && column.name.Length > 0)],
            };
        }
    }
}
