using Bulwark.Reporting.Outbox;

namespace Bulwark.Server.Reporting;

/// <summary>
/// The outcome of filing a case: refused (with the reason, nothing stored or sent), or stored in the outbox and run as
/// far as it could go (<see cref="Result"/>: finished with a receipt, failed, or waiting for a retry).
/// </summary>
public sealed record CaseReportFiling(string? Refusal, Guid? OutboxId, OutboxRunResult? Result)
{
    /// <summary>Whether NCMEC's receipt is stored.</summary>
    public bool IsFiled => Result?.IsFinished == true;
}
