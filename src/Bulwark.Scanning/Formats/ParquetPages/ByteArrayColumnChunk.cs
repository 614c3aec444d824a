using System.Buffers;
using System.Buffers.Binary;
using System.Numerics;
using Bulwark.Scanning.Records;
using Parquet.Meta;
using ParquetEncoding = Parquet.Meta.Encoding;

namespace Bulwark.Scanning.Formats.ParquetPages;

/// <summary>
/// Reads a flat BYTE_ARRAY column chunk (text: URLs, captions; binary: embedded images) from its pages into a few large
/// blocks, each value a slice of one (<see cref="SliceBlocks{T}"/>). Parquet.Net decodes every value into an array of
/// its own, so a row group's hundred thousand URLs and captions were as many small objects, alive until the group was
/// checked, which every collection copied into an older generation. Here a row group's values are a few arrays on the
/// large object heap, which collections do not copy.
/// </summary>
/// <remarks>
/// What pyarrow, Spark and Parquet.Net write by default is read here: v1 data pages, PLAIN or dictionary encoding,
/// RLE definition levels, and the codecs <see cref="PageCodec"/> supports. A chunk written any other way (v2 data
/// pages, delta encodings, LZO, encryption, a page over <see cref="MaxPageBytes"/>) gets null back, and the caller
/// reads it with Parquet.Net as before. Damage gets an <see cref="InvalidDataException"/>.
/// </remarks>
internal static class ByteArrayColumnChunk
{
    /// <summary>Larger pages are left to Parquet.Net rather than trusted for a buffer that size.</summary>
    public const int MaxPageBytes = 256 << 20;

    /// <summary>A text column's values, decoded from UTF-8 (absent values are <c>default</c>), or null (see remarks).</summary>
    public static Task<RecordText[]?> TryReadTextAsync(PageFile file, ColumnChunk chunk, int maxDefinitionLevel, int rows, CancellationToken cancellationToken) =>
        TryReadAsync<RecordText, TextValues>(file, chunk, maxDefinitionLevel, rows, cancellationToken);

    /// <summary>A binary column's values as they are (absent values are null), or null (see remarks).</summary>
    public static Task<ReadOnlyMemory<byte>?[]?> TryReadBinaryAsync(PageFile file, ColumnChunk chunk, int maxDefinitionLevel, int rows, CancellationToken cancellationToken) =>
        TryReadAsync<ReadOnlyMemory<byte>?, BinaryValues>(file, chunk, maxDefinitionLevel, rows, cancellationToken);

    /// <summary>Decodes a text column chunk's pages, its bytes in memory.</summary>
    public static RecordText[]? DecodeText(ReadOnlyMemory<byte> chunk, CompressionCodec codec, int maxDefinitionLevel, int rows) =>
        Decode<RecordText, TextValues>(chunk, codec, maxDefinitionLevel, rows);

    private static async Task<T[]?> TryReadAsync<T, TValues>(PageFile file, ColumnChunk chunk, int maxDefinitionLevel, int rows, CancellationToken cancellationToken)
        where TValues : IPlainValues<T>, new()
    {
        if (chunk.MetaData is not { } meta || chunk.CryptoMetadata is not null || chunk.EncryptedColumnMetadata is not null
            || chunk.FilePath is not null || meta.Type != Parquet.Meta.Type.BYTE_ARRAY || !PageCodec.Supports(meta.Codec))
        {
            return null;
        }

        // The chunk starts at its dictionary page when it has one; some writers record a dictionary offset of 0 for none.
        var start = meta.DictionaryPageOffset is > 0 and var dictionary && dictionary < meta.DataPageOffset ? dictionary : meta.DataPageOffset;
        var fileLength = RandomAccess.GetLength(file.Handle);
        if (start <= 0 || meta.TotalCompressedSize <= 0 || meta.TotalCompressedSize > fileLength - start)
        {
            throw new InvalidDataException($"column chunk '{string.Join('.', meta.PathInSchema)}' lies outside the file");
        }

        var length = Math.Min(meta.TotalCompressedSize + file.SizeAllowance, fileLength - start);
        if (length > Array.MaxLength)
        {
            return null;
        }

        var bytes = ArrayPool<byte>.Shared.Rent((int)length);
        try
        {
            var read = 0;
            while (read < length)
            {
                var next = await RandomAccess.ReadAsync(file.Handle, bytes.AsMemory(read, (int)length - read), start + read, cancellationToken).ConfigureAwait(false);
                if (next == 0)
                {
                    throw new InvalidDataException("the file ends inside a column chunk");
                }

                read += next;
            }

            return Decode<T, TValues>(bytes.AsMemory(0, (int)length), meta.Codec, maxDefinitionLevel, rows);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>Decodes a column chunk's pages (its bytes in memory) into one value per row, or null (see remarks).</summary>
    private static T[]? Decode<T, TValues>(ReadOnlyMemory<byte> chunk, CompressionCodec codec, int maxDefinitionLevel, int rows)
        where TValues : IPlainValues<T>, new()
    {
        var values = new T[rows];
        var plain = new TValues();
        T[]? dictionary = null;
        var row = 0;
        var position = 0;
        while (row < rows)
        {
            if (position >= chunk.Length)
            {
                throw new InvalidDataException($"a column chunk ends after {row} of its {rows} rows");
            }

            var header = PageHeaderFields.Read(chunk.Span[position..], out var headerLength);
            position += headerLength;
            if (header.CompressedSize > chunk.Length - position)
            {
                throw new InvalidDataException("a page runs past the end of its column chunk");
            }

            var body = chunk.Slice(position, header.CompressedSize);
            position += header.CompressedSize;
            if (header.Type == PageType.INDEX_PAGE)
            {
                continue;
            }

            if (header.UncompressedSize > MaxPageBytes || header.Type is not (PageType.DICTIONARY_PAGE or PageType.DATA_PAGE))
            {
                return null;
            }

            if (header.Type == PageType.DICTIONARY_PAGE)
            {
                if (dictionary is not null || row > 0)
                {
                    throw new InvalidDataException("a column chunk has a second dictionary page, or one after its data");
                }

                // Each PLAIN value has at least its 4-byte length, so a count beyond that is a lie, not an allocation.
                if (header.ValueCount < 0 || header.ValueCount > header.UncompressedSize / 4)
                {
                    throw new InvalidDataException($"a dictionary page claims {header.ValueCount} values in {header.UncompressedSize} bytes");
                }

                if (header.Encoding is not (ParquetEncoding.PLAIN or ParquetEncoding.PLAIN_DICTIONARY))
                {
                    return null;
                }

                dictionary = new T[header.ValueCount];
                using var page = PageBytes.Decompress(codec, body, header.UncompressedSize);
                ReadPlain(page.Span, dictionary, plain);
                continue;
            }

            if (header.Encoding is not (ParquetEncoding.PLAIN or ParquetEncoding.PLAIN_DICTIONARY or ParquetEncoding.RLE_DICTIONARY)
                || (maxDefinitionLevel > 0 && header.DefinitionLevelEncoding != ParquetEncoding.RLE))
            {
                return null;
            }

            if (header.ValueCount < 0 || header.ValueCount > rows - row)
            {
                throw new InvalidDataException($"a page holds {header.ValueCount} values where its row group has {rows - row} rows left");
            }

            using (var page = PageBytes.Decompress(codec, body, header.UncompressedSize))
            {
                ReadDataPage(page.Span, header, maxDefinitionLevel, dictionary, plain, values.AsSpan(row, header.ValueCount));
            }

            row += header.ValueCount;
        }

        return values;
    }

    /// <summary>One v1 data page: its definition levels, then its present values, spread over its rows.</summary>
    private static void ReadDataPage<T, TValues>(
        ReadOnlySpan<byte> page, PageHeaderFields header, int maxDefinitionLevel, T[]? dictionary, TValues plain, Span<T> rows)
        where TValues : IPlainValues<T>
    {
        int[]? levels = null;
        try
        {
            var present = rows.Length;
            if (maxDefinitionLevel > 0)
            {
                var levelBytes = page.Length >= 4 ? BinaryPrimitives.ReadInt32LittleEndian(page) : -1;
                if (levelBytes < 0 || levelBytes > page.Length - 4)
                {
                    throw new InvalidDataException("a page's definition levels run past its end");
                }

                levels = ArrayPool<int>.Shared.Rent(rows.Length);
                RleBitPackedHybrid.Decode(page.Slice(4, levelBytes), BitWidth(maxDefinitionLevel), levels.AsSpan(0, rows.Length));
                present = levels.AsSpan(0, rows.Length).Count(maxDefinitionLevel);
                page = page[(4 + levelBytes)..];
            }

            var dense = rows[..present];
            if (header.Encoding == ParquetEncoding.PLAIN)
            {
                ReadPlain(page, dense, plain);
            }
            else
            {
                ReadIndexed(page, dictionary ?? throw new InvalidDataException("a dictionary-encoded page has no dictionary"), dense);
            }

            // The values were read densely into the page's first rows; spreading them from the back moves each one
            // at most forwards, so nothing is overwritten before it is moved.
            if (levels is not null && present < rows.Length)
            {
                var next = present - 1;
                for (var row = rows.Length - 1; row >= 0; row--)
                {
                    rows[row] = levels[row] == maxDefinitionLevel ? rows[next--] : default!;
                }
            }
        }
        finally
        {
            if (levels is not null)
            {
                ArrayPool<int>.Shared.Return(levels);
            }
        }
    }

    private static void ReadPlain<T, TValues>(ReadOnlySpan<byte> data, Span<T> destination, TValues plain)
        where TValues : IPlainValues<T>
    {
        var position = 0;
        for (var i = 0; i < destination.Length; i++)
        {
            var length = data.Length - position >= 4 ? BinaryPrimitives.ReadInt32LittleEndian(data[position..]) : -1;
            position += 4;
            if (length < 0 || length > data.Length - position)
            {
                throw new InvalidDataException($"a page's values end after {i} of {destination.Length}");
            }

            destination[i] = plain.Read(data.Slice(position, length));
            position += length;
        }
    }

    private static void ReadIndexed<T>(ReadOnlySpan<byte> data, T[] dictionary, Span<T> destination)
    {
        if (destination.IsEmpty)
        {
            return;
        }

        if (data.IsEmpty)
        {
            throw new InvalidDataException("a dictionary-encoded page has no indices");
        }

        var indices = ArrayPool<int>.Shared.Rent(destination.Length);
        try
        {
            RleBitPackedHybrid.Decode(data[1..], data[0], indices.AsSpan(0, destination.Length));
            for (var i = 0; i < destination.Length; i++)
            {
                var index = indices[i];
                if ((uint)index >= (uint)dictionary.Length)
                {
                    throw new InvalidDataException($"a page refers to dictionary entry {index} of {dictionary.Length}");
                }

                destination[i] = dictionary[index];
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(indices);
        }
    }

    private static int BitWidth(int maxLevel) => 32 - BitOperations.LeadingZeroCount((uint)maxLevel);

    /// <summary>What a PLAIN-encoded value becomes.</summary>
    private interface IPlainValues<out T>
    {
        T Read(ReadOnlySpan<byte> value);
    }

    /// <summary>Text: UTF-8 decoded into blocks of a million characters.</summary>
    private sealed class TextValues : IPlainValues<RecordText>
    {
        private readonly SliceBlocks<char> _blocks = new(1 << 20);

        public RecordText Read(ReadOnlySpan<byte> value)
        {
            // UTF-8 never has fewer bytes than the UTF-16 characters it decodes to, replacement characters included
            // (invalid bytes become U+FFFD, as Parquet.Net makes them).
            var written = System.Text.Encoding.UTF8.GetChars(value, _blocks.Reserve(value.Length));
            return new RecordText(_blocks.Take(written));
        }
    }

    /// <summary>Binary values (images): copied into blocks of 4 MiB, large ones into arrays of their own.</summary>
    private sealed class BinaryValues : IPlainValues<ReadOnlyMemory<byte>?>
    {
        private readonly SliceBlocks<byte> _blocks = new(4 << 20);

        public ReadOnlyMemory<byte>? Read(ReadOnlySpan<byte> value)
        {
            value.CopyTo(_blocks.Reserve(value.Length));
            return _blocks.Take(value.Length);
        }
    }

    /// <summary>A page's bytes after decompression, in a pooled buffer for as long as the page is being read.</summary>
    private readonly struct PageBytes(byte[]? rented, ReadOnlyMemory<byte> bytes) : IDisposable
    {
        public ReadOnlySpan<byte> Span => bytes.Span;

        public static PageBytes Decompress(CompressionCodec codec, ReadOnlyMemory<byte> body, int size)
        {
            if (codec == CompressionCodec.UNCOMPRESSED && body.Length == size)
            {
                return new PageBytes(null, body);
            }

            var buffer = ArrayPool<byte>.Shared.Rent(size);
            try
            {
                PageCodec.Decompress(codec, body, buffer.AsSpan(0, size));
                return new PageBytes(buffer, buffer.AsMemory(0, size));
            }
            catch
            {
                ArrayPool<byte>.Shared.Return(buffer);
                throw;
            }
        }

        public void Dispose()
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}
