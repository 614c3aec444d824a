using Bulwark.Detection.Hashing;
using Bulwark.Detection.Hashing.Pdq;
using Bulwark.Detection.Imaging;
using Bulwark.Detection.Tests.Support;

namespace Bulwark.Detection.Tests.Hashing.Pdq;

/// <summary>
/// Hashing the exact RGB bytes the C++ reference hashed must reproduce its luma, DCT and hash: the decoder is
/// out of the picture here, so any difference is a difference in the algorithm.
/// </summary>
public sealed class PdqHasherReferenceTests
{
    public static TheoryData<string> IntermediateImages => new() { "bridge-1-original", "q0746", "small", "wee" };

    private static readonly Dictionary<string, string> SourceImageOf = new()
    {
        ["bridge-1-original"] = "dih/bridge-1-original.jpg",
        ["q0746"] = "labelme-subset/q0746.jpg",
        ["small"] = "misc-images/small.jpg",
        ["wee"] = "misc-images/wee.jpg",
    };

    [Theory]
    [MemberData(nameof(IntermediateImages))]
    public void Pdq_hash_of_reference_bytes_is_bit_exact(string name)
    {
        var image = Netpbm.ReadPpm(SharedTestData.Pdq("intermediate", name + ".ppm"));
        var expected = ExpectedFor(name);

        var result = new PdqHasher().Hash(image);

        Assert.Equal(expected.Hash, result.Hash.ToString());
        Assert.Equal(expected.Quality, result.Quality);
    }

    [Theory]
    [MemberData(nameof(IntermediateImages))]
    public void Luma_and_dct_of_reference_bytes_match_the_reference_buffers(string name)
    {
        var image = Netpbm.ReadPpm(SharedTestData.Pdq("intermediate", name + ".ppm"));
        var rows = image.Height;
        var cols = image.Width;
        var luma = new float[rows * cols];
        PdqLuma.Fill(image, image.Bounds, luma, rows, cols);
        var luma64 = new float[64 * 64];
        var dct = new float[16 * 16];

        PdqHasher.HashLuma(luma, rows, cols, luma64, dct);

        AssertClose(ReferenceRow.LoadMatrix(SharedTestData.Pdq("intermediate", name + ".luma64x64.txt")), luma64, relative: 1e-5f, absolute: 1e-4f);
        AssertClose(ReferenceRow.LoadMatrix(SharedTestData.Pdq("intermediate", name + ".dct16x16.txt")), dct, relative: 1e-5f, absolute: 1e-3f);
    }

    [Fact]
    public void Dihedral_hashes_of_reference_bytes_equal_the_reference_pdqdih_output()
    {
        var image = Netpbm.ReadPpm(SharedTestData.Pdq("intermediate", "bridge-1-original.ppm"));
        var expected = ReferenceRow.Load(SharedTestData.Pdq("expected-cpp-dihedral-bridge-1-original.csv")).Select(row => row.Hash).ToList();

        var result = new PdqHasher().HashDihedral(image);

        Assert.Equal(expected, result.Hashes.Select(hash => hash.ToString()).ToList());
    }

    [Fact]
    public void Images_smaller_than_five_pixels_a_side_hash_to_zero_with_quality_zero()
    {
        var image = new DecodedImage(4, 100, PixelLayout.Gray8, new byte[400], 4);

        var result = new PdqHasher().Hash(image);

        Assert.Equal(PdqHash.Zero, result.Hash);
        Assert.Equal(0, result.Quality);
    }

    private static ReferenceRow ExpectedFor(string name) =>
        ReferenceRow.Load(SharedTestData.Pdq("expected-cpp-reference.csv")).Single(row => row.Path == SourceImageOf[name]);

    private static void AssertClose(float[] expected, float[] actual, float relative, float absolute)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            var tolerance = Math.Max(absolute, Math.Abs(expected[i]) * relative);
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance, $"element {i}: expected {expected[i]}, got {actual[i]}");
        }
    }
}
