using System.Security.Cryptography;
using System.Text;
using Bulwark.Casework.Audit;
using Bulwark.Casework.Storage;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Casework.Access;

/// <summary>
/// Issues, authenticates and revokes Bulwark API keys. A key is <c>bwk_</c> followed by 43 base64url characters
/// (32 random bytes); the database keeps only its SHA-256 and its first 12 characters. Register as a singleton.
/// </summary>
public sealed class ApiKeyService
{
    /// <summary>Every Bulwark key starts with this, so secret scanners and people can recognise one.</summary>
    public const string KeyPrefix = "bwk_";

    private const int PrefixLength = 12;

    private readonly IDbContextFactory<CaseworkDbContext> _contexts;
    private readonly AuditLog _audit;
    private readonly TimeProvider _time;
    /// <summary>Keys that authenticated, by the hex of their SHA-256: only valid keys, so a new key works at once.</summary>
    private readonly ReadThroughCache<string, ApiKeyIdentity> _cache;

    /// <summary>Creates the service.</summary>
    public ApiKeyService(IDbContextFactory<CaseworkDbContext> contexts, AuditLog audit, TimeProvider time, CaseworkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _contexts = contexts;
        _audit = audit;
        _time = time;
        _cache = new ReadThroughCache<string, ApiKeyIdentity>(time, options.ApiKeyCacheTtl, maxEntries: 10_000);
    }

    /// <summary>
    /// Issues a key for <paramref name="tenantId"/> (creating the tenant if new) that forwards with the upstream
    /// credential named <paramref name="upstreamCredential"/> in configuration. The result holds the only copy of
    /// the secret.
    /// </summary>
    public async Task<IssuedApiKey> CreateAsync(
        string tenantId,
        string upstreamCredential,
        string actor,
        string? label = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(upstreamCredential);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);

        var key = KeyPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var now = _time.GetUtcNow();
        var stored = new ApiKey
        {
            Id = Guid.CreateVersion7(now),
            TenantId = tenantId,
            Prefix = key[..PrefixLength],
            KeyHash = Hash(key),
            UpstreamCredential = upstreamCredential,
            Label = label,
            CreatedAt = now,
        };

        await using (var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!await db.Tenants.AnyAsync(t => t.Id == tenantId, cancellationToken).ConfigureAwait(false))
            {
                db.Tenants.Add(new Tenant { Id = tenantId, CreatedAt = now });
            }

            db.ApiKeys.Add(stored);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        await _audit.AppendAsync(actor, AuditActions.ApiKeyCreated, $"apikey/{stored.Id}", new Dictionary<string, string?>
        {
            ["tenant"] = tenantId,
            ["prefix"] = stored.Prefix,
            ["upstream_credential"] = upstreamCredential,
        }, cancellationToken).ConfigureAwait(false);

        return new IssuedApiKey(stored.Id, key, stored.Prefix, tenantId, upstreamCredential);
    }

    /// <summary>
    /// The identity behind <paramref name="presentedKey"/>, or null when it is malformed, unknown or revoked. The
    /// row is found by the key's non-secret prefix and the hashes are compared in constant time. A key that
    /// authenticated is remembered for <see cref="CaseworkOptions.ApiKeyCacheTtl"/> (revocations in this process are
    /// seen at once); an unknown key is looked up every time.
    /// </summary>
    public async Task<ApiKeyIdentity?> AuthenticateAsync(string? presentedKey, CancellationToken cancellationToken = default)
    {
        if (presentedKey is null || presentedKey.Length < PrefixLength + 8 || presentedKey.Length > 128
            || !presentedKey.StartsWith(KeyPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var prefix = presentedKey[..PrefixLength];
        var hash = Hash(presentedKey);
        var cacheKey = Convert.ToHexString(hash);
        if (_cache.TryGet(cacheKey, out var cached))
        {
            return cached;
        }

        var generation = _cache.Generation;
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var candidates = await db.ApiKeys.AsNoTracking()
            .Where(k => k.Prefix == prefix && k.RevokedAt == null)
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        ApiKeyIdentity? match = null;
        foreach (var candidate in candidates)
        {
            if (CryptographicOperations.FixedTimeEquals(candidate.KeyHash, hash))
            {
                match = new ApiKeyIdentity(candidate.Id, candidate.TenantId, candidate.UpstreamCredential, candidate.Prefix);
            }
        }

        if (match is not null)
        {
            _cache.Set(cacheKey, match, generation);
        }

        return match;
    }

    /// <summary>Revokes a key; it stops authenticating at once. Returns false when no such unrevoked key exists.</summary>
    public async Task<bool> RevokeAsync(Guid keyId, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        await using (var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == keyId && k.RevokedAt == null, cancellationToken).ConfigureAwait(false);
            if (key is null)
            {
                return false;
            }

            key.RevokedAt = _time.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            _cache.Clear();
        }

        await _audit.AppendAsync(actor, AuditActions.ApiKeyRevoked, $"apikey/{keyId}", null, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>The keys of <paramref name="tenantId"/>, newest first (hashes included, never secrets).</summary>
    public async Task<IReadOnlyList<ApiKey>> ListAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var keys = await db.ApiKeys.AsNoTracking().Where(k => k.TenantId == tenantId).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. keys.OrderByDescending(k => k.CreatedAt)];
    }

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
