namespace Bulwark.Scanning.Running;

/// <summary>Hears how a scan advances; called from several threads at once.</summary>
public interface IScanProgress
{
    /// <summary>The scan has found its shards; <paramref name="estimatedRecords"/> is known when every shard tells cheaply (Parquet footers, folders).</summary>
    void Started(int shards, long? estimatedRecords);

    /// <summary>More records of some shard were checked.</summary>
    void RecordsChecked(int count);

    /// <summary>A shard is finished (or was already finished by an earlier run, or could not be read).</summary>
    void ShardFinished(ShardSummary summary);
}
