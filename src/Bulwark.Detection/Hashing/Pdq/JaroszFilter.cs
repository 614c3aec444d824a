using System.Numerics;
using System.Runtime.InteropServices;

namespace Bulwark.Detection.Hashing.Pdq;

/// <summary>
/// The reference's Jarosz tent filter: repeated box filters along rows, then along columns.
/// Sums accumulate in the reference's order (add the entering sample, subtract the leaving one, in float),
/// which is what makes the luma bit-exact; vector lanes run independent columns, never reorder a sum.
/// </summary>
internal static class JaroszFilter
{
    /// <summary>The reference's window: (oldDimension + 2 * newDimension - 1) / (2 * newDimension).</summary>
    public static int WindowSize(int oldDimension, int newDimension) =>
        (oldDimension + (2 * newDimension) - 1) / (2 * newDimension);

    /// <summary>
    /// Applies <paramref name="passes"/> row-then-column box passes in place on <paramref name="buffer"/>,
    /// using <paramref name="scratch"/> (same size) between the two.
    /// </summary>
    public static void Apply(Span<float> buffer, Span<float> scratch, int rows, int cols, int rowWindow, int colWindow, int passes)
    {
        for (var pass = 0; pass < passes; pass++)
        {
            BoxAlongRows(buffer, scratch, rows, cols, rowWindow);
            BoxAlongColumns(scratch, buffer, rows, cols, colWindow);
        }
    }

    public static void BoxAlongRows(ReadOnlySpan<float> input, Span<float> output, int rows, int cols, int window)
    {
        // Four rows at a time: each row's running sum is a serial chain of float adds, so interleaving four
        // independent chains keeps the adder busy without changing any row's order of operations.
        var row = 0;
        for (; row + 4 <= rows; row += 4)
        {
            Box1DFourRows(input.Slice(row * cols, 4 * cols), output.Slice(row * cols, 4 * cols), cols, window);
        }

        for (; row < rows; row++)
        {
            Box1D(input.Slice(row * cols, cols), output.Slice(row * cols, cols), window);
        }
    }

    /// <summary>One row: the reference's four phases (grow, write while growing, slide, shrink).</summary>
    private static void Box1D(ReadOnlySpan<float> input, Span<float> output, int window)
    {
        var phases = new BoxPhases(input.Length, window);
        var left = 0;
        var right = 0;
        var written = 0;
        var sum = 0f;
        var count = 0;
        for (var i = 0; i < phases.Grow; i++)
        {
            sum += input[right++];
            count++;
        }

        for (var i = 0; i < phases.GrowAndWrite; i++)
        {
            sum += input[right++];
            count++;
            output[written++] = sum / count;
        }

        for (var i = 0; i < phases.Slide; i++)
        {
            sum += input[right++];
            sum -= input[left++];
            output[written++] = sum / count;
        }

        for (var i = 0; i < phases.Shrink; i++)
        {
            sum -= input[left++];
            count--;
            output[written++] = sum / count;
        }
    }

    /// <summary><see cref="Box1D"/> on four consecutive rows of <paramref name="cols"/> samples at once.</summary>
    private static void Box1DFourRows(ReadOnlySpan<float> input, Span<float> output, int cols, int window)
    {
        var phases = new BoxPhases(cols, window);
        var in0 = input[..cols];
        var in1 = input.Slice(cols, cols);
        var in2 = input.Slice(2 * cols, cols);
        var in3 = input.Slice(3 * cols, cols);
        var out0 = output[..cols];
        var out1 = output.Slice(cols, cols);
        var out2 = output.Slice(2 * cols, cols);
        var out3 = output.Slice(3 * cols, cols);
        float sum0 = 0f, sum1 = 0f, sum2 = 0f, sum3 = 0f;
        var left = 0;
        var right = 0;
        var written = 0;
        var count = 0;
        for (var i = 0; i < phases.Grow; i++, right++)
        {
            sum0 += in0[right];
            sum1 += in1[right];
            sum2 += in2[right];
            sum3 += in3[right];
            count++;
        }

        for (var i = 0; i < phases.GrowAndWrite; i++, right++, written++)
        {
            sum0 += in0[right];
            sum1 += in1[right];
            sum2 += in2[right];
            sum3 += in3[right];
            count++;
            float divisor = count;
            out0[written] = sum0 / divisor;
            out1[written] = sum1 / divisor;
            out2[written] = sum2 / divisor;
            out3[written] = sum3 / divisor;
        }

        // In the sliding phase only the sums are serial; the divisions by the constant window are not, so they are
        // done afterwards in SIMD lanes, where each quotient is the same correctly rounded value as a scalar divide.
        var slideStart = written;
        if (phases.Slide > 0)
        {
            SlideFourRows(input, output, cols, left, right, written, phases.Slide, ref sum0, ref sum1, ref sum2, ref sum3);
            left += phases.Slide;
            right += phases.Slide;
            written += phases.Slide;
        }

        if (phases.Slide > 0)
        {
            DivideInPlace(out0.Slice(slideStart, phases.Slide), count);
            DivideInPlace(out1.Slice(slideStart, phases.Slide), count);
            DivideInPlace(out2.Slice(slideStart, phases.Slide), count);
            DivideInPlace(out3.Slice(slideStart, phases.Slide), count);
        }

        for (var i = 0; i < phases.Shrink; i++, left++, written++)
        {
            sum0 -= in0[left];
            sum1 -= in1[left];
            sum2 -= in2[left];
            sum3 -= in3[left];
            count--;
            float divisor = count;
            out0[written] = sum0 / divisor;
            out1[written] = sum1 / divisor;
            out2[written] = sum2 / divisor;
            out3[written] = sum3 / divisor;
        }
    }

    /// <summary>
    /// Box filter down every column at once: one running sum per column, advanced row by row, so memory is
    /// read in row order and SIMD lanes each carry one column's exact reference arithmetic.
    /// </summary>
    public static void BoxAlongColumns(ReadOnlySpan<float> input, Span<float> output, int rows, int cols, int window)
    {
        var phases = new BoxPhases(rows, window);
        var sums = new float[cols];
        var left = 0;
        var right = 0;
        var written = 0;
        var count = 0;
        for (var i = 0; i < phases.Grow; i++)
        {
            AddRow(sums, input.Slice(right++ * cols, cols));
            count++;
        }

        for (var i = 0; i < phases.GrowAndWrite; i++)
        {
            AddRow(sums, input.Slice(right++ * cols, cols));
            count++;
            DivideRow(sums, output.Slice(written++ * cols, cols), count);
        }

        for (var i = 0; i < phases.Slide; i++)
        {
            AddRow(sums, input.Slice(right++ * cols, cols));
            SubtractRow(sums, input.Slice(left++ * cols, cols));
            DivideRow(sums, output.Slice(written++ * cols, cols), count);
        }

        for (var i = 0; i < phases.Shrink; i++)
        {
            SubtractRow(sums, input.Slice(left++ * cols, cols));
            count--;
            DivideRow(sums, output.Slice(written++ * cols, cols), count);
        }
    }

    private static void AddRow(Span<float> sums, ReadOnlySpan<float> row)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var sumVectors = MemoryMarshal.Cast<float, Vector<float>>(sums);
            var rowVectors = MemoryMarshal.Cast<float, Vector<float>>(row);
            for (var v = 0; v < sumVectors.Length; v++)
            {
                sumVectors[v] += rowVectors[v];
            }

            i = sumVectors.Length * Vector<float>.Count;
        }

        for (; i < sums.Length; i++)
        {
            sums[i] += row[i];
        }
    }

    private static void SubtractRow(Span<float> sums, ReadOnlySpan<float> row)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var sumVectors = MemoryMarshal.Cast<float, Vector<float>>(sums);
            var rowVectors = MemoryMarshal.Cast<float, Vector<float>>(row);
            for (var v = 0; v < sumVectors.Length; v++)
            {
                sumVectors[v] -= rowVectors[v];
            }

            i = sumVectors.Length * Vector<float>.Count;
        }

        for (; i < sums.Length; i++)
        {
            sums[i] -= row[i];
        }
    }

    /// <summary>
    /// The sliding phase for four rows, through pointers: this loop is the hottest in PDQ, and span bounds checks on
    /// eight rows cost more than the arithmetic. Indices stay within each row because the phases add up to its length.
    /// </summary>
    private static unsafe void SlideFourRows(
        ReadOnlySpan<float> input, Span<float> output, int cols, int left, int right, int written, int count, ref float sum0, ref float sum1, ref float sum2, ref float sum3)
    {
        fixed (float* inputs = input)
        fixed (float* outputs = output)
        {
            float* in0 = inputs, in1 = inputs + cols, in2 = inputs + (2 * cols), in3 = inputs + (3 * cols);
            float* out0 = outputs, out1 = outputs + cols, out2 = outputs + (2 * cols), out3 = outputs + (3 * cols);
            float s0 = sum0, s1 = sum1, s2 = sum2, s3 = sum3;
            for (var i = 0; i < count; i++, right++, left++, written++)
            {
                s0 += in0[right];
                s1 += in1[right];
                s2 += in2[right];
                s3 += in3[right];
                s0 -= in0[left];
                s1 -= in1[left];
                s2 -= in2[left];
                s3 -= in3[left];
                out0[written] = s0;
                out1[written] = s1;
                out2[written] = s2;
                out3[written] = s3;
            }

            (sum0, sum1, sum2, sum3) = (s0, s1, s2, s3);
        }
    }

    private static void DivideInPlace(Span<float> values, int count) => DivideRow(values, values, count);

    private static void DivideRow(ReadOnlySpan<float> sums, Span<float> output, int count)
    {
        float divisor = count;
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var sumVectors = MemoryMarshal.Cast<float, Vector<float>>(sums);
            var outVectors = MemoryMarshal.Cast<float, Vector<float>>(output);
            var divisorVector = new Vector<float>(divisor);
            for (var v = 0; v < sumVectors.Length; v++)
            {
                outVectors[v] = sumVectors[v] / divisorVector;
            }

            i = sumVectors.Length * Vector<float>.Count;
        }

        for (; i < sums.Length; i++)
        {
            output[i] = sums[i] / divisor;
        }
    }

    /// <summary>Iteration counts of the reference's four phases for one vector length and window.</summary>
    private readonly struct BoxPhases
    {
        public BoxPhases(int length, int window)
        {
            var half = (window + 2) / 2;
            Grow = half - 1;
            GrowAndWrite = window - half + 1;
            Slide = length - window;
            Shrink = half - 1;
        }

        public int Grow { get; }

        public int GrowAndWrite { get; }

        public int Slide { get; }

        public int Shrink { get; }
    }
}
