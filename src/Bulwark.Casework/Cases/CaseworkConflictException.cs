namespace Bulwark.Casework.Cases;

/// <summary>
/// A workflow rule refused the operation: the case is not claimed by this reviewer, already decided, or an appeal
/// would be decided by the reviewer who decided the case. The message says which, in words fit for the reviewer.
/// </summary>
public sealed class CaseworkConflictException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CaseworkConflictException()
    {
    }

    /// <summary>Creates the exception with a message for the reviewer.</summary>
    public CaseworkConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public CaseworkConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
