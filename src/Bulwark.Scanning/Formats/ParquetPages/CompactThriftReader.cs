namespace Bulwark.Scanning.Formats.ParquetPages;

/// <summary>
/// The little of Thrift's compact protocol a page header needs: field headers, zigzag varints, and skipping whatever
/// field this reader does not know, so a writer's newer or optional fields (statistics, CRCs) pass unread.
/// </summary>
internal ref struct CompactThriftReader(ReadOnlySpan<byte> data)
{
    public const byte Stop = 0;
    public const byte BoolTrue = 1;
    public const byte BoolFalse = 2;
    public const byte Byte = 3;
    public const byte I16 = 4;
    public const byte I32 = 5;
    public const byte I64 = 6;
    public const byte Double = 7;
    public const byte Binary = 8;
    public const byte List = 9;
    public const byte Set = 10;
    public const byte Map = 11;
    public const byte Struct = 12;

    /// <summary>Deep enough for any page header; a hostile header nesting deeper is refused, not recursed into.</summary>
    private const int MaxDepth = 16;

    private readonly ReadOnlySpan<byte> _data = data;

    public int Position { get; private set; }

    /// <summary>Reads the next field's header within a struct; false at the struct's end.</summary>
    /// <param name="lastId">The previous field's id in this struct (0 at its start): compact headers are deltas from it.</param>
    /// <param name="id">The field's id.</param>
    /// <param name="type">The field's compact type; a boolean field's value is in it.</param>
    public bool NextField(ref short lastId, out short id, out byte type)
    {
        var header = ReadByte();
        type = (byte)(header & 0x0F);
        if (type == Stop)
        {
            id = 0;
            return false;
        }

        var delta = header >> 4;
        id = (short)Within(delta == 0 ? ZigZag(ReadVarint()) : lastId + delta, short.MinValue, short.MaxValue, "field id");
        lastId = id;
        return true;
    }

    public int ReadI32() => (int)Within(ZigZag(ReadVarint()), int.MinValue, int.MaxValue, "32-bit integer");

    public void Skip(byte type) => Skip(type, 0);

    private void Skip(byte type, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new InvalidDataException("a page header nests structures deeper than any page header does");
        }

        switch (type)
        {
            case BoolTrue or BoolFalse:
                break;
            case Byte:
                Advance(1);
                break;
            case I16 or I32 or I64:
                ReadVarint();
                break;
            case Double:
                Advance(8);
                break;
            case Binary:
                Advance(Count());
                break;
            case List or Set:
                SkipList(depth);
                break;
            case Map:
                SkipMap(depth);
                break;
            case Struct:
                short last = 0;
                while (NextField(ref last, out _, out var fieldType))
                {
                    Skip(fieldType, depth + 1);
                }

                break;
            default:
                throw new InvalidDataException($"unknown thrift type {type} in a page header");
        }
    }

    private void SkipList(int depth)
    {
        var header = ReadByte();
        var count = header >> 4 == 15 ? Count() : header >> 4;
        var elementType = (byte)(header & 0x0F);
        for (var i = 0; i < count; i++)
        {
            // Inside a list a boolean is a byte of its own, not folded into a header.
            if (elementType is BoolTrue or BoolFalse)
            {
                Advance(1);
            }
            else
            {
                Skip(elementType, depth + 1);
            }
        }
    }

    private void SkipMap(int depth)
    {
        var count = Count();
        if (count == 0)
        {
            return;
        }

        var types = ReadByte();
        for (var i = 0; i < count; i++)
        {
            Skip((byte)(types >> 4), depth + 1);
            Skip((byte)(types & 0x0F), depth + 1);
        }
    }

    private byte ReadByte()
    {
        if (Position >= _data.Length)
        {
            throw new InvalidDataException("a page header ends early");
        }

        return _data[Position++];
    }

    private void Advance(int count)
    {
        if (count < 0 || count > _data.Length - Position)
        {
            throw new InvalidDataException("a page header ends early");
        }

        Position += count;
    }

    private ulong ReadVarint()
    {
        var position = Position;
        var value = Varint.Read(_data, ref position);
        Position = position;
        return value;
    }

    /// <summary>A length or element count, which is never negative.</summary>
    private int Count() => (int)Within((long)Math.Min(ReadVarint(), int.MaxValue + 1UL), 0, int.MaxValue, "length");

    private static long Within(long value, long minimum, long maximum, string what) =>
        value >= minimum && value <= maximum ? value : throw new InvalidDataException($"a page header has a {what} out of range");

    private static long ZigZag(ulong value) => (long)(value >> 1) ^ -(long)(value & 1);
}
