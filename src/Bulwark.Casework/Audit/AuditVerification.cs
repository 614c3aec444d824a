namespace Bulwark.Casework.Audit;

/// <summary>The result of <see cref="AuditLog.VerifyAsync"/>.</summary>
/// <param name="IsValid">Whether every entry is intact and chained to the one before.</param>
/// <param name="EntryCount">How many entries were read.</param>
/// <param name="HeadHash">The hash of the last intact entry (64 zeros for an empty log). Record it outside the database
/// (e.g. in an operations log) to detect later truncation of the tail, which no chain can detect on its own.</param>
/// <param name="BrokenAt">The sequence number of the first bad entry, or null.</param>
/// <param name="Problem">What is wrong there, in words, or null.</param>
public sealed record AuditVerification(bool IsValid, long EntryCount, string HeadHash, long? BrokenAt, string? Problem);
