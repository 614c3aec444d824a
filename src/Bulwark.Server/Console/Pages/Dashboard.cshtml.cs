using System.Globalization;
using Bulwark.Casework.Cases;
using Bulwark.Casework.Queues;
using Microsoft.AspNetCore.Html;

namespace Bulwark.Server.Console.Pages;

/// <summary>Queue sizes and SLA, and decisions per day over the last two weeks, as server-drawn charts.</summary>
public sealed class DashboardModel(CaseService cases, TimeProvider time) : ConsolePageModel
{
    public const int Days = 14;

    public IReadOnlyList<QueueSummary> Queues { get; private set; } = [];

    public IReadOnlyList<DecisionCount> Decisions { get; private set; } = [];

    public IHtmlContent? QueueChart { get; private set; }

    public IHtmlContent? DecisionChart { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Queues = await cases.SummarizeQueuesAsync(cancellationToken).ConfigureAwait(false);
        Decisions = await cases.DecisionsPerDayAsync(Days, cancellationToken).ConfigureAwait(false);
        QueueChart = SvgChart.StackedBars(
            "Open cases per queue: overdue, within SLA",
            [.. Queues.Select(q => q.Queue)],
            [
                ("overdue", "violating", "#b91c1c", [.. Queues.Select(q => q.Overdue)]),
                ("within SLA", "within-sla", "#1f5fa8", [.. Queues.Select(q => q.Open - q.Overdue)]),
            ]);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var days = Enumerable.Range(0, Days).Select(i => today.AddDays(i - Days + 1)).ToList();
        int Count(DateOnly day, ReviewVerdict verdict) => Decisions.Where(d => d.Day == day && d.Verdict == verdict).Sum(d => d.Count);
        DecisionChart = SvgChart.StackedBars(
            $"Decisions per day over the last {Days} days",
            [.. days.Select(d => d.ToString("MM-dd", CultureInfo.InvariantCulture))],
            [
                ("violating", "violating", "#b91c1c", [.. days.Select(d => Count(d, ReviewVerdict.Violating))]),
                ("not violating", "not-violating", "#15803d", [.. days.Select(d => Count(d, ReviewVerdict.NotViolating))]),
                ("escalated", "escalate", "#b45309", [.. days.Select(d => Count(d, ReviewVerdict.Escalate))]),
            ]);
    }
}
