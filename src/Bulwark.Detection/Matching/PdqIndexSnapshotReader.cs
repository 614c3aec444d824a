using System.Buffers.Binary;
using Bulwark.Detection.Hashing;

namespace Bulwark.Detection.Matching;

/// <summary>Reads the format described on <see cref="PdqIndexSnapshot"/>, failing with <see cref="InvalidDataException"/> on anything else.</summary>
internal sealed class PdqIndexSnapshotReader
{
    private readonly Stream _source;
    private readonly byte[] _buffer = new byte[PdqIndexSnapshot.RecordBytes * PdqIndexSnapshot.RecordsPerBuffer];
    private int _position;
    private int _filled;
    private long _read;
    private ulong _checksum = PdqIndexSnapshot.Seed;

    public PdqIndexSnapshotReader(Stream source)
    {
        _source = source;
        Span<byte> header = stackalloc byte[PdqIndexSnapshot.HeaderBytes];
        Fill(header, "header");
        if (!header[..8].SequenceEqual(PdqIndexSnapshot.Magic))
        {
            throw new InvalidDataException("Not a Bulwark PDQ index snapshot: the magic header is missing.");
        }

        var version = BinaryPrimitives.ReadInt32LittleEndian(header[8..]);
        if (version != PdqIndexSnapshot.Version)
        {
            throw new InvalidDataException($"PDQ index snapshot version {version} is not supported; this build reads version {PdqIndexSnapshot.Version}.");
        }

        var count = BinaryPrimitives.ReadInt64LittleEndian(header[16..]);
        if (count is < 0 or > int.MaxValue)
        {
            throw new InvalidDataException($"PDQ index snapshot declares {count} entries, which is not a valid count.");
        }

        if (source.CanSeek && source.Length - source.Position != (count * PdqIndexSnapshot.RecordBytes) + 8)
        {
            throw new InvalidDataException($"PDQ index snapshot declares {count} entries but the stream holds {source.Length - source.Position} more bytes, not {(count * PdqIndexSnapshot.RecordBytes) + 8}: it is truncated or corrupt.");
        }

        Count = (int)count;
        _checksum = PdqIndexSnapshot.Mix(_checksum, header);
    }

    public int Count { get; }

    public (long Id, int BankOrdinal, PdqHash Hash) Read()
    {
        if (_position == _filled)
        {
            var records = (int)Math.Min(PdqIndexSnapshot.RecordsPerBuffer, Count - _read);
            _filled = records * PdqIndexSnapshot.RecordBytes;
            Fill(_buffer.AsSpan(0, _filled), "entries");
            _checksum = PdqIndexSnapshot.Mix(_checksum, _buffer.AsSpan(0, _filled));
            _position = 0;
        }

        var record = _buffer.AsSpan(_position, PdqIndexSnapshot.RecordBytes);
        _position += PdqIndexSnapshot.RecordBytes;
        _read++;
        var bank = BinaryPrimitives.ReadInt32LittleEndian(record[8..]);
        if ((uint)bank > BankSet.MaxOrdinal)
        {
            throw new InvalidDataException($"PDQ index snapshot entry {_read - 1} has bank ordinal {bank}, outside 0..{BankSet.MaxOrdinal}.");
        }

        var hash = new PdqHash(
            BinaryPrimitives.ReadUInt64LittleEndian(record[16..]),
            BinaryPrimitives.ReadUInt64LittleEndian(record[24..]),
            BinaryPrimitives.ReadUInt64LittleEndian(record[32..]),
            BinaryPrimitives.ReadUInt64LittleEndian(record[40..]));
        return (BinaryPrimitives.ReadInt64LittleEndian(record), bank, hash);
    }

    /// <summary>Checks the trailer; entries read so far must not be trusted until this passes.</summary>
    public void VerifyEnd()
    {
        Span<byte> trailer = stackalloc byte[8];
        Fill(trailer, "checksum");
        if (BinaryPrimitives.ReadUInt64LittleEndian(trailer) != _checksum)
        {
            throw new InvalidDataException("PDQ index snapshot is corrupt: its checksum does not match its contents.");
        }
    }

    private void Fill(Span<byte> destination, string part)
    {
        try
        {
            _source.ReadExactly(destination);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException($"PDQ index snapshot is truncated: the stream ended inside its {part}.", e);
        }
    }
}
