using System.Security.Cryptography;

namespace Bulwark.Reporting.Ncmec.Client;

/// <summary>Reads through to another stream, hashing (MD5) and counting what passes, so a file is read once for both.</summary>
internal sealed class HashingReadStream(Stream inner) : Stream
{
    private readonly IncrementalHash _md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
    private byte[]? _final;

    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

    // The HTTP request disposes this stream before the caller compares hashes, so the hash survives disposal.
    public string HashHex() => Convert.ToHexStringLower(_final ?? _md5.GetCurrentHash());

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        Add(buffer[..read]);
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        Add(buffer.Span[..read]);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && _final is null)
        {
            _final = _md5.GetCurrentHash();
            _md5.Dispose();
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Add(ReadOnlySpan<byte> bytes)
    {
        _md5.AppendData(bytes);
        BytesRead += bytes.Length;
    }
}
