namespace Bulwark.Detection.Judges;

/// <summary>
/// The labels a gpt-oss-safeguard policy asks the model to answer with. The default is the binary format of the
/// gpt-oss-safeguard user guide (OpenAI/ROOST): <c>1</c> when the content violates the policy, <c>0</c> when not.
/// </summary>
/// <param name="Violating">The label meaning the content violates the policy.</param>
/// <param name="Safe">The label meaning it does not.</param>
public sealed record SafeguardLabels(string Violating, string Safe)
{
    /// <summary><c>1</c> violates, <c>0</c> does not.</summary>
    public static SafeguardLabels Binary { get; } = new("1", "0");

    /// <summary><c>VIOLATES</c> and <c>SAFE</c>.</summary>
    public static SafeguardLabels Words { get; } = new("VIOLATES", "SAFE");

    internal void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Violating, nameof(Violating));
        ArgumentException.ThrowIfNullOrWhiteSpace(Safe, nameof(Safe));
        if (Violating.Trim().Length != Violating.Length || Safe.Trim().Length != Safe.Length || Violating.Contains('\n', StringComparison.Ordinal) || Safe.Contains('\n', StringComparison.Ordinal))
        {
            throw new ArgumentException("Safeguard labels must be single words without surrounding white space.", nameof(SafeguardLabels));
        }

        if (string.Equals(Violating, Safe, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException("The violating and safe labels must differ.", nameof(SafeguardLabels));
        }
    }
}
