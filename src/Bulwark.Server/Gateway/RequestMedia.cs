using System.Buffers.Text;

namespace Bulwark.Server.Gateway;

/// <summary>
/// What a request carries besides text: inline images, which are hashed and matched against the banks, and parts the
/// gateway cannot screen — images by URL (never fetched: an SSRF door) and parts with no text and no inline image
/// (audio, files by id) — which the policy's <c>gateway</c> rules refuse or pass.
/// </summary>
internal sealed class RequestMedia
{
    private readonly List<ReadOnlyMemory<byte>> _images = [];

    /// <summary>A request with no images and nothing unscreenable.</summary>
    public static RequestMedia None { get; } = new();

    /// <summary>Decoded inline images, in request order.</summary>
    public IReadOnlyList<ReadOnlyMemory<byte>> Images => _images;

    /// <summary>Images given by URL.</summary>
    public int RemoteImages { get; private set; }

    /// <summary>Parts with neither text nor an inline image.</summary>
    public int UnscreenableParts { get; private set; }

    /// <summary>An image given as a URL: a <c>data:</c> URL is decoded, an http(s) URL is counted as remote.</summary>
    /// <exception cref="ProtocolRequestException">The URL is neither, or its data is not base64.</exception>
    public void AddImageUrl(string url)
    {
        if (url.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            var comma = url.IndexOf(',', StringComparison.Ordinal);
            if (comma < 0 || !url.AsSpan(5, comma - 5).EndsWith(";base64", StringComparison.OrdinalIgnoreCase))
            {
                throw new ProtocolRequestException("An image data URL must be base64-encoded (data:image/png;base64,...).");
            }

            AddBase64Image(url[(comma + 1)..]);
        }
        else if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            RemoteImages++;
        }
        else
        {
            throw new ProtocolRequestException("An image URL must be an http(s) address or a base64 data URL.");
        }
    }

    /// <summary>An image given as base64 data.</summary>
    /// <exception cref="ProtocolRequestException">The data is not base64.</exception>
    public void AddBase64Image(string data)
    {
        var bytes = new byte[Base64.GetMaxDecodedFromUtf8Length(data.Length)];
        if (!Convert.TryFromBase64String(data, bytes, out var written))
        {
            throw new ProtocolRequestException("An inline image is not valid base64.");
        }

        _images.Add(bytes.AsMemory(0, written));
    }

    /// <summary>An image's raw bytes (a multipart upload).</summary>
    public void AddImage(ReadOnlyMemory<byte> bytes) => _images.Add(bytes);

    /// <summary>An image given by URL that is not a URL this class reads (an uploaded file's id, say).</summary>
    public void AddRemoteImage() => RemoteImages++;

    /// <summary>A part with neither text nor an inline image.</summary>
    public void AddUnscreenable() => UnscreenableParts++;
}
