namespace Bulwark.Detection.Hashing.Pdq;

/// <summary>
/// Torben Mogensen's median by bisection on values, as in the reference; it does not reorder its input
/// and returns exactly the value the reference thresholds against.
/// </summary>
internal static class TorbenMedian
{
    public static float Of(ReadOnlySpan<float> values)
    {
        var n = values.Length;
        var min = values[0];
        var max = values[0];
        for (var i = 1; i < n; i++)
        {
            if (values[i] < min)
            {
                min = values[i];
            }

            if (values[i] > max)
            {
                max = values[i];
            }
        }

        var half = (n + 1) / 2;
        while (true)
        {
            var guess = (min + max) / 2;
            var less = 0;
            var greater = 0;
            var equal = 0;
            var maxBelowGuess = min;
            var minAboveGuess = max;
            foreach (var value in values)
            {
                if (value < guess)
                {
                    less++;
                    if (value > maxBelowGuess)
                    {
                        maxBelowGuess = value;
                    }
                }
                else if (value > guess)
                {
                    greater++;
                    if (value < minAboveGuess)
                    {
                        minAboveGuess = value;
                    }
                }
                else
                {
                    equal++;
                }
            }

            if (less <= half && greater <= half)
            {
                if (less >= half)
                {
                    return maxBelowGuess;
                }

                return less + equal >= half ? guess : minAboveGuess;
            }

            if (less > greater)
            {
                max = maxBelowGuess;
            }
            else
            {
                min = minAboveGuess;
            }
        }
    }
}
