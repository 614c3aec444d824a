namespace Bulwark.Detection.Policy;

/// <summary>Limits for <see cref="PolicyLoader"/>.</summary>
public sealed class PolicyLoaderOptions
{
    /// <summary>Default cap on a policy file's size: 1 MiB, far above any real policy.</summary>
    public const int DefaultMaxBytes = 1024 * 1024;

    /// <summary>Files larger than this are refused before parsing, so a runaway file cannot exhaust memory.</summary>
    public int MaxBytes { get; init; } = DefaultMaxBytes;

    public static PolicyLoaderOptions Default { get; } = new();

    internal void Validate() => ArgumentOutOfRangeException.ThrowIfLessThan(MaxBytes, 1, nameof(MaxBytes));
}
