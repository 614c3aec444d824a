using System.Globalization;
using Bulwark.Casework.Audit;
using Bulwark.Casework.Storage;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Casework.Evidence;

/// <summary>
/// The evidence vault: stores content encrypted (AES-256-GCM, a random data key per item wrapped by a master key),
/// reads it back only for a named actor with an audit entry, keeps it until its retention ends unless a
/// preservation or legal hold applies, and purges what is expired with an audit record. Register as a singleton.
/// </summary>
public sealed class EvidenceVault
{
    /// <summary>How long a report preserves evidence: 1 year (18 U.S.C. 2258A(h) as amended by the REPORT Act).</summary>
    public static readonly TimeSpan PreservationPeriod = TimeSpan.FromDays(365);

    private const int BatchSize = 200;

    private readonly IDbContextFactory<CaseworkDbContext> _contexts;
    private readonly AuditLog _audit;
    private readonly TimeProvider _time;
    private readonly MasterKeyRing? _keys;
    private readonly TimeSpan _retention;

    /// <summary>Creates the vault; keys and default retention come from <paramref name="options"/>.</summary>
    public EvidenceVault(IDbContextFactory<CaseworkDbContext> contexts, AuditLog audit, TimeProvider time, CaseworkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _contexts = contexts;
        _audit = audit;
        _time = time;
        _keys = options.MasterKeys;
        _retention = options.EvidenceRetention;
    }

    /// <summary>Whether a master key is configured; without one the vault refuses to store or read (check at start-up).</summary>
    public bool IsConfigured => _keys is not null;

    /// <summary>Encrypts and stores <paramref name="content"/>; kept for <paramref name="retention"/> (default: the configured retention).</summary>
    /// <returns>The evidence id.</returns>
    /// <exception cref="InvalidOperationException">No master key is configured.</exception>
    public async Task<Guid> StoreAsync(
        ReadOnlyMemory<byte> content,
        string contentType,
        string? tenantId = null,
        TimeSpan? retention = null,
        CancellationToken cancellationToken = default)
    {
        var item = Seal(content.Span, contentType, tenantId, retention);
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        db.Evidence.Add(item);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return item.Id;
    }

    /// <summary>
    /// Decrypts evidence for <paramref name="actor"/>. The access is written to the audit log first; if that fails,
    /// nothing is returned.
    /// </summary>
    /// <returns>The content, or null when no such evidence exists (e.g. purged).</returns>
    /// <exception cref="EvidenceIntegrityException">The evidence was tampered with or the master key is wrong.</exception>
    public async Task<EvidenceContent?> ReadAsync(Guid id, string actor, string purpose, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        var keys = RequireKeys();
        EvidenceItem? item;
        await using (var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            item = await db.Evidence.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken).ConfigureAwait(false);
        }

        await _audit.AppendAsync(actor, AuditActions.EvidenceRead, Subject(id), new Dictionary<string, string?>
        {
            ["purpose"] = purpose,
            ["found"] = item is null ? "false" : "true",
        }, cancellationToken).ConfigureAwait(false);
        return item is null ? null : new EvidenceContent(id, EnvelopeCipher.Open(item, keys), item.ContentType);
    }

    /// <summary>
    /// Places a preservation hold of one year from <paramref name="reportedAt"/> (when a report was made to NCMEC);
    /// an existing later hold is kept. Returns false when no such evidence exists.
    /// </summary>
    public Task<bool> PreserveAsync(Guid id, DateTimeOffset reportedAt, string actor, CancellationToken cancellationToken = default) =>
        UpdateAsync(id, actor, AuditActions.EvidencePreserved, item =>
        {
            var until = reportedAt.ToUniversalTime() + PreservationPeriod;
            if (item.PreservedUntil is null || item.PreservedUntil < until)
            {
                item.PreservedUntil = until;
            }

            return new Dictionary<string, string?> { ["preserved_until"] = item.PreservedUntil?.ToString("O", CultureInfo.InvariantCulture) };
        }, cancellationToken);

    /// <summary>Places (<paramref name="hold"/> true) or lifts a legal hold. Returns false when no such evidence exists.</summary>
    public Task<bool> SetLegalHoldAsync(Guid id, bool hold, string reason, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return UpdateAsync(id, actor, AuditActions.EvidenceLegalHold, item =>
        {
            item.LegalHold = hold;
            item.LegalHoldReason = hold ? reason : null;
            return new Dictionary<string, string?> { ["hold"] = hold ? "placed" : "lifted", ["reason"] = reason };
        }, cancellationToken);
    }

    /// <summary>
    /// Re-wraps every data key not under the active master key with the active one. Content is not re-encrypted.
    /// Afterwards the old master key can be removed from the ring. Returns how many items were re-wrapped.
    /// </summary>
    public async Task<int> RotateAsync(string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var keys = RequireKeys();
        var total = 0;
        while (true)
        {
            await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            var batch = await db.Evidence.Where(e => e.MasterKeyId != keys.ActiveKeyId)
                .OrderBy(e => e.Id).Take(BatchSize).ToListAsync(cancellationToken).ConfigureAwait(false);
            if (batch.Count == 0)
            {
                break;
            }

            foreach (var item in batch)
            {
                EnvelopeCipher.Rewrap(item, keys);
                item.Version = Guid.NewGuid();
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                total += batch.Count;
            }
            catch (DbUpdateConcurrencyException)
            {
                // A hold changed one of these rows meanwhile; nothing of the batch was saved, so select it again.
            }
        }

        await _audit.AppendAsync(actor, AuditActions.EvidenceKeysRotated, "evidence", new Dictionary<string, string?>
        {
            ["active_key"] = keys.ActiveKeyId,
            ["rewrapped"] = total.ToString(CultureInfo.InvariantCulture),
        }, cancellationToken).ConfigureAwait(false);
        return total;
    }

    /// <summary>
    /// Deletes evidence whose retention has ended and that has no legal hold and no unexpired preservation hold,
    /// and records each batch deleted in the audit log. Incidents that pointed at it keep their metadata.
    /// </summary>
    public async Task<EvidencePurgeResult> PurgeExpiredAsync(string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var deleted = new List<Guid>();
        while (true)
        {
            var now = _time.GetUtcNow();
            await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            var ids = await Purgeable(db.Evidence, now).OrderBy(e => e.Id).Select(e => e.Id).Take(BatchSize)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            if (ids.Count == 0)
            {
                break;
            }

            // The conditions are checked again in the DELETE, so a hold placed since the SELECT still wins.
            await Purgeable(db.Evidence, now).Where(e => ids.Contains(e.Id)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            var gone = await db.Evidence.Where(e => ids.Contains(e.Id)).Select(e => e.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
            var batch = ids.Except(gone).ToList();
            if (batch.Count == 0)
            {
                break;
            }

            deleted.AddRange(batch);
            await _audit.AppendAsync(actor, AuditActions.EvidencePurged, "evidence", new Dictionary<string, string?>
            {
                ["count"] = batch.Count.ToString(CultureInfo.InvariantCulture),
                ["ids"] = string.Join(',', batch),
            }, cancellationToken).ConfigureAwait(false);
        }

        return new EvidencePurgeResult(deleted);
    }

    internal EvidenceItem Seal(ReadOnlySpan<byte> content, string contentType, string? tenantId, TimeSpan? retention)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        var keys = RequireKeys();
        var now = _time.GetUtcNow();
        var item = new EvidenceItem
        {
            Id = Guid.CreateVersion7(now),
            TenantId = tenantId,
            ContentType = contentType,
            CreatedAt = now,
            ExpiresAt = now + (retention ?? _retention),
            Version = Guid.NewGuid(),
            PlaintextSha256 = [],
            Ciphertext = [],
            Nonce = [],
            Tag = [],
            WrappedKey = [],
            MasterKeyId = keys.ActiveKeyId,
        };
        EnvelopeCipher.Seal(item, content, keys);
        return item;
    }

    private static IQueryable<EvidenceItem> Purgeable(IQueryable<EvidenceItem> evidence, DateTimeOffset now) =>
        evidence.Where(e => e.ExpiresAt <= now && !e.LegalHold && (e.PreservedUntil == null || e.PreservedUntil <= now));

    private static string Subject(Guid id) => $"evidence/{id}";

    private async Task<bool> UpdateAsync(
        Guid id,
        string actor,
        string auditAction,
        Func<EvidenceItem, Dictionary<string, string?>> change,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        Dictionary<string, string?> details;
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            var item = await db.Evidence.FirstOrDefaultAsync(e => e.Id == id, cancellationToken).ConfigureAwait(false);
            if (item is null)
            {
                return false;
            }

            details = change(item);
            item.Version = Guid.NewGuid();
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                break;
            }
            catch (DbUpdateConcurrencyException) when (attempt < 5)
            {
                // Another writer (a hold, a rotation) changed the row since it was read: apply the change to the new state.
            }
        }

        await _audit.AppendAsync(actor, auditAction, Subject(id), details, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private MasterKeyRing RequireKeys() =>
        _keys ?? throw new InvalidOperationException(
            $"The evidence vault has no master key: set {MasterKeyRing.KeysVariable} (id:base64 of 32 bytes) or {MasterKeyRing.KeyFileVariable}, or CaseworkOptions.MasterKeys. Evidence is never stored unencrypted.");
}
