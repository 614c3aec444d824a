namespace Bulwark.Reporting.Tests.Fakes;

/// <summary>A clock tests move by hand, shared by the outbox and the fake CyberTipline.</summary>
internal sealed class ManualTime(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
