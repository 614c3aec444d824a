using Parquet.Meta;

namespace Bulwark.Scanning.Formats.ParquetPages;

/// <summary>
/// The fields of a Parquet page header that reading a flat column needs (parquet.thrift's PageHeader with its data and
/// dictionary page headers); statistics, CRCs and the headers of other page types are skipped.
/// </summary>
internal readonly record struct PageHeaderFields(
    PageType Type,
    int UncompressedSize,
    int CompressedSize,
    int ValueCount,
    Encoding Encoding,
    Encoding DefinitionLevelEncoding)
{
    /// <summary>Reads the header at the start of <paramref name="data"/>; <paramref name="length"/> is its size in bytes.</summary>
    public static PageHeaderFields Read(ReadOnlySpan<byte> data, out int length)
    {
        var reader = new CompactThriftReader(data);
        PageType? type = null;
        int? uncompressed = null, compressed = null;
        var page = default(PageHeaderFields);
        short last = 0;
        while (reader.NextField(ref last, out var id, out var fieldType))
        {
            switch (id, fieldType)
            {
                case (1, CompactThriftReader.I32):
                    type = (PageType)reader.ReadI32();
                    break;
                case (2, CompactThriftReader.I32):
                    uncompressed = reader.ReadI32();
                    break;
                case (3, CompactThriftReader.I32):
                    compressed = reader.ReadI32();
                    break;
                case (5 or 7, CompactThriftReader.Struct):
                    page = ReadPageKindHeader(ref reader, page);
                    break;
                default:
                    reader.Skip(fieldType);
                    break;
            }
        }

        if (type is null || uncompressed is not >= 0 || compressed is not >= 0)
        {
            throw new InvalidDataException("a page header lacks its type or sizes");
        }

        length = reader.Position;
        return page with { Type = type.Value, UncompressedSize = uncompressed.Value, CompressedSize = compressed.Value };
    }

    /// <summary>
    /// A data page header or a dictionary page header: both number their value count 1 and encoding 2. A data page's
    /// field 3 is its definition levels' encoding; a dictionary page's is a boolean (is_sorted), skipped by its type.
    /// </summary>
    private static PageHeaderFields ReadPageKindHeader(ref CompactThriftReader reader, PageHeaderFields page)
    {
        short last = 0;
        while (reader.NextField(ref last, out var id, out var fieldType))
        {
            switch (id, fieldType)
            {
                case (1, CompactThriftReader.I32):
                    page = page with { ValueCount = reader.ReadI32() };
                    break;
                case (2, CompactThriftReader.I32):
                    page = page with { Encoding = (Encoding)reader.ReadI32() };
                    break;
                case (3, CompactThriftReader.I32):
                    page = page with { DefinitionLevelEncoding = (Encoding)reader.ReadI32() };
                    break;
                default:
                    reader.Skip(fieldType);
                    break;
            }
        }

        return page;
    }
}
