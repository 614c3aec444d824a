using Bulwark.Detection.Screening;

namespace Bulwark.Detection.Tests.Screening;

/// <summary>A stand-in detector whose behaviour a test chooses: return fixed findings, throw, wait, or block its thread.</summary>
internal sealed class FakeDetector(string name, double cost, params string[] categories) : IDetector
{
    public string Name { get; } = name;

    public double Cost { get; } = cost;

    public IReadOnlyCollection<string> Categories { get; } = categories;

    /// <summary>What <see cref="DetectAsync"/> does; returns no findings by default.</summary>
    public Func<Content, CancellationToken, Task<IReadOnlyList<Finding>>> Behaviour { get; init; } =
        (_, _) => Task.FromResult<IReadOnlyList<Finding>>([]);

    public int Calls { get; private set; }

    public Task<IReadOnlyList<Finding>> DetectAsync(Content content, CancellationToken cancellationToken)
    {
        Calls++;
        return Behaviour(content, cancellationToken);
    }

    /// <summary>A detector that reports <paramref name="category"/> at <paramref name="score"/>.</summary>
    public static FakeDetector Scoring(string name, double cost, string category, double score) =>
        new(name, cost, category)
        {
            Behaviour = (_, _) => Task.FromResult<IReadOnlyList<Finding>>([new Finding(category, score, new Evidence("stand-in-rule"))]),
        };

    /// <summary>A detector that throws for <paramref name="categories"/>.</summary>
    public static FakeDetector Throwing(string name, double cost, params string[] categories) =>
        new(name, cost, categories)
        {
            Behaviour = (_, _) => throw new InvalidOperationException("stand-in failure"),
        };

    /// <summary>A detector that waits until cancelled.</summary>
    public static FakeDetector Slow(string name, double cost, params string[] categories) =>
        new(name, cost, categories)
        {
            Behaviour = async (_, token) =>
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, token);
                return [];
            },
        };
}

/// <summary>A stand-in inline detector: runs on the caller's thread and records which thread that was.</summary>
internal sealed class FakeInlineDetector(string name, string category, double score, TimeSpan work) : IInlineDetector
{
    public string Name { get; } = name;

    public double Cost => 1;

    public IReadOnlyCollection<string> Categories { get; } = [category];

    public int? ThreadId { get; private set; }

    public Task<IReadOnlyList<Finding>> DetectAsync(Content content, CancellationToken cancellationToken)
    {
        ThreadId = Environment.CurrentManagedThreadId;
        if (work > TimeSpan.Zero)
        {
            Thread.Sleep(work);
        }

        return Task.FromResult<IReadOnlyList<Finding>>([new Finding(Categories.First(), score, new Evidence("stand-in-rule"))]);
    }
}
