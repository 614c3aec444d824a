using Bulwark.Detection.Hashing;
using Bulwark.Detection.Hashing.Pdq;
using Bulwark.Detection.Imaging;
using Bulwark.Detection.Tests.Support;
using Xunit.Abstractions;

namespace Bulwark.Detection.Tests.Hashing.Pdq;

/// <summary>
/// Decoding and hashing every reference image must agree with the C++ reference's output, within what a
/// different (equally valid) JPEG decoder can change: the bar is the one the hashing engine issue sets.
/// </summary>
public sealed class PdqEndToEndTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<ReferenceRow> Expected = ReferenceRow.Load(SharedTestData.Pdq("expected-cpp-reference.csv"));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Hashes_of_the_reference_images_agree_with_the_cpp_reference(bool systemTurboJpeg)
    {
        var decoder = new ImageDecoder(new ImageDecoderOptions { UseSystemTurboJpeg = systemTurboJpeg });
        var hasher = new PdqHasher();
        var identical = 0;
        var failures = new List<string>();
        foreach (var row in Expected)
        {
            var image = await decoder.DecodeFileAsync(SharedTestData.Pdq(row.Path));
            var result = hasher.Hash(image);
            var distance = result.Hash.DistanceTo(PdqHash.Parse(row.Hash));
            output.WriteLine($"{row.Path}: distance {distance}, quality {result.Quality} (reference {row.Quality}), {image.Format} {image.Layout}");
            if (distance == 0)
            {
                identical++;
            }

            if (row.Quality >= 80 && distance > 10)
            {
                failures.Add($"{row.Path} is {distance} bits from the reference");
            }

            if (Math.Abs(result.Quality - row.Quality) > 5)
            {
                failures.Add($"{row.Path} has quality {result.Quality}, the reference {row.Quality}");
            }
        }

        output.WriteLine($"{identical} of {Expected.Count} identical");
        Assert.Empty(failures);
        Assert.True(identical >= 0.9 * Expected.Count, $"only {identical} of {Expected.Count} hashes are identical to the reference");
    }

    [Fact]
    public async Task Dihedral_hashes_of_bridge_equal_the_reference()
    {
        var image = await new ImageDecoder().DecodeFileAsync(SharedTestData.Pdq("dih", "bridge-1-original.jpg"));
        var expected = ReferenceRow.Load(SharedTestData.Pdq("expected-cpp-dihedral-bridge-1-original.csv")).Select(row => row.Hash);

        var result = new PdqHasher().HashDihedral(image);

        Assert.Equal(expected, result.Hashes.Select(hash => hash.ToString()));
    }
}
