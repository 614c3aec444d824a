using System.Buffers.Binary;
using Bulwark.Detection.Hashing;

namespace Bulwark.Detection.Matching;

/// <summary>Streams entries into the format described on <see cref="PdqIndexSnapshot"/>.</summary>
internal sealed class PdqIndexSnapshotWriter
{
    private readonly Stream _destination;
    private readonly long _count;
    private readonly byte[] _buffer = new byte[PdqIndexSnapshot.RecordBytes * PdqIndexSnapshot.RecordsPerBuffer];
    private int _used;
    private long _written;
    private ulong _checksum = PdqIndexSnapshot.Seed;

    public PdqIndexSnapshotWriter(Stream destination, long count)
    {
        _destination = destination;
        _count = count;
        Span<byte> header = stackalloc byte[PdqIndexSnapshot.HeaderBytes];
        PdqIndexSnapshot.Magic.CopyTo(header);
        BinaryPrimitives.WriteInt32LittleEndian(header[8..], PdqIndexSnapshot.Version);
        BinaryPrimitives.WriteInt32LittleEndian(header[12..], 0);
        BinaryPrimitives.WriteInt64LittleEndian(header[16..], count);
        Emit(header);
    }

    public void Write(long id, int bankOrdinal, PdqHash hash)
    {
        var record = _buffer.AsSpan(_used, PdqIndexSnapshot.RecordBytes);
        BinaryPrimitives.WriteInt64LittleEndian(record, id);
        BinaryPrimitives.WriteInt32LittleEndian(record[8..], bankOrdinal);
        BinaryPrimitives.WriteInt32LittleEndian(record[12..], 0);
        for (var limb = 0; limb < 4; limb++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(record[(16 + (8 * limb))..], hash.GetLimb(limb));
        }

        _used += PdqIndexSnapshot.RecordBytes;
        _written++;
        if (_used == _buffer.Length)
        {
            Flush();
        }
    }

    public void Finish()
    {
        if (_written != _count)
        {
            throw new InvalidOperationException($"Snapshot header promised {_count} entries but {_written} were written.");
        }

        Flush();
        Span<byte> trailer = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(trailer, _checksum);
        _destination.Write(trailer);
    }

    private void Flush()
    {
        Emit(_buffer.AsSpan(0, _used));
        _used = 0;
    }

    private void Emit(ReadOnlySpan<byte> bytes)
    {
        _checksum = PdqIndexSnapshot.Mix(_checksum, bytes);
        _destination.Write(bytes);
    }
}
