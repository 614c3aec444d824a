namespace Bulwark.Reporting.Outbox;

/// <summary>
/// Told when a report was filed, so the evidence store can hold its files for the legal preservation period
/// (18 U.S.C. 2258A(h): one year after the report). Called at least once per filed report, again after a crash
/// before the call was recorded: implementations must be idempotent.
/// </summary>
public interface IPreservationHoldSink
{
    Task PlaceHoldAsync(PreservationHoldRequest request, CancellationToken cancellationToken);
}
