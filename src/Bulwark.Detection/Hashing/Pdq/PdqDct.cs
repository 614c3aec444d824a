using System.Numerics;
using System.Runtime.InteropServices;

namespace Bulwark.Detection.Hashing.Pdq;

/// <summary>
/// The reference's 64x64 to 16x16 DCT: B = D A D^T with D the 16x64 DCT-II basis without its DC row.
/// Products are summed in ascending k, in float, as the reference does; SIMD runs independent columns only.
/// </summary>
internal static class PdqDct
{
    public const int InputSize = 64;
    public const int OutputSize = 16;

    private static readonly float[] Basis = CreateBasis();

    private static float[] CreateBasis()
    {
        // Same arithmetic as the reference: a float scale factor times a double cosine, stored as float.
        var basis = new float[OutputSize * InputSize];
        var scale = (float)Math.Sqrt(2.0 / InputSize);
        for (var i = 0; i < OutputSize; i++)
        {
            for (var j = 0; j < InputSize; j++)
            {
                basis[(i * InputSize) + j] = (float)(scale * Math.Cos(Math.PI / 2.0 / InputSize * (i + 1) * ((2 * j) + 1)));
            }
        }

        return basis;
    }

    /// <summary>Transforms a row-major 64x64 buffer into a row-major 16x16 buffer.</summary>
    public static void Transform(ReadOnlySpan<float> input64x64, Span<float> output16x16)
    {
        Span<float> partial = stackalloc float[OutputSize * InputSize];
        partial.Clear();
        var basis = Basis.AsSpan();

        // T = D A: row i of T accumulates D[i,k] * row k of A, one SIMD lane per column j.
        for (var i = 0; i < OutputSize; i++)
        {
            var target = partial.Slice(i * InputSize, InputSize);
            var targetVectors = MemoryMarshal.Cast<float, Vector<float>>(target);
            for (var k = 0; k < InputSize; k++)
            {
                var weight = basis[(i * InputSize) + k];
                var source = input64x64.Slice(k * InputSize, InputSize);
                if (Vector.IsHardwareAccelerated)
                {
                    var weightVector = new Vector<float>(weight);
                    var sourceVectors = MemoryMarshal.Cast<float, Vector<float>>(source);
                    for (var v = 0; v < targetVectors.Length; v++)
                    {
                        targetVectors[v] += weightVector * sourceVectors[v];
                    }
                }
                else
                {
                    for (var j = 0; j < InputSize; j++)
                    {
                        target[j] += weight * source[j];
                    }
                }
            }
        }

        // B = T D^T.
        for (var i = 0; i < OutputSize; i++)
        {
            var row = partial.Slice(i * InputSize, InputSize);
            for (var j = 0; j < OutputSize; j++)
            {
                var basisRow = basis.Slice(j * InputSize, InputSize);
                var sum = 0f;
                for (var k = 0; k < InputSize; k++)
                {
                    sum += row[k] * basisRow[k];
                }

                output16x16[(i * OutputSize) + j] = sum;
            }
        }
    }
}
