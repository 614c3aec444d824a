using System.Globalization;
using Bulwark.Scanning.Formats.ParquetPages;
using Bulwark.Scanning.Records;
using Parquet;
using Parquet.Schema;

namespace Bulwark.Scanning.Formats;

/// <summary>
/// One flat column of a Parquet row group held in memory, typed as its schema says, so the kept rows can be written
/// back with the column's own type and nullability (the cleaned copy keeps the schema exactly).
/// </summary>
internal abstract class ParquetColumn
{
    protected ParquetColumn(DataField field)
    {
        Field = field;
    }

    public DataField Field { get; }

    /// <summary>The row's value as text (ids, URLs, captions, hex hashes), or null.</summary>
    public abstract string? Text(int row);

    /// <summary>The row's value as a record's text field (URLs, captions): without a string of its own where the column holds text.</summary>
    public virtual RecordText Chars(int row) => Text(row);

    /// <summary>The row's value as bytes (image columns), or null when the column is not binary or the value is null.</summary>
    public virtual ReadOnlyMemory<byte>? Bytes(int row) => null;

    public abstract Task WriteAsync(ParquetRowGroupWriter writer, IReadOnlyList<bool> keep, int kept, CancellationToken cancellationToken);

    /// <param name="group">The row group, read through Parquet.Net.</param>
    /// <param name="file">The same file, for text and binary columns read straight from their pages (<see cref="ByteArrayColumnChunk"/>).</param>
    /// <param name="field">The column.</param>
    /// <param name="rows">The row group's rows.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    public static async Task<ParquetColumn> ReadAsync(
        ParquetRowGroupReader group, PageFile file, DataField field, int rows, CancellationToken cancellationToken)
    {
        if (field.MaxRepetitionLevel > 0 || field.IsArray)
        {
            throw new MalformedShardException($"column '{field.Path}' is repeated (a list); only flat schemas can be rewritten");
        }

        var type = Nullable.GetUnderlyingType(field.ClrType) ?? field.ClrType;
        // Parquet.Net 6 types text columns as ReadOnlyMemory<char> and binary ones as ReadOnlyMemory<byte>.
        // Both are read from their pages where ByteArrayColumnChunk can, else by Parquet.Net.
        var chunk = group.GetMetadata(field);
        if (type == typeof(string) || type == typeof(ReadOnlyMemory<char>))
        {
            var pages = chunk is null ? null
                : await ByteArrayColumnChunk.TryReadTextAsync(file, chunk, field.MaxDefinitionLevel, rows, cancellationToken).ConfigureAwait(false);
            return pages is not null
                ? new StringColumn(field, pages)
                : await StringColumn.ReadTextAsync(group, field, rows, cancellationToken).ConfigureAwait(false);
        }

        if (type == typeof(byte[]) || type == typeof(ReadOnlyMemory<byte>))
        {
            var pages = chunk is null ? null
                : await ByteArrayColumnChunk.TryReadBinaryAsync(file, chunk, field.MaxDefinitionLevel, rows, cancellationToken).ConfigureAwait(false);
            if (pages is null)
            {
                var arrays = new byte[]?[rows];
                await group.ReadAsync(field, arrays.AsMemory(), null, cancellationToken).ConfigureAwait(false);
                pages = Array.ConvertAll(arrays, bytes => bytes is null ? (ReadOnlyMemory<byte>?)null : bytes);
            }

            return new BinaryColumn(field, pages);
        }

        if (!type.IsValueType)
        {
            throw new MalformedShardException($"column '{field.Path}' has type {type.Name}, which the cleaned copy cannot rewrite");
        }

        var column = (ParquetColumn)Activator.CreateInstance(
            (field.IsNullable ? typeof(NullableValueColumn<>) : typeof(ValueColumn<>)).MakeGenericType(type), field, rows)!;
        await column.LoadAsync(group, cancellationToken).ConfigureAwait(false);
        return column;
    }

    protected virtual Task LoadAsync(ParquetRowGroupReader group, CancellationToken cancellationToken) => Task.CompletedTask;

    protected static T[] Kept<T>(T[] values, IReadOnlyList<bool> keep, int kept)
    {
        if (kept == values.Length)
        {
            return values;
        }

        var result = new T[kept];
        var next = 0;
        for (var row = 0; row < values.Length; row++)
        {
            if (keep[row])
            {
                result[next++] = values[row];
            }
        }

        return result;
    }

    /// <summary>
    /// Writes the kept rows of a text or binary column from their memory, with no array or string made per value. A
    /// nullable column is written as read: the present values densely, beside one definition level per row
    /// (Parquet.Net's nullable-struct overload would write a null as an empty value).
    /// </summary>
    private static Task WriteKeptAsync<T>(
        ParquetRowGroupWriter writer, DataField field, int rows, Func<int, ReadOnlyMemory<T>?> value, IReadOnlyList<bool> keep, int kept, CancellationToken cancellationToken)
    {
        if (field.MaxDefinitionLevel == 0)
        {
            var required = new ReadOnlyMemory<T>[kept];
            var next = 0;
            for (var row = 0; row < rows; row++)
            {
                if (keep[row])
                {
                    required[next++] = value(row) ?? ReadOnlyMemory<T>.Empty;
                }
            }

            return writer.WriteAsync<ReadOnlyMemory<T>>(field, required, null, null, cancellationToken);
        }

        var dense = new List<ReadOnlyMemory<T>>(kept);
        var levels = new int[kept];
        var nextRow = 0;
        for (var row = 0; row < rows; row++)
        {
            if (keep[row])
            {
                if (value(row) is { } present)
                {
                    dense.Add(present);
                    levels[nextRow] = field.MaxDefinitionLevel;
                }

                nextRow++;
            }
        }

        return writer.WriteAllPartsAsync<ReadOnlyMemory<T>>(field, dense.ToArray(), levels, null, cancellationToken);
    }

    /// <summary>
    /// A text column read as characters, not strings: from its pages into a few large blocks where it can be
    /// (<see cref="ByteArrayColumnChunk"/>), else as the characters Parquet.Net decodes (one array per value). Strings would
    /// copy every value once more, and a whole row group of them would survive collections into the older generations.
    /// Strings are made only for what is reported or written.
    /// </summary>
    private sealed class StringColumn(DataField field, RecordText[] values) : ParquetColumn(field)
    {
        public static async Task<ParquetColumn> ReadTextAsync(ParquetRowGroupReader group, DataField field, int rows, CancellationToken cancellationToken)
        {
            // A nullable column decodes densely (only the present values) beside one definition level per row.
            var decoded = new ReadOnlyMemory<char>[rows];
            var levels = field.MaxDefinitionLevel == 0 ? null : new int[rows];
            await group.ReadRawAsync<ReadOnlyMemory<char>>(field, decoded.AsMemory(), levels?.AsMemory(), null, cancellationToken).ConfigureAwait(false);
            var values = new RecordText[rows];
            var next = 0;
            for (var row = 0; row < rows; row++)
            {
                if (levels is null || levels[row] == field.MaxDefinitionLevel)
                {
                    values[row] = new RecordText(decoded[next++]);
                }
            }

            return new StringColumn(field, values);
        }

        public override string? Text(int row) => values[row].ToString();

        public override RecordText Chars(int row) => values[row];

        /// <summary>Writes the kept values' characters as they were read: no string is made for the copy either.</summary>
        /// <remarks>An absent value is <c>default(ReadOnlyMemory&lt;char&gt;?)</c>: a bare <c>null</c> there would become an
        /// empty memory, through the conversion from <c>char[]</c>, and be written as "".</remarks>
        public override Task WriteAsync(ParquetRowGroupWriter writer, IReadOnlyList<bool> keep, int kept, CancellationToken cancellationToken) =>
            WriteKeptAsync<char>(writer, Field, values.Length, row => values[row].HasValue ? values[row].Memory : default(ReadOnlyMemory<char>?), keep, kept, cancellationToken);
    }

    private sealed class BinaryColumn(DataField field, ReadOnlyMemory<byte>?[] values) : ParquetColumn(field)
    {
        public override string? Text(int row) => values[row] is { } bytes ? Convert.ToHexStringLower(bytes.Span) : null;

        public override ReadOnlyMemory<byte>? Bytes(int row) => values[row];

        public override Task WriteAsync(ParquetRowGroupWriter writer, IReadOnlyList<bool> keep, int kept, CancellationToken cancellationToken) =>
            WriteKeptAsync(writer, Field, values.Length, row => values[row], keep, kept, cancellationToken);
    }

    private sealed class ValueColumn<T>(DataField field, int rows) : ParquetColumn(field)
        where T : struct
    {
        private readonly T[] _values = new T[rows];

        public override string? Text(int row) => Convert.ToString(_values[row], CultureInfo.InvariantCulture);

        public override Task WriteAsync(ParquetRowGroupWriter writer, IReadOnlyList<bool> keep, int kept, CancellationToken cancellationToken) =>
            writer.WriteAsync<T>(Field, Kept(_values, keep, kept).AsMemory(), null, null, cancellationToken);

        protected override async Task LoadAsync(ParquetRowGroupReader group, CancellationToken cancellationToken) =>
            await group.ReadAsync<T>(Field, _values.AsMemory(), null, cancellationToken).ConfigureAwait(false);
    }

    private sealed class NullableValueColumn<T>(DataField field, int rows) : ParquetColumn(field)
        where T : struct
    {
        private readonly T?[] _values = new T?[rows];

        public override string? Text(int row) => _values[row] is { } value ? Convert.ToString(value, CultureInfo.InvariantCulture) : null;

        public override Task WriteAsync(ParquetRowGroupWriter writer, IReadOnlyList<bool> keep, int kept, CancellationToken cancellationToken) =>
            writer.WriteAsync<T>(Field, Kept(_values, keep, kept).AsMemory(), null, null, cancellationToken);

        protected override async Task LoadAsync(ParquetRowGroupReader group, CancellationToken cancellationToken) =>
            await group.ReadAsync<T>(Field, _values.AsMemory(), null, cancellationToken).ConfigureAwait(false);
    }
}
