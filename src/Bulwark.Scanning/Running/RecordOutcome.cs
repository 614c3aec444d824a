using Bulwark.Scanning.Checks;

namespace Bulwark.Scanning.Running;

/// <summary>What the checks made of one record: its flags, its computed hashes, and why it could not be examined.</summary>
internal sealed record RecordOutcome(IReadOnlyList<RecordFlag> Flags, RecordEvidence Evidence, string? Problem)
{
    /// <summary>The outcome of every record that passed and left nothing to report: shared, so clean records cost no allocation.</summary>
    public static RecordOutcome Clean { get; } = new([], new RecordEvidence(), null);

    public bool IsFlagged => Flags.Count > 0;

    /// <summary>Only a record that was examined and passed every check is written to the cleaned copy.</summary>
    public bool IsClean => Flags.Count == 0 && Problem is null;
}
