namespace Bulwark.Detection.Tests.Banks;

/// <summary>A clock that moves one second each time it is read, so every change has a distinct, predictable time.</summary>
internal sealed class SteppingClock : TimeProvider
{
    public static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private int _reads;

    public override DateTimeOffset GetUtcNow() => Start.AddSeconds(_reads++);
}
