using System.Diagnostics;
using Bulwark.Detection.Policy;
using Bulwark.Detection.Screening;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bulwark.Server.Gateway;

/// <summary>
/// Screens a harmless prompt and answer once the host has started, so that the first real request does not pay for JIT
/// compilation and the classifier's table builds; then marks the gateway ready. A warm-up in which a detector failed
/// is tried again after <see cref="RetryDelay"/>: a gateway whose detectors fail would refuse everything (fail closed).
/// </summary>
internal sealed partial class ScreenerWarmUp(Screener screener, GatewayReadiness readiness, ILogger<ScreenerWarmUp> logger) : BackgroundService
{
    /// <summary>How long to wait before warming up again after a detector failed.</summary>
    public static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);

    private static readonly string[] Conversation =
    [
        "You are a helpful assistant.",
        "How do I make pancakes for a family breakfast?",
    ];

    private const string Answer = "Pancakes need flour, milk, eggs and a hot pan.";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Start-up continues (the server starts listening) while the classifier warms; /readyz answers 503 meanwhile.
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            var started = Stopwatch.GetTimestamp();
            var prompt = await screener.ScreenAsync(Content.FromConversation(Conversation, Surface.Prompt), stoppingToken).ConfigureAwait(false);
            var answer = await screener.ScreenAsync(Content.FromText(Answer, Surface.Output), stoppingToken).ConfigureAwait(false);
            var failed = prompt.Failures.Concat(answer.Failures).Select(failure => failure.Detector).Distinct().ToList();
            if (failed.Count == 0)
            {
                var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                readiness.Warmed();
                LogWarmed(elapsedMs);
                return;
            }

            var detectors = string.Join(", ", failed);
            readiness.WarmUpFailed(detectors);
            LogWarmUpFailed(detectors);
            await Task.Delay(RetryDelay, stoppingToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Warmed the screener in {ElapsedMs} ms; the gateway is ready")]
    private partial void LogWarmed(double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Warm-up screening failed in detectors {Detectors}; not ready, trying again")]
    private partial void LogWarmUpFailed(string detectors);
}
