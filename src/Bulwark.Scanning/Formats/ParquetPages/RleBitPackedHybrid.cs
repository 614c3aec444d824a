namespace Bulwark.Scanning.Formats.ParquetPages;

/// <summary>
/// Parquet's RLE / bit-packed hybrid encoding of small integers (definition levels, dictionary indices): runs of one
/// repeated value, and groups of eight values packed least significant bit first.
/// </summary>
internal static class RleBitPackedHybrid
{
    /// <summary>Fills <paramref name="destination"/> from <paramref name="data"/>, or throws when the data ends first.</summary>
    public static void Decode(ReadOnlySpan<byte> data, int bitWidth, Span<int> destination)
    {
        if (bitWidth is < 0 or > 32)
        {
            throw new InvalidDataException($"a bit width of {bitWidth} is not a Parquet bit width");
        }

        var position = 0;
        var filled = 0;
        while (filled < destination.Length)
        {
            var header = Varint.Read(data, ref position);
            var wanted = destination.Length - filled;
            if ((header & 1) == 0)
            {
                var run = (int)Math.Min(header >> 1, (ulong)wanted);
                var value = ReadRunValue(data, ref position, bitWidth);
                destination.Slice(filled, run).Fill(value);
                filled += run;
            }
            else
            {
                // A packed run is a whole number of 8-value groups; the last run of a page may hold fewer real values.
                var groups = header >> 1;
                if (groups > int.MaxValue / 8)
                {
                    throw new InvalidDataException("a bit-packed run is longer than any page");
                }

                var values = (int)Math.Min(groups * 8, (ulong)wanted);
                var bytes = (long)Math.Min(groups * (ulong)bitWidth, (ulong)(data.Length - position));
                Unpack(data.Slice(position, (int)bytes), bitWidth, destination.Slice(filled, values));
                position += (int)bytes;
                filled += values;
            }
        }
    }

    private static void Unpack(ReadOnlySpan<byte> packed, int bitWidth, Span<int> destination)
    {
        if ((long)destination.Length * bitWidth > packed.Length * 8L)
        {
            throw new InvalidDataException("bit-packed values end before their count");
        }

        var mask = bitWidth == 32 ? uint.MaxValue : (1u << bitWidth) - 1;
        ulong buffer = 0;
        var buffered = 0;
        var next = 0;
        for (var i = 0; i < destination.Length; i++)
        {
            while (buffered < bitWidth)
            {
                buffer |= (ulong)packed[next++] << buffered;
                buffered += 8;
            }

            destination[i] = (int)((uint)buffer & mask);
            buffer >>= bitWidth;
            buffered -= bitWidth;
        }
    }

    private static int ReadRunValue(ReadOnlySpan<byte> data, ref int position, int bitWidth)
    {
        var width = (bitWidth + 7) / 8;
        if (width > data.Length - position)
        {
            throw new InvalidDataException("a run's value ends early");
        }

        uint value = 0;
        for (var i = 0; i < width; i++)
        {
            value |= (uint)data[position + i] << (8 * i);
        }

        position += width;
        return (int)value;
    }
}
