namespace Bulwark.Detection.Banks;

/// <summary>
/// Hands out entry ids. Share one sequence between banks when an index over several banks must tell their entries
/// apart by id alone; give each bank its own (the default) when ids only need to be unique within a bank.
/// Thread-safe. Ids are positive and never reused by the same sequence.
/// </summary>
public sealed class BankEntryIdSequence
{
    private long _last;

    /// <summary>Creates a sequence whose first id is <paramref name="lastIssued"/> + 1 (restore it from a saved high-water mark).</summary>
    public BankEntryIdSequence(long lastIssued = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(lastIssued);
        _last = lastIssued;
    }

    /// <summary>The most recently issued id, or the starting point if none has been issued.</summary>
    public long LastIssued => Interlocked.Read(ref _last);

    /// <summary>Issues the next id.</summary>
    public long Next() => Interlocked.Increment(ref _last);
}
