using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bulwark.Server.Reporting;

/// <summary>
/// Resumes the reports a crash or an NCMEC outage left unfinished: once shortly after start-up, then every ten minutes
/// (well inside NCMEC's one-hour expiry of an open report). Failures are logged without content and retried next time.
/// </summary>
internal sealed partial class ReportResumption(CaseReporting reporting, ILogger<ReportResumption> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                var results = await reporting.ResumePendingAsync("outbox", stoppingToken).ConfigureAwait(false);
                foreach (var result in results.Where(r => !r.IsFinished))
                {
                    LogNotFinished(logger, result.ReportId, result.State.ToString());
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(logger, exception.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "CyberTipline outbox report {ReportId} is {State}; see its case in the console.")]
    private static partial void LogNotFinished(ILogger logger, Guid reportId, string state);

    [LoggerMessage(Level = LogLevel.Error, Message = "Resuming CyberTipline reports failed ({Error}); retried in ten minutes.")]
    private static partial void LogFailed(ILogger logger, string error);
}
