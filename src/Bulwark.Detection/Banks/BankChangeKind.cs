namespace Bulwark.Detection.Banks;

/// <summary>What a <see cref="BankChange"/> did to an entry.</summary>
public enum BankChangeKind
{
    /// <summary>A new entry: index its signal under its id.</summary>
    Added = 1,

    /// <summary>Label, metadata or source replaced; the signal and id are unchanged, so an index need not move it.</summary>
    Updated = 2,

    /// <summary>The entry was removed: drop its id from any index.</summary>
    Deleted = 3,
}
