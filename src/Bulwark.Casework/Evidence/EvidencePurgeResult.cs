namespace Bulwark.Casework.Evidence;

/// <summary>What <see cref="EvidenceVault.PurgeExpiredAsync"/> deleted.</summary>
/// <param name="Deleted">The ids of the evidence deleted.</param>
public sealed record EvidencePurgeResult(IReadOnlyList<Guid> Deleted);
