namespace Bulwark.Scanning.Running;

/// <summary>
/// Receives each quarantined record after its shard has been committed — the seam where incidents for the casework
/// store (and from there the CyberTipline flow) will be created. A shard committed by an earlier run is not sent
/// again on <c>--resume</c>.
/// </summary>
public interface IFindingSink
{
    ValueTask RecordAsync(QuarantinedRecord record, CancellationToken cancellationToken);
}
