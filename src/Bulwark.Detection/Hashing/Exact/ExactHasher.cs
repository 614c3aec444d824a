using System.Buffers;
using System.Security.Cryptography;

namespace Bulwark.Detection.Hashing.Exact;

/// <summary>
/// Computes MD5 and SHA-256 digests of a stream or file, streaming it once however many digests are asked for.
/// Thread-safe: every call owns its hash state and rents its own buffer.
/// </summary>
public sealed class ExactHasher
{
    /// <summary>Read size used when none is given: large enough to amortise the read calls, small enough to stay off the large object heap.</summary>
    public const int DefaultBufferSize = 81920;

    private readonly int _bufferSize;

    /// <summary>Creates a hasher that reads <paramref name="bufferSize"/> bytes at a time.</summary>
    public ExactHasher(int bufferSize = DefaultBufferSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bufferSize, 1);
        _bufferSize = bufferSize;
    }

    /// <summary>
    /// Reads <paramref name="content"/> from its current position to the end and digests the bytes.
    /// The stream is not disposed.
    /// </summary>
    public async Task<ExactDigests> HashAsync(
        Stream content,
        ExactHashAlgorithms algorithms = ExactHashAlgorithms.All,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var md5 = algorithms.HasFlag(ExactHashAlgorithms.Md5) ? IncrementalHash.CreateHash(HashAlgorithmName.MD5) : null;
        using var sha256 = algorithms.HasFlag(ExactHashAlgorithms.Sha256) ? IncrementalHash.CreateHash(HashAlgorithmName.SHA256) : null;

        var buffer = ArrayPool<byte>.Shared.Rent(_bufferSize);
        long length = 0;
        try
        {
            int read;
            while ((read = await content.ReadAsync(buffer.AsMemory(0, _bufferSize), cancellationToken).ConfigureAwait(false)) > 0)
            {
                var chunk = buffer.AsSpan(0, read);
                md5?.AppendData(chunk);
                sha256?.AppendData(chunk);
                length += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return new ExactDigests(length, Finish(md5), Finish(sha256));
    }

    /// <summary>Digests the file at <paramref name="path"/>.</summary>
    public async Task<ExactDigests> HashFileAsync(
        string path,
        ExactHashAlgorithms algorithms = ExactHashAlgorithms.All,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        // bufferSize 0: we already read in large chunks, so FileStream's own buffer would only add a copy.
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.Asynchronous | FileOptions.SequentialScan);
        await using (file.ConfigureAwait(false))
        {
            return await HashAsync(file, algorithms, cancellationToken).ConfigureAwait(false);
        }
    }

    private static string? Finish(IncrementalHash? hash) =>
        hash is null ? null : Convert.ToHexStringLower(hash.GetHashAndReset());
}
