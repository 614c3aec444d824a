using Bulwark.Scanning.Running;
using Bulwark.Scanning.Tests.Support;

namespace Bulwark.Scanning.Cluster.Tests;

/// <summary>
/// One generated dataset of several shards in every format (and a truncated one), with the output a single-machine
/// scan writes for it: built once for the cluster tests, which must write the same bytes.
/// </summary>
public sealed class ClusterDataset : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _temp = new();

    internal TestDataset Dataset { get; } = new(12);

    public string Input => _temp.Combine("dataset");

    public string Reference => _temp.Combine("single-machine");

    public int Shards { get; private set; }

    internal string NewOutput() => _temp.Combine("cluster-" + Guid.NewGuid().ToString("N")[..8]);

    internal ScanOptions Options(string output, IScanProgress? progress = null) =>
        TestDataset.Options(output, Dataset, parallelism: 1, progress: progress);

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Input);
        for (var i = 0; i < 4; i++)
        {
            await new TestDataset(12, seedOffset: i * 100).WriteParquetAsync(Path.Combine(Input, $"part-{i}.parquet"), rowGroup: 5);
        }

        await new TestDataset(12, seedOffset: 500).WriteJsonlAsync(Path.Combine(Input, "part-5.jsonl"));
        await new TestDataset(12, seedOffset: 600).WriteTarAsync(Path.Combine(Input, "part-6.tar"));
        await Dataset.WriteFolderAsync(Path.Combine(Input, "images"));
        await Dataset.WriteParquetAsync(Path.Combine(Input, "part-7-truncated.parquet"));
        var truncated = await File.ReadAllBytesAsync(Path.Combine(Input, "part-7-truncated.parquet"));
        await File.WriteAllBytesAsync(Path.Combine(Input, "part-7-truncated.parquet"), truncated[..(truncated.Length / 2)]);
        await new TestDataset(12, seedOffset: 800).WriteJsonlAsync(Path.Combine(Input, "part-8.jsonl"));

        var summary = await new Scanner(Options(Reference)).RunAsync([Input]);
        Shards = summary.Shards.Count;
    }

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => _temp.Dispose();
}
