using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using Bulwark.Detection.Hashing.Exact;
using Bulwark.Detection.Signals;

namespace Bulwark.Detection.Tests.Hashing.Exact;

public sealed class ExactHasherTests
{
    [Theory]
    [InlineData("", "d41d8cd98f00b204e9800998ecf8427e", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("abc", "900150983cd24fb0d6963f7d28e17f72", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [InlineData("The quick brown fox jumps over the lazy dog", "9e107d9d372bb6826bd81d3542a419d6", "d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592")]
    public async Task Exact_digests_of_known_vectors_match_the_published_values(string input, string md5, string sha256)
    {
        var bytes = Encoding.ASCII.GetBytes(input);

        var digests = await new ExactHasher().HashAsync(new MemoryStream(bytes));

        Assert.Equal(new ExactDigests(bytes.Length, md5, sha256), digests);
    }

    [Fact]
    [SuppressMessage("Security", "CA5351", Justification = "MD5 is the reference the hasher's interoperability digest is checked against.")]
    public async Task Both_digests_come_from_a_single_forward_pass_over_a_non_seekable_stream()
    {
        var bytes = RandomBytes(1_000_003);
        var stream = new ForwardOnlyStream(bytes);

        var digests = await new ExactHasher(bufferSize: 4096).HashAsync(stream);

        Assert.Equal(Convert.ToHexStringLower(MD5.HashData(bytes)), digests.Md5);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), digests.Sha256);
        Assert.Equal(bytes.Length, digests.Length);
        Assert.Equal(bytes.Length, stream.BytesRead);
    }

    [Fact]
    public async Task Only_the_requested_digest_is_computed()
    {
        var digests = await new ExactHasher().HashAsync(new MemoryStream([1, 2, 3]), ExactHashAlgorithms.Sha256);

        Assert.Null(digests.Md5);
        Assert.NotNull(digests.Sha256);
        Assert.Equal([SignalType.Sha256], digests.ToSignals().Select(s => s.Type));
    }

    [Fact]
    public async Task File_digests_equal_stream_digests_and_convert_to_signals()
    {
        var path = Path.GetTempFileName();
        try
        {
            var bytes = RandomBytes(200_000);
            await File.WriteAllBytesAsync(path, bytes);
            var hasher = new ExactHasher();

            var fromFile = await hasher.HashFileAsync(path);
            var fromStream = await hasher.HashAsync(new MemoryStream(bytes));

            Assert.Equal(fromStream, fromFile);
            Assert.Equal(
                [Signal.Parse(SignalType.Md5, fromFile.Md5!), Signal.Parse(SignalType.Sha256, fromFile.Sha256!)],
                fromFile.ToSignals());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Hashing_honours_cancellation()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => new ExactHasher().HashAsync(new ForwardOnlyStream(new byte[10]), cancellationToken: cancelled.Token));
    }

    private static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        new Random(1234).NextBytes(bytes);
        return bytes;
    }

    private sealed class ForwardOnlyStream(byte[] bytes) : Stream
    {
        private int _position;

        public long BytesRead => _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var count = Math.Min(buffer.Length, bytes.Length - _position);
            bytes.AsSpan(_position, count).CopyTo(buffer);
            _position += count;
            return count;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return ValueTask.FromResult(Read(buffer.Span));
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
