namespace Bulwark.Casework.Appeals;

/// <summary>The outcome of submitting an appeal: its id, status, and whether the action had been appealed before.</summary>
public sealed record AppealReceipt(Guid AppealId, AppealStatus Status, bool Duplicate);
