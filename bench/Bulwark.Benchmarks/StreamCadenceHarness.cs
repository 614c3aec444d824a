using System.Diagnostics;
using System.Globalization;
using System.Net.ServerSentEvents;
using Bulwark.Detection.Policy;
using Bulwark.Detection.Screening;
using Bulwark.Server.Gateway;

namespace Bulwark.Benchmarks;

/// <summary>
/// What screening a streamed answer costs in all, by how often it is screened: a benign answer of 2,000 to 40,000
/// characters arrives in 4-character deltas and the whole text so far is screened (the default policy, the text
/// classifier) every delta, every 64 or 256 new characters, or by <see cref="HoldBackBuffer"/>'s own rule. The
/// gateway's choice of cadence in Gateway/README.md rests on this. Prints Markdown.
/// </summary>
internal static class StreamCadenceHarness
{
    private const string Paragraph =
        "To make pancakes, whisk flour, milk and two eggs until smooth, then rest the batter for ten minutes. Heat a heavy " +
        "pan over a medium flame, brush it with butter, and pour a ladle of batter. Cook until bubbles appear, flip once, " +
        "and serve warm with lemon and sugar. Keep the first pancake for the cook, as tradition says. ";

    public static int Run(string[] args)
    {
        var screener = new Screener(new PolicyLoader().LoadDefault(), [new TextClassifierDetector()]);
        Console.WriteLine("| answer chars | cadence | screens | screening ms in all (best of 3) |");
        Console.WriteLine("| ---: | --- | ---: | ---: |");
        foreach (var length in new[] { 2_000, 8_000, 20_000, 40_000 })
        {
            var answer = string.Concat(Enumerable.Repeat(Paragraph, (length / Paragraph.Length) + 1))[..length];
            foreach (var (name, run) in new (string, Func<Screener, string, int>)[]
            {
                ("every delta", (s, a) => Fixed(s, a, 4)),
                ("every 64 characters", (s, a) => Fixed(s, a, 64)),
                ("every 256 characters", (s, a) => Fixed(s, a, 256)),
                ($"HoldBackBuffer (max({HoldBackBuffer.MinScreenChars}, length/{HoldBackBuffer.ScreenGrowthDivisor}))", Buffered),
            })
            {
                var best = double.MaxValue;
                var screens = 0;
                for (var round = 0; round < 3; round++)
                {
                    var started = Stopwatch.GetTimestamp();
                    screens = run(screener, answer);
                    best = Math.Min(best, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {length:N0} | {name} | {screens} | {best:F1} |"));
            }
        }

        return 0;
    }

    private static int Fixed(Screener screener, string answer, int every)
    {
        var screens = 0;
        var screened = 0;
        for (var end = 4; end <= answer.Length; end += 4)
        {
            if (end - screened >= every || end == answer.Length)
            {
                Screen(screener, answer[..end]);
                screened = end;
                screens++;
            }
        }

        return screens;
    }

    private static int Buffered(Screener screener, string answer)
    {
        var buffer = new HoldBackBuffer(GatewayOptions.DefaultHoldBackChars);
        var screens = 0;
        for (var start = 0; start < answer.Length; start += 4)
        {
            buffer.Add(new SseEvent(Array.Empty<byte>(), new SseItem<string>(string.Empty, null)), [new StreamedText(0, answer.Substring(start, Math.Min(4, answer.Length - start)))]);
            var ended = start + 4 >= answer.Length;
            foreach (var alternative in buffer.DueForScreening(ended))
            {
                var text = buffer.Text(alternative);
                Screen(screener, text);
                buffer.Screened(alternative, text.Length);
                screens++;
            }

            buffer.Release(ended);
        }

        return screens;
    }

    private static void Screen(Screener screener, string text) =>
        screener.ScreenAsync(Content.FromText(text, Surface.Output)).GetAwaiter().GetResult();
}
