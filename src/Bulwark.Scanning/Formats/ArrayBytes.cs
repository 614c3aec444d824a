using System.Runtime.InteropServices;

namespace Bulwark.Scanning.Formats;

/// <summary>Bytes the readers hold as slices of arrays (shared blocks, pooled chunks), read back as a stream.</summary>
internal static class ArrayBytes
{
    /// <summary>A read-only stream over <paramref name="bytes"/>, without copying them.</summary>
    /// <exception cref="NotSupportedException">The bytes are not a slice of an array, which no reader here makes.</exception>
    public static MemoryStream OpenRead(ReadOnlyMemory<byte> bytes) =>
        MemoryMarshal.TryGetArray(bytes, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : throw new NotSupportedException("the bytes are not a slice of an array");
}
