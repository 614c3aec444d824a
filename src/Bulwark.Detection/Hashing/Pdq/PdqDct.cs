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

    // The basis transposed (64 rows of 16), so the second product can run sixteen outputs in SIMD lanes.
    private static readonly float[] BasisTransposed = Transpose(Basis, OutputSize, InputSize);

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

    private static float[] Transpose(float[] matrix, int rows, int cols)
    {
        var transposed = new float[matrix.Length];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < cols; j++)
            {
                transposed[(j * rows) + i] = matrix[(i * cols) + j];
            }
        }

        return transposed;
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

        // B = T D^T: row i of B accumulates T[i,k] * row k of D^T, one SIMD lane per output column j.
        var transposed = BasisTransposed.AsSpan();
        for (var i = 0; i < OutputSize; i++)
        {
            var row = partial.Slice(i * InputSize, InputSize);
            var target = output16x16.Slice(i * OutputSize, OutputSize);
            target.Clear();
            var targetVectors = MemoryMarshal.Cast<float, Vector<float>>(target);
            for (var k = 0; k < InputSize; k++)
            {
                var weight = row[k];
                var basisRow = transposed.Slice(k * OutputSize, OutputSize);
                if (Vector.IsHardwareAccelerated && targetVectors.Length * Vector<float>.Count == OutputSize)
                {
                    var weightVector = new Vector<float>(weight);
                    var basisVectors = MemoryMarshal.Cast<float, Vector<float>>(basisRow);
                    for (var v = 0; v < targetVectors.Length; v++)
                    {
                        targetVectors[v] += weightVector * basisVectors[v];
                    }
                }
                else
                {
                    for (var j = 0; j < OutputSize; j++)
                    {
                        target[j] += weight * basisRow[j];
                    }
                }
            }
        }
    }
}
