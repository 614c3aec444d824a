using System.Buffers.Binary;
using System.Numerics;

namespace Bulwark.Detection.Matching;

/// <summary>
/// The snapshot format shared by <see cref="PdqIndexSnapshotWriter"/> and <see cref="PdqIndexSnapshotReader"/>.
/// Little-endian: magic "BWPDQIDX", version (int32), reserved (int32), entry count (int64); then per entry
/// id (int64), bank ordinal (int32), reserved (int32), hash limbs 0..3 (uint64 each); then a 64-bit checksum
/// of every preceding byte. Everything is a multiple of 8 bytes so the checksum runs over whole words.
/// </summary>
internal static class PdqIndexSnapshot
{
    public const int Version = 1;
    public const int HeaderBytes = 24;
    public const int RecordBytes = 48;
    public const int RecordsPerBuffer = 4096;
    public static ReadOnlySpan<byte> Magic => "BWPDQIDX"u8;

    /// <summary>A word-at-a-time multiply-rotate mix: cheap enough for gigabyte snapshots and catches truncation, bit rot and torn writes.</summary>
    public static ulong Mix(ulong state, ReadOnlySpan<byte> words)
    {
        for (var i = 0; i + 8 <= words.Length; i += 8)
        {
            state = BitOperations.RotateLeft((state ^ BinaryPrimitives.ReadUInt64LittleEndian(words[i..])) * 0x9E3779B97F4A7C15UL, 27);
        }

        return state;
    }

    public const ulong Seed = 0x42554C5741524B31UL;
}
