using System.Diagnostics.Metrics;
using Bulwark.Server.Gateway;
using Bulwark.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using OpenAI.Chat;

namespace Bulwark.Server.Tests.Gateway;

/// <summary>
/// Metrics whose exact counts matter. The Prometheus exporter listens to meters by name across the process, so the
/// gateways of tests running in parallel add to what it shows; these tests listen to their own gateway's meter instance
/// instead (meters from an application's <see cref="IMeterFactory"/> are scoped to it).
/// </summary>
public sealed class ExactMetricsTests
{
    [Fact]
    public async Task A_streamed_answer_screened_many_times_as_it_grows_counts_one_verdict()
    {
        await using var harness = await GatewayHarness.StartAsync();
        harness.Upstream.Answer = string.Concat(Enumerable.Repeat("Mix the flour and the milk, then rest the batter. ", 40));
        using var measurements = new OwnMeasurements(harness.Services.GetRequiredService<IMeterFactory>());

        await foreach (var update in harness.OpenAiClient().CompleteChatStreamingAsync([new UserChatMessage("How do I make pancakes?")]))
        {
            Assert.NotNull(update);
        }

        await measurements.WaitForAsync(GatewayMetrics.RequestsName, 1);
        Assert.Equal(1, measurements.Count(GatewayMetrics.VerdictsName, "surface", "output"));
        Assert.Equal(1, measurements.Count(GatewayMetrics.VerdictsName, "surface", "prompt"));
        Assert.True(measurements.Count(GatewayMetrics.ScreeningDurationName, "surface", "output") >= 5, "Every screen of the growing answer is timed.");
    }

    /// <summary>Measurements of the gateway meters created by one application's meter factory, with their tags.</summary>
    private sealed class OwnMeasurements : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly List<(string Instrument, Dictionary<string, string?> Tags)> _seen = [];
        private readonly Lock _gate = new();

        public OwnMeasurements(IMeterFactory factory)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Scope == factory && instrument.Meter.Name == GatewayMetrics.MeterName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((instrument, _, tags, _) => Record(instrument, tags));
            _listener.SetMeasurementEventCallback<double>((instrument, _, tags, _) => Record(instrument, tags));
            _listener.Start();
        }

        public int Count(string instrument, string tag, string value)
        {
            lock (_gate)
            {
                return _seen.Count(item => item.Instrument == instrument && item.Tags.GetValueOrDefault(tag) == value);
            }
        }

        /// <summary>A request is counted when the gateway is done with it, which may be just after the client has read the answer.</summary>
        public async Task WaitForAsync(string instrument, int count)
        {
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (true)
            {
                lock (_gate)
                {
                    if (_seen.Count(item => item.Instrument == instrument) >= count)
                    {
                        return;
                    }
                }

                Assert.True(DateTime.UtcNow < deadline, $"{instrument} was not recorded {count} time(s) within ten seconds.");
                await Task.Delay(20);
            }
        }

        public void Dispose() => _listener.Dispose();

        private void Record(Instrument instrument, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            var copy = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var tag in tags)
            {
                copy[tag.Key] = tag.Value?.ToString();
            }

            lock (_gate)
            {
                _seen.Add((instrument.Name, copy));
            }
        }
    }
}
