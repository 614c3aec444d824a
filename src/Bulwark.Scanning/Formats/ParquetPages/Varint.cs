namespace Bulwark.Scanning.Formats.ParquetPages;

/// <summary>Unsigned LEB128 varints, as both Thrift's compact protocol and Parquet's run headers write them.</summary>
internal static class Varint
{
    public static ulong Read(ReadOnlySpan<byte> data, ref int position)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if ((uint)position >= (uint)data.Length)
            {
                throw new InvalidDataException("a varint runs past the end of its page");
            }

            var next = data[position++];
            value |= (ulong)(next & 0x7F) << shift;
            if ((next & 0x80) == 0)
            {
                return value;
            }
        }

        throw new InvalidDataException("a varint is longer than 64 bits");
    }
}
