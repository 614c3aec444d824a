namespace Bulwark.Reporting.Ncmec.Client;

/// <summary>Credentials, environment and timeouts of the CyberTipline client.</summary>
public sealed record NcmecOptions
{
    public static readonly Uri TestBaseAddress = new("https://exttest.cybertip.org/ispws/");
    public static readonly Uri ProductionBaseAddress = new("https://report.cybertip.org/ispws/");

    /// <summary>The user name NCMEC issued to the provider.</summary>
    public required string Username { get; init; }

    /// <summary>The password NCMEC issued; never logged, never put on a command line.</summary>
    public required string Password { get; init; }

    public NcmecEnvironment Environment { get; init; } = NcmecEnvironment.Test;

    /// <summary>Overrides the environment's address (a fake server in tests).</summary>
    public Uri? BaseAddress { get; init; }

    /// <summary>How long one call other than an upload may take.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long one upload may take (files can be large).</summary>
    public TimeSpan UploadTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Retries of the read-only calls (status, xsd); the calls that change a report are never retried here.</summary>
    public int SafeRetries { get; init; } = 2;

    /// <summary>The first wait before retrying a read-only call; later waits grow exponentially, with jitter.</summary>
    public TimeSpan SafeRetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The address calls are made to, with a trailing slash.</summary>
    public Uri EffectiveBaseAddress
    {
        get
        {
            var address = BaseAddress ?? (Environment == NcmecEnvironment.Production ? ProductionBaseAddress : TestBaseAddress);
            return address.AbsoluteUri.EndsWith('/') ? address : new Uri(address.AbsoluteUri + "/");
        }
    }

    /// <summary>Clear errors for unusable options, before any call.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Username) || string.IsNullOrEmpty(Password))
        {
            throw new ArgumentException("NCMEC credentials are missing: set the user name and password NCMEC issued.");
        }

        if (Username.Contains(':', StringComparison.Ordinal))
        {
            throw new ArgumentException("An NCMEC user name cannot contain ':' (HTTP Basic authentication).");
        }

        if (Timeout <= TimeSpan.Zero || UploadTimeout <= TimeSpan.Zero || SafeRetries < 0 || SafeRetryDelay < TimeSpan.Zero)
        {
            throw new ArgumentException("NCMEC timeouts must be positive and retries not negative.");
        }
    }
}
