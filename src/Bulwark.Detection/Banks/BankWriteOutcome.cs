namespace Bulwark.Detection.Banks;

/// <summary>What <see cref="Bank.Upsert"/> did.</summary>
public enum BankWriteOutcome
{
    /// <summary>The signal was new; an entry was created and the version bumped.</summary>
    Added = 1,

    /// <summary>The signal was present with a different label, metadata or source, which were replaced; the version was bumped.</summary>
    Updated = 2,

    /// <summary>The signal was present with identical label, metadata and source; nothing changed, the version was not bumped.</summary>
    Unchanged = 3,
}
