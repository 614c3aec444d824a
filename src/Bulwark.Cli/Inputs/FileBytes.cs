namespace Bulwark.Cli.Inputs;

/// <summary>Reads a whole input file, refusing it before reading when it is over the size limit.</summary>
internal static class FileBytes
{
    /// <exception cref="IOException">The file is over <paramref name="maxBytes"/> or cannot be read.</exception>
    public static async Task<byte[]> ReadAsync(string path, long maxBytes, CancellationToken cancellationToken)
    {
        var length = new FileInfo(path).Length;
        if (length > maxBytes)
        {
            throw new IOException($"the file is {length:N0} bytes, over the limit of {maxBytes:N0}");
        }

        return await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
    }
}
