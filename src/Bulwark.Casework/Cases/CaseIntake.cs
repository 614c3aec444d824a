using Bulwark.Casework.Queues;
using Bulwark.Casework.Storage;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Casework.Cases;

/// <summary>
/// Puts new items into cases inside the caller's unit of work, so an incident or report is never stored without its
/// case: an open case of the same subject takes the item (and the more urgent route), otherwise a new case opens.
/// Two writers opening a case for one subject at once collide on the unique open-subject key; the caller retries.
/// </summary>
internal sealed class CaseIntake(CaseworkOptions options)
{
    /// <summary>One item to route.</summary>
    public sealed record Item(string? TenantId, string? ExternalUserId, CaseItem Row, QueueRoute Route);

    public static async Task RouteAsync(CaseworkDbContext db, IReadOnlyList<Item> items, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var keys = items.Select(item => ReviewCase.SubjectKey(item.TenantId, item.ExternalUserId)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var open = keys.Count == 0
            ? []
            : await db.Cases.Where(c => c.OpenSubjectKey != null && keys.Contains(c.OpenSubjectKey)).ToDictionaryAsync(c => c.OpenSubjectKey!, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        foreach (var item in items)
        {
            var key = ReviewCase.SubjectKey(item.TenantId, item.ExternalUserId);
            if (key is null || !open.TryGetValue(key, out var @case))
            {
                @case = new ReviewCase
                {
                    Id = Guid.CreateVersion7(now),
                    TenantId = item.TenantId,
                    ExternalUserId = string.IsNullOrWhiteSpace(item.ExternalUserId) ? null : item.ExternalUserId,
                    OpenSubjectKey = key,
                    Queue = item.Route.Queue,
                    Priority = item.Route.Priority,
                    Category = item.Row.Category,
                    Status = CaseStatus.Open,
                    OpenedAt = now,
                    LastItemAt = now,
                    DueAt = now + item.Route.Sla,
                    Version = Guid.NewGuid(),
                };
                db.Cases.Add(@case);
                if (key is not null)
                {
                    open[key] = @case;
                }
            }
            else
            {
                // An escalated case stays with the leads; otherwise the most urgent item decides the queue.
                if (item.Route.Priority < @case.Priority && @case.Queue != QueueRouting.EscalatedQueue)
                {
                    @case.Queue = item.Route.Queue;
                    @case.Priority = item.Route.Priority;
                    @case.Category = item.Row.Category;
                }

                var due = now + item.Route.Sla;
                if (due < @case.DueAt)
                {
                    @case.DueAt = due;
                }

                @case.LastItemAt = now;
                @case.Version = Guid.NewGuid();
            }

            @case.ItemCount++;
            item.Row.CaseId = @case.Id;
            item.Row.AddedAt = now;
            db.CaseItems.Add(item.Row);
        }
    }

    public QueueRoute RouteFor(string? category) => options.Queues.ForIncident(category);
}
