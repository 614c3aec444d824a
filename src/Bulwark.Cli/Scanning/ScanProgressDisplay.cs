using Bulwark.Scanning.Running;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Bulwark.Cli.Scanning;

/// <summary>
/// Progress bars on stderr for a scan: records (when the total is known up front: Parquet footers, image folders)
/// and shards, each with its rate and time left. Malformed shards are reported above the bars as they happen.
/// </summary>
internal sealed class ScanProgressDisplay(ProgressContext context, IAnsiConsole console) : IScanProgress
{
    private ProgressTask? _records;
    private ProgressTask? _shards;

    public void Started(int shards, long? estimatedRecords)
    {
        if (estimatedRecords is > 0 and { } total)
        {
            _records = context.AddTask("records", maxValue: total);
        }

        _shards = context.AddTask("shards", maxValue: Math.Max(1, shards));
    }

    public void RecordsChecked(int count) => _records?.Increment(count);

    public void ShardFinished(ShardSummary summary)
    {
        _shards?.Increment(1);
        if (summary.Error is not null)
        {
            console.MarkupLineInterpolated($"[yellow]bulwark: {summary.Shard}: malformed, skipped: {summary.Error}[/]");
        }
    }

    /// <summary>Items per second, as Spectre measures the task's speed.</summary>
    internal sealed class RateColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text(task.Speed is { } speed ? $"{speed:N0}/s" : "-", new Style(Color.Grey));
    }
}
