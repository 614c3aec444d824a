namespace Bulwark.Scanning.Cluster.Coordinator;

/// <summary>
/// What every silo of one cluster scan agrees on: the shared output folder, the settings' fingerprint and the
/// shards in the scan's fixed order. Each silo computes it from its own command line; the coordinator keeps the
/// first and refuses a silo whose plan differs.
/// </summary>
[GenerateSerializer, Immutable, Alias("bulwark.scan.plan")]
internal sealed record ScanPlan(
    [property: Id(0)] string ScanId,
    [property: Id(1)] string OutputDirectory,
    [property: Id(2)] string Fingerprint,
    [property: Id(3)] bool DryRun,
    [property: Id(4)] IReadOnlyList<string> Shards,
    [property: Id(5)] TimeSpan LeaseDuration)
{
    public bool SameScanAs(ScanPlan other) =>
        ScanId == other.ScanId && OutputDirectory == other.OutputDirectory && Fingerprint == other.Fingerprint &&
        DryRun == other.DryRun && Shards.SequenceEqual(other.Shards, StringComparer.Ordinal);
}
