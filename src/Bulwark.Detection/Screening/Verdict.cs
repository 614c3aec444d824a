using Bulwark.Detection.Policy;

namespace Bulwark.Detection.Screening;

/// <summary>The result of screening one content under one policy: what to do, why, and which policy decided.</summary>
public sealed class Verdict
{
    /// <summary>The action: the most severe of the categories' actions (allow when none applies).</summary>
    public required PolicyAction Action { get; init; }

    /// <summary>The surface the content was met on.</summary>
    public required Surface Surface { get; init; }

    /// <summary>Categories that had a finding or a failed detector, most severe action first, then highest score.</summary>
    public required IReadOnlyList<CategoryOutcome> Categories { get; init; }

    /// <summary>Every finding, in the order the detectors ran.</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }

    /// <summary>Detectors that threw or timed out.</summary>
    public required IReadOnlyList<DetectorFailure> Failures { get; init; }

    /// <summary>Detectors that ran, cheapest first.</summary>
    public required IReadOnlyList<string> DetectorsRun { get; init; }

    /// <summary>Detectors not run because the verdict was already decisive.</summary>
    public required IReadOnlyList<string> DetectorsSkipped { get; init; }

    /// <summary>The deciding policy's id.</summary>
    public required string PolicyId { get; init; }

    /// <summary>The deciding policy's version.</summary>
    public required string PolicyVersion { get; init; }

    /// <summary>The deciding policy's content hash (<see cref="ScreeningPolicy.ContentHash"/>).</summary>
    public required string PolicyHash { get; init; }

    /// <summary>Wall-clock time spent screening.</summary>
    public required TimeSpan Elapsed { get; init; }

    /// <summary>Whether any detector threw or timed out (whether it failed closed or open).</summary>
    public bool AnyDetectorFailed => Failures.Count > 0;

    /// <summary>The category that decided the action (first of <see cref="Categories"/>), or null when the action is allow with nothing found.</summary>
    public string? PrimaryCategory => Categories.Count > 0 && Categories[0].Action != PolicyAction.Allow ? Categories[0].Category : null;

    /// <summary>Categories whose score lies in the policy's uncertain band.</summary>
    public IEnumerable<string> UncertainCategories => Categories.Where(category => category.Uncertain).Select(category => category.Category);

    /// <summary>Action, primary category and policy; safe to log.</summary>
    public override string ToString() => $"{Action} ({PrimaryCategory ?? "nothing found"}) under {PolicyId} {PolicyVersion}";
}
