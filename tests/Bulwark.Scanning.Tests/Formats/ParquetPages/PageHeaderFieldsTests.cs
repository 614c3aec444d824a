using Bulwark.Scanning.Formats.ParquetPages;
using Parquet.Meta;

namespace Bulwark.Scanning.Tests.Formats.ParquetPages;

public sealed class PageHeaderFieldsTests
{
    [Fact]
    public void A_data_page_header_is_read_and_fields_it_does_not_use_are_skipped()
    {
        byte[] header =
        [
            0x15, 0x00, // 1: type DATA_PAGE
            0x15, 0xC8, 0x01, // 2: uncompressed size 100
            0x15, 0x64, // 3: compressed size 50
            0x15, 0x02, // 4: crc, skipped
            0x1C, // 5: data page header
            0x15, 0x14, // 1: 10 values
            0x15, 0x10, // 2: RLE_DICTIONARY
            0x15, 0x06, // 3: definition levels RLE
            0x2C, // 5: statistics, skipped whole: a binary, a list and a map inside
            0x18, 0x03, (byte)'a', (byte)'b', (byte)'c',
            0x19, 0x25, 0x02, 0x04,
            0x1B, 0x01, 0x58, 0x02, 0x01, (byte)'x',
            0x00,
            0x00,
            0x41, // 9: a boolean field from a newer writer
            0x00,
            (byte)'Z', (byte)'Z', // the page body
        ];

        var page = PageHeaderFields.Read(header, out var length);

        Assert.Equal(new PageHeaderFields(PageType.DATA_PAGE, 100, 50, 10, Encoding.RLE_DICTIONARY, Encoding.RLE), page);
        Assert.Equal(header.Length - 2, length);
    }

    [Fact]
    public void A_header_without_its_sizes_is_invalid() =>
        Assert.Throws<InvalidDataException>(() => PageHeaderFields.Read([0x15, 0x00, 0x00], out _));

    [Fact]
    public void A_header_that_ends_early_is_invalid() =>
        Assert.Throws<InvalidDataException>(() => PageHeaderFields.Read([0x15, 0x00, 0x15], out _));

    [Fact]
    public void Structures_nested_deeper_than_any_page_header_are_refused_not_recursed_into() =>
        Assert.Throws<InvalidDataException>(() => PageHeaderFields.Read([.. Enumerable.Repeat((byte)0x1C, 10_000), .. new byte[10_000]], out _));
}
