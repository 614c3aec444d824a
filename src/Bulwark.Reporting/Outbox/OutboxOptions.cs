namespace Bulwark.Reporting.Outbox;

/// <summary>How careful the outbox is with time.</summary>
public sealed record OutboxOptions
{
    /// <summary>
    /// An open report this close to expiring is retracted and started again rather than risk the hotline discarding
    /// it halfway through the next step.
    /// </summary>
    public TimeSpan ExpiryMargin { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>How long evidence of a filed report is held: one year under 18 U.S.C. 2258A(h) as amended by the REPORT Act.</summary>
    public TimeSpan PreservationPeriod { get; init; } = TimeSpan.FromDays(365);
}
