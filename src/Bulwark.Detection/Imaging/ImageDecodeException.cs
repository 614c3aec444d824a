namespace Bulwark.Detection.Imaging;

/// <summary>An image could not be decoded; <see cref="Error"/> says why in a form code can act on.</summary>
public sealed class ImageDecodeException : Exception
{
    public ImageDecodeException()
    {
    }

    public ImageDecodeException(string message)
        : base(message)
    {
    }

    public ImageDecodeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ImageDecodeException(ImageDecodeError error, string message)
        : base(message)
    {
        Error = error;
    }

    public ImageDecodeError Error { get; }
}
