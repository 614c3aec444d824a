using System.Runtime.InteropServices;
using Bulwark.Detection.Hashing.Exact;
using Bulwark.Detection.Hashing.Pdq;
using Bulwark.Detection.Imaging;
using Bulwark.Detection.Matching;
using Bulwark.Detection.Policy;

namespace Bulwark.Detection.Screening;

/// <summary>
/// A detector over a <see cref="HashMatcher"/>: an image's exact MD5 and SHA-256 digests, then its PDQ query views,
/// are looked up in the banks, and each match becomes a <c>known_image_match</c> finding with the bank, the entry's
/// label, the matched hash and the distance.
/// </summary>
/// <remarks>
/// Scores: an exact match scores 1; a PDQ match at Hamming distance d scores 1 − d/64 (distance 16 → 0.75,
/// 31 → 0.52), so the policy's thresholds choose how close a match must be to block or to go to review.
/// When an exact digest matches, the image is not decoded: the strongest evidence is already in hand.
/// An image that cannot be decoded makes the detector throw, so the screener fails closed on it.
/// Text content yields no findings.
/// </remarks>
public sealed class HashMatchDetector : IDetector
{
    private static readonly string[] CoveredCategories = [CategoryIds.KnownImageMatch];

    private readonly HashMatcher _matcher;
    private readonly HashMatchDetectorOptions _options;
    private readonly ImageDecoder _decoder;
    private readonly PdqQueryHasher _queryHasher;
    private readonly ExactHasher _exactHasher = new();

    /// <param name="matcher">The matcher holding the banks; shared, not disposed by the detector.</param>
    /// <param name="options">Settings; <see cref="HashMatchDetectorOptions.Default"/> when null.</param>
    public HashMatchDetector(HashMatcher matcher, HashMatchDetectorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        options ??= HashMatchDetectorOptions.Default;
        options.Validate();
        _matcher = matcher;
        _options = options;
        _decoder = new ImageDecoder(options.Decoder);
        _queryHasher = new PdqQueryHasher(options.QueryViews);
    }

    /// <inheritdoc />
    public string Name => _options.Name;

    /// <inheritdoc />
    public double Cost => _options.Cost;

    /// <inheritdoc />
    public IReadOnlyCollection<string> Categories => CoveredCategories;

    /// <inheritdoc />
    public async Task<IReadOnlyList<Finding>> DetectAsync(Content content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Kind != ContentKind.Image)
        {
            return [];
        }

        var bytes = content.Bytes;
        var stream = MemoryMarshal.TryGetArray(bytes, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(bytes.ToArray(), writable: false);
        ExactDigests digests;
        await using (stream.ConfigureAwait(false))
        {
            digests = await _exactHasher.HashAsync(stream, ExactHashAlgorithms.All, cancellationToken).ConfigureAwait(false);
        }

        return Detect(bytes.Span, digests, cancellationToken);
    }

    private IReadOnlyList<Finding> Detect(ReadOnlySpan<byte> bytes, ExactDigests digests, CancellationToken cancellationToken)
    {
        var exact = _matcher.MatchExact(digests, _options.Banks);
        if (exact.Count > 0)
        {
            return [.. exact.Select(match => ToFinding(match, 1.0, $"exact-{match.SignalType.Name}"))];
        }

        cancellationToken.ThrowIfCancellationRequested();
        using var image = _decoder.Decode(bytes);
        cancellationToken.ThrowIfCancellationRequested();
        var views = _queryHasher.Hash(image);
        cancellationToken.ThrowIfCancellationRequested();
        return [.. _matcher.MatchPdq(views, _options.MaxDistance, _options.Banks).Select(match => ToFinding(match, PdqScore(match.Distance), "pdq"))];
    }

    /// <summary>1 at distance 0, falling by 1/64 a bit: the whole [0, 1] scale maps onto the distances that matter.</summary>
    public static double PdqScore(int distance) => Math.Clamp(1.0 - (distance / 64.0), 0.0, 1.0);

    private static Finding ToFinding(HashMatch match, double score, string rule) =>
        new(CategoryIds.KnownImageMatch, score, new Evidence(rule)
        {
            MatchedSignal = $"{match.SignalType.Name} {match.MatchedHash}",
            Distance = match.Distance,
            Source = match.Bank,
            Label = match.Label,
            Detail = match.View is null ? $"entry {match.EntryId}" : $"entry {match.EntryId}, view {match.View}",
        });
}
