using System.IO.Compression;
using K4os.Compression.LZ4;
using Parquet.Meta;
using Snappier;
using ZstdSharp;

namespace Bulwark.Scanning.Formats.ParquetPages;

/// <summary>
/// Decompresses a page body into a buffer of exactly the size its header gives, for the codecs writers use today
/// (pyarrow's default Snappy, Zstd, Gzip, Brotli, LZ4_RAW). LZO and Hadoop-framed LZ4 are left to Parquet.Net.
/// </summary>
internal static class PageCodec
{
    public static bool Supports(CompressionCodec codec) => codec is CompressionCodec.UNCOMPRESSED or CompressionCodec.SNAPPY
        or CompressionCodec.GZIP or CompressionCodec.BROTLI or CompressionCodec.ZSTD or CompressionCodec.LZ4_RAW;

    /// <summary>Fills <paramref name="destination"/> with the page's bytes, or throws when they are not exactly that many.</summary>
    public static void Decompress(CompressionCodec codec, ReadOnlyMemory<byte> source, Span<byte> destination)
    {
        int written;
        try
        {
            written = codec switch
            {
                CompressionCodec.UNCOMPRESSED => Copy(source.Span, destination),
                CompressionCodec.SNAPPY => Snappy.Decompress(source.Span, destination),
                CompressionCodec.GZIP => Inflate(source, destination),
                CompressionCodec.BROTLI => BrotliDecoder.TryDecompress(source.Span, destination, out var brotli) ? brotli : -1,
                CompressionCodec.ZSTD => Unzstd(source.Span, destination),
                CompressionCodec.LZ4_RAW => LZ4Codec.Decode(source.Span, destination),
                _ => throw new NotSupportedException($"{codec} pages are read by Parquet.Net"),
            };
        }
        catch (Exception e) when (e is not (InvalidDataException or NotSupportedException or OutOfMemoryException))
        {
            // The codecs report damaged input with exception types of their own; all of them mean a malformed page.
            throw new InvalidDataException($"a {codec} page does not decompress: {e.Message}", e);
        }

        if (written != destination.Length)
        {
            throw new InvalidDataException($"a {codec} page does not decompress to the {destination.Length} bytes its header gives");
        }
    }

    private static int Copy(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        if (source.Length != destination.Length)
        {
            return -1;
        }

        source.CopyTo(destination);
        return source.Length;
    }

    private static int Unzstd(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        using var decompressor = new Decompressor();
        return decompressor.Unwrap(source, destination);
    }

    /// <summary>Inflates the gzip member(s) of a page; -1 when they hold more or fewer bytes than the destination.</summary>
    private static int Inflate(ReadOnlyMemory<byte> source, Span<byte> destination)
    {
        using var gzip = new GZipStream(ArrayBytes.OpenRead(source), CompressionMode.Decompress);
        var filled = 0;
        while (filled < destination.Length)
        {
            var read = gzip.Read(destination[filled..]);
            if (read == 0)
            {
                return -1;
            }

            filled += read;
        }

        Span<byte> extra = stackalloc byte[1];
        return gzip.Read(extra) == 0 ? filled : -1;
    }
}
