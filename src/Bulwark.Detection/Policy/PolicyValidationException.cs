namespace Bulwark.Detection.Policy;

/// <summary>A policy failed to load; <see cref="Errors"/> lists every problem found, not just the first.</summary>
public sealed class PolicyValidationException : Exception
{
    public PolicyValidationException()
        : this("The policy is invalid.", [])
    {
    }

    public PolicyValidationException(string message)
        : this(message, [])
    {
    }

    public PolicyValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>Creates the exception for <paramref name="errors"/> found in <paramref name="source"/>.</summary>
    public PolicyValidationException(string source, IReadOnlyList<PolicyError> errors)
        : base(Describe(source, errors))
    {
        Errors = errors;
    }

    /// <summary>Every problem found, in document order.</summary>
    public IReadOnlyList<PolicyError> Errors { get; }

    private static string Describe(string source, IReadOnlyList<PolicyError> errors) =>
        errors.Count == 0
            ? source
            : $"Policy '{source}' is invalid ({errors.Count} error{(errors.Count == 1 ? "" : "s")}):{Environment.NewLine}"
              + string.Join(Environment.NewLine, errors.Select(error => "  " + error));
}
