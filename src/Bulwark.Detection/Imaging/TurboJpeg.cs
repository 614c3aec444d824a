using System.Runtime.InteropServices;

namespace Bulwark.Detection.Imaging;

/// <summary>
/// The system's TurboJPEG library (Debian: <c>libturbojpeg0</c>), when present. SkiaSharp's bundled libjpeg-turbo is
/// built without x86 SIMD, which makes JPEG decoding most of the cost of hashing a photo; the system library has
/// SIMD and decodes the same pixels (both use the accurate integer IDCT and fancy upsampling). TurboJPEG reports
/// errors by return code rather than by longjmp, which is what makes it safe to call from managed code.
/// </summary>
internal sealed unsafe class TurboJpeg
{
    public const int PixelFormatGray = 6;
    public const int PixelFormatRgba = 7;
    public const int ColorspaceGray = 2;
    public const int ColorspaceCmyk = 3;
    public const int ColorspaceYcck = 4;

    /// <summary>TJFLAG_LIMITSCANS: refuse progressive JPEGs with over 500 scans, a CPU-exhaustion trick.</summary>
    public const int FlagLimitScans = 32768;

    private const int ErrorFatal = 1;

    private static readonly string[] LibraryNames = ["libturbojpeg.so.0", "libturbojpeg.so", "libturbojpeg.0.dylib", "turbojpeg"];
    private static readonly Lazy<TurboJpeg?> Shared = new(Load);

    private readonly delegate* unmanaged<nint> _initDecompress;
    private readonly delegate* unmanaged<nint, byte*, nuint, int*, int*, int*, int*, int> _decompressHeader3;
    private readonly delegate* unmanaged<nint, byte*, nuint, byte*, int, int, int, int, int, int> _decompress2;
    private readonly delegate* unmanaged<nint, int> _destroy;
    private readonly delegate* unmanaged<nint, byte*> _getErrorStr2;
    private readonly delegate* unmanaged<nint, int> _getErrorCode;

    private TurboJpeg(nint library)
    {
        _initDecompress = (delegate* unmanaged<nint>)NativeLibrary.GetExport(library, "tjInitDecompress");
        _decompressHeader3 = (delegate* unmanaged<nint, byte*, nuint, int*, int*, int*, int*, int>)NativeLibrary.GetExport(library, "tjDecompressHeader3");
        _decompress2 = (delegate* unmanaged<nint, byte*, nuint, byte*, int, int, int, int, int, int>)NativeLibrary.GetExport(library, "tjDecompress2");
        _destroy = (delegate* unmanaged<nint, int>)NativeLibrary.GetExport(library, "tjDestroy");
        _getErrorStr2 = (delegate* unmanaged<nint, byte*>)NativeLibrary.GetExport(library, "tjGetErrorStr2");
        _getErrorCode = (delegate* unmanaged<nint, int>)NativeLibrary.GetExport(library, "tjGetErrorCode");
    }

    /// <summary>The loaded library, or null when the system has none (callers then decode with Skia).</summary>
    public static TurboJpeg? Instance => Shared.Value;

    public Header? ReadHeader(ReadOnlySpan<byte> jpeg)
    {
        var handle = _initDecompress();
        if (handle == 0)
        {
            return null;
        }

        try
        {
            int width, height, subsampling, colorspace;
            fixed (byte* source = jpeg)
            {
                return _decompressHeader3(handle, source, (nuint)jpeg.Length, &width, &height, &subsampling, &colorspace) == 0
                    ? new Header(width, height, colorspace)
                    : null;
            }
        }
        finally
        {
            _destroy(handle);
        }
    }

    /// <summary>Decodes into <paramref name="destination"/>; returns null on success or the library's reason for failing.</summary>
    public DecodeFailure? Decompress(ReadOnlySpan<byte> jpeg, Span<byte> destination, int width, int pitch, int height, int pixelFormat, int flags)
    {
        var handle = _initDecompress();
        if (handle == 0)
        {
            return new DecodeFailure("TurboJPEG could not create a decompressor.", Fatal: true);
        }

        try
        {
            fixed (byte* source = jpeg)
            fixed (byte* target = destination)
            {
                if (_decompress2(handle, source, (nuint)jpeg.Length, target, width, pitch, height, pixelFormat, flags) == 0)
                {
                    return null;
                }

                var message = Marshal.PtrToStringUTF8((nint)_getErrorStr2(handle)) ?? "unknown error";
                return new DecodeFailure(message, _getErrorCode(handle) == ErrorFatal);
            }
        }
        finally
        {
            _destroy(handle);
        }
    }

    private static TurboJpeg? Load()
    {
        foreach (var name in LibraryNames)
        {
            if (NativeLibrary.TryLoad(name, out var library))
            {
                try
                {
                    return new TurboJpeg(library);
                }
                catch (EntryPointNotFoundException)
                {
                    // A TurboJPEG older than 2.0 lacks tjGetErrorCode; decode with Skia instead.
                    NativeLibrary.Free(library);
                }
            }
        }

        return null;
    }

    public readonly record struct Header(int Width, int Height, int Colorspace);

    public sealed record DecodeFailure(string Message, bool Fatal);
}
