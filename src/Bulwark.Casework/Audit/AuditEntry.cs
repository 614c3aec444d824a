namespace Bulwark.Casework.Audit;

/// <summary>
/// One entry of the append-only audit log. <see cref="Hash"/> is SHA-256 over a canonical encoding of every other
/// field including <see cref="PreviousHash"/>, so editing, deleting or reordering entries breaks the chain.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>1, 2, 3 … with no gaps; the primary key, so two writers cannot both take the same number.</summary>
    public long Sequence { get; set; }

    /// <summary>When the entry was appended.</summary>
    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>Who did it: a reviewer's id, <c>gateway</c>, <c>system</c> …</summary>
    public required string Actor { get; set; }

    /// <summary>What was done (see <see cref="AuditActions"/>).</summary>
    public required string Action { get; set; }

    /// <summary>What it was done to, e.g. <c>evidence/3f2a…</c> or <c>account/acme/u-42</c>.</summary>
    public required string Subject { get; set; }

    /// <summary>Details as a JSON object (never content, never secrets).</summary>
    public required string Details { get; set; }

    /// <summary>Lowercase hex hash of the previous entry; 64 zeros for the first.</summary>
    public required string PreviousHash { get; set; }

    /// <summary>Lowercase hex SHA-256 of this entry's canonical encoding.</summary>
    public required string Hash { get; set; }
}
