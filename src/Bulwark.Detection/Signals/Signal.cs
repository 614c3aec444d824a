using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using Bulwark.Detection.Hashing;

namespace Bulwark.Detection.Signals;

/// <summary>
/// A typed, validated signal value: a <see cref="SignalType"/> and its value normalised to lowercase hex.
/// Two signals are equal when their types and normalised values are equal, so <c>ABC…</c> and <c>abc…</c>
/// are the same signal.
/// </summary>
public sealed class Signal : IEquatable<Signal>
{
    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    private Signal(SignalType type, string value)
    {
        Type = type;
        Value = value;
    }

    /// <summary>The kind of signal.</summary>
    public SignalType Type { get; }

    /// <summary>The value as lowercase hex, exactly <see cref="SignalType.HexLength"/> digits.</summary>
    public string Value { get; }

    /// <summary>
    /// Parses <paramref name="value"/> as a signal of <paramref name="type"/>. Surrounding whitespace is ignored and
    /// either case is accepted; nothing else is (no <c>0x</c> prefix, no separators).
    /// </summary>
    /// <exception cref="FormatException">The value is malformed; the message says how.</exception>
    public static Signal Parse(SignalType type, ReadOnlySpan<char> value) =>
        TryParse(type, value, out var signal, out var error) ? signal : throw new FormatException(error);

    /// <summary>Parses like <see cref="Parse"/>, returning a human-readable reason instead of throwing.</summary>
    public static bool TryParse(
        SignalType type,
        ReadOnlySpan<char> value,
        [NotNullWhen(true)] out Signal? signal,
        [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(type);
        signal = null;
        var trimmed = value.Trim();
        if (trimmed.IsEmpty)
        {
            error = $"Empty {type.Name} value; expected {type.HexLength} hex digits.";
            return false;
        }

        var bad = trimmed.IndexOfAnyExcept(HexDigits);
        if (bad >= 0)
        {
            error = $"Invalid {type.Name} value: '{Printable(trimmed[bad])}' at position {bad + 1} is not a hex digit.";
            return false;
        }

        if (trimmed.Length != type.HexLength)
        {
            error = $"Invalid {type.Name} value: expected {type.HexLength} hex digits, got {trimmed.Length}.";
            return false;
        }

        if (type == SignalType.Pdq && !PdqHash.TryParse(trimmed, out _))
        {
            error = $"Invalid {type.Name} value: not a PDQ hash.";
            return false;
        }

        signal = new Signal(type, trimmed.ToString().ToLowerInvariant());
        error = null;
        return true;
    }

    /// <summary>A signal from a PDQ hash.</summary>
    public static Signal FromPdq(PdqHash hash) => new(SignalType.Pdq, hash.ToString());

    /// <summary>For values already known to be lowercase hex of the right length (our own digests).</summary>
    internal static Signal FromTrustedHex(SignalType type, string lowercaseHex) => new(type, lowercaseHex);

    public bool Equals(Signal? other) =>
        other is not null && ReferenceEquals(Type, other.Type) && string.Equals(Value, other.Value, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as Signal);

    public override int GetHashCode() => HashCode.Combine(Type, StringComparer.Ordinal.GetHashCode(Value));

    /// <summary><c>type value</c>, the python-threatexchange text form.</summary>
    public override string ToString() => $"{Type.Name} {Value}";

    public static bool operator ==(Signal? left, Signal? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(Signal? left, Signal? right) => !(left == right);

    // Control characters in an error message would garble a log line or terminal.
    private static string Printable(char c) => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString();
}
