namespace Bulwark.Benchmarks;

/// <summary>What the hashing harness measures and for how long.</summary>
internal sealed record HarnessSettings
{
    public string DataRoot { get; init; } = string.Empty;

    public IReadOnlyList<string> Sets { get; init; } = ["dih", "labelme-subset"];

    public TimeSpan WarmUp { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(4);

    public int Rounds { get; init; } = 5;

    public int Copies { get; init; } = 16;
}
