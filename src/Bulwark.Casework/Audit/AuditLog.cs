using System.Text.Json;
using Bulwark.Casework.Storage;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Casework.Audit;

/// <summary>
/// The append-only, hash-chained audit log. Appends are serialised within the process by a lock, and across
/// processes (several gateway replicas on one PostgreSQL) by the sequence number being the primary key: a writer
/// that loses the race gets a key violation, re-reads the head and tries again. Register as a singleton.
/// </summary>
public sealed class AuditLog : IDisposable
{
    private const int MaxAttempts = 20;

    private readonly IDbContextFactory<CaseworkDbContext> _contexts;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _appendLock = new(1, 1);

    /// <summary>Creates the log over the casework database.</summary>
    public AuditLog(IDbContextFactory<CaseworkDbContext> contexts, TimeProvider time)
    {
        _contexts = contexts;
        _time = time;
    }

    /// <summary>
    /// Appends an entry. <paramref name="details"/> become a JSON object with keys sorted (never put content or
    /// secrets in them).
    /// </summary>
    /// <returns>The stored entry, with its sequence number and hash.</returns>
    public async Task<AuditEntry> AppendAsync(
        string actor,
        string action,
        string subject,
        IReadOnlyDictionary<string, string?>? details = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        var json = CanonicalJson(details);

        await _appendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
                var head = await db.AuditEntries.AsNoTracking()
                    .OrderByDescending(e => e.Sequence)
                    .Select(e => new { e.Sequence, e.Hash })
                    .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);

                var entry = new AuditEntry
                {
                    Sequence = (head?.Sequence ?? 0) + 1,
                    RecordedAt = TruncateToMicroseconds(_time.GetUtcNow()),
                    Actor = actor,
                    Action = action,
                    Subject = subject,
                    Details = json,
                    PreviousHash = head?.Hash ?? AuditHasher.Genesis,
                    Hash = string.Empty,
                };
                entry.Hash = AuditHasher.Compute(entry);
                db.AuditEntries.Add(entry);
                try
                {
                    await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                    return entry;
                }
                catch (DbUpdateException) when (attempt < MaxAttempts)
                {
                    // Another process took this sequence number first; read the new head and chain onto it.
                    await Task.Delay(TimeSpan.FromMilliseconds(attempt * 5), cancellationToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            _appendLock.Release();
        }
    }

    /// <summary>
    /// Reads the whole log in sequence order and checks that numbering starts at 1 with no gaps, that each entry
    /// names its predecessor's hash, and that each hash matches the entry's content. Reports the first break.
    /// </summary>
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var previous = AuditHasher.Genesis;
        long expected = 1;
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable()
                           .WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (entry.Sequence != expected)
            {
                return Broken(expected, previous, expected, entry.Sequence < expected
                    ? $"entry {entry.Sequence} appears out of order"
                    : $"entry {expected} is missing (the next entry is {entry.Sequence}): entries were deleted");
            }

            if (!string.Equals(entry.PreviousHash, previous, StringComparison.Ordinal))
            {
                return Broken(expected, previous, expected,
                    $"entry {expected} does not follow entry {expected - 1}: its previous-hash does not match (entries were reordered, replaced or edited)");
            }

            if (!string.Equals(AuditHasher.Compute(entry), entry.Hash, StringComparison.Ordinal))
            {
                return Broken(expected, previous, expected, $"entry {expected} was altered: its content does not match its hash");
            }

            previous = entry.Hash;
            expected++;
        }

        return new AuditVerification(true, expected - 1, previous, null, null);
    }

    /// <inheritdoc />
    public void Dispose() => _appendLock.Dispose();

    private static AuditVerification Broken(long expected, string head, long at, string problem) =>
        new(false, expected - 1, head, at, problem);

    // PostgreSQL keeps microseconds; hashing a finer time would make every entry fail verification after a round trip.
    private static DateTimeOffset TruncateToMicroseconds(DateTimeOffset time) =>
        new(time.UtcTicks - (time.UtcTicks % 10), TimeSpan.Zero);

    private static string CanonicalJson(IReadOnlyDictionary<string, string?>? details)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (details is not null)
            {
                foreach (var (key, value) in details.OrderBy(pair => pair.Key, StringComparer.Ordinal))
                {
                    writer.WriteString(key, value);
                }
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
