namespace Bulwark.Detection.Banks;

/// <summary>
/// One recorded change to a bank. Versions are consecutive: the change that took a bank from version
/// <c>v - 1</c> to <c>v</c> has <see cref="Version"/> <c>v</c>.
/// </summary>
/// <param name="Version">The bank version this change produced.</param>
/// <param name="Kind">Added, updated or deleted.</param>
/// <param name="Entry">The entry after the change; for <see cref="BankChangeKind.Deleted"/>, the entry as it was when removed.</param>
/// <param name="ChangedAt">When the change was made, by the bank's clock.</param>
public sealed record BankChange(long Version, BankChangeKind Kind, BankEntry Entry, DateTimeOffset ChangedAt);
