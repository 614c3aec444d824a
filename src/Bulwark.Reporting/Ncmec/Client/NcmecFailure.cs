namespace Bulwark.Reporting.Ncmec.Client;

/// <summary>What went wrong with a CyberTipline call.</summary>
public enum NcmecFailure
{
    /// <summary>NCMEC answered with a non-zero response code: the call was refused and changed nothing.</summary>
    Rejected,

    /// <summary>No answer (network error, timeout): the call may or may not have taken effect.</summary>
    Unreachable,

    /// <summary>An answer that is not NCMEC's response XML: the call may or may not have taken effect.</summary>
    Malformed,

    /// <summary>The MD5 NCMEC reported for an upload differs from the file's: NCMEC holds a damaged copy.</summary>
    HashMismatch,
}
