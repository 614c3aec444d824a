using Bulwark.Casework.Evidence;
using Bulwark.Reporting.Outbox;

namespace Bulwark.Reporting.Casework;

/// <summary>
/// Places the legal preservation hold (one year from the report, 18 U.S.C. 2258A(h)) on every evidence item of a filed
/// report in casework's vault. Idempotent: the vault keeps the later of two holds.
/// </summary>
public sealed class VaultPreservationHolds(EvidenceVault vault, string actor) : IPreservationHoldSink
{
    public async Task PlaceHoldAsync(PreservationHoldRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        foreach (var reference in request.EvidenceReferences)
        {
            if (Guid.TryParse(reference, out var id) && !await vault.PreserveAsync(id, request.FiledAt, actor, cancellationToken).ConfigureAwait(false))
            {
                // Purged before the report was filed: the report stands, but the operator must know the hold failed.
                throw new InvalidOperationException($"Evidence {id} of report {request.RemoteReportId} is not in the vault and cannot be preserved.");
            }
        }
    }
}
