using Bulwark.Casework.Evidence;

namespace Bulwark.Casework;

/// <summary>Behaviour settings for casework (storage location is <see cref="Storage.CaseworkStorageOptions"/>).</summary>
public sealed class CaseworkOptions
{
    /// <summary>
    /// How long <see cref="Enforcement.EnforcementService.GetStandingAsync"/> may answer from memory. Changes made by
    /// this process are seen at once; changes made by another process within this time. Zero disables the cache.
    /// Default 5 seconds.
    /// </summary>
    public TimeSpan StandingCacheTtl { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long <see cref="Access.ApiKeyService.AuthenticateAsync"/> may answer from memory for a key that
    /// authenticated. Revocations made by this process are seen at once; made by another process (the CLI, another
    /// replica), within this time. Zero disables the cache. Default 5 seconds.
    /// </summary>
    public TimeSpan ApiKeyCacheTtl { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long evidence is kept when no hold applies. Default 90 days.</summary>
    public TimeSpan EvidenceRetention { get; set; } = TimeSpan.FromDays(90);

    /// <summary>
    /// The master keys for the evidence vault. When null, <c>AddCasework</c> reads them from the environment
    /// (<see cref="MasterKeyRing.FromEnvironment"/>); if none are configured there either, using the vault fails
    /// with a clear error rather than storing evidence unencrypted.
    /// </summary>
    public MasterKeyRing? MasterKeys { get; set; }

    /// <summary>How many incidents <see cref="Incidents.IncidentWriter"/> queues before refusing more. Default 10,000.</summary>
    public int IncidentQueueCapacity { get; set; } = 10_000;

    /// <summary>Which queue and priority each category's cases go to, and their SLA.</summary>
    public Queues.QueueRouting Queues { get; set; } = new();

    /// <summary>How long a reviewer holds a claimed case before another may claim it. Default 30 minutes.</summary>
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromMinutes(30);
}
