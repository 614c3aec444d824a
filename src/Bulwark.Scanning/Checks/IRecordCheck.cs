using Bulwark.Scanning.Records;

namespace Bulwark.Scanning.Checks;

/// <summary>One check run on every record; adds a flag for each rule the record breaks.</summary>
internal interface IRecordCheck
{
    /// <summary>The check's name in manifests and reports.</summary>
    string Name { get; }

    ValueTask CheckAsync(DatasetRecord record, RecordEvidence evidence, List<RecordFlag> flags, CancellationToken cancellationToken);
}
