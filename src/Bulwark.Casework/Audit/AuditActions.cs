namespace Bulwark.Casework.Audit;

/// <summary>The action names this library writes to the audit log; consumers add their own (e.g. <c>case.decided</c>).</summary>
public static class AuditActions
{
    /// <summary>An API key was issued.</summary>
    public const string ApiKeyCreated = "apikey.created";

    /// <summary>An API key was revoked.</summary>
    public const string ApiKeyRevoked = "apikey.revoked";

    /// <summary>An enforcement action was applied to an account.</summary>
    public const string EnforcementApplied = "enforcement.applied";

    /// <summary>An enforcement action was reversed.</summary>
    public const string EnforcementReversed = "enforcement.reversed";

    /// <summary>Evidence was decrypted and read.</summary>
    public const string EvidenceRead = "evidence.read";

    /// <summary>A preservation hold was placed on evidence.</summary>
    public const string EvidencePreserved = "evidence.preserved";

    /// <summary>A legal hold was placed on or lifted from evidence.</summary>
    public const string EvidenceLegalHold = "evidence.legal_hold";

    /// <summary>Data keys were re-wrapped under another master key.</summary>
    public const string EvidenceKeysRotated = "evidence.keys_rotated";

    /// <summary>Expired, unheld evidence was deleted.</summary>
    public const string EvidencePurged = "evidence.purged";
}
