using Bulwark.Casework.Evidence;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bulwark.Server.Retention;

/// <summary>
/// Deletes evidence whose retention has ended and that no preservation or legal hold keeps, shortly after start and
/// then every <see cref="Gateway.GatewayStorageOptions.PurgeInterval"/>; the vault audits every deletion. Evidence is
/// kept only as long as it is needed: this is the job that makes "only as long as" true.
/// </summary>
internal sealed partial class EvidencePurgeService(EvidenceVault vault, Gateway.GatewayStorageOptions options, TimeProvider time, ILogger<EvidencePurgeService> logger) : BackgroundService
{
    /// <summary>The actor the audit log records for the job's deletions.</summary>
    public const string Actor = "job:evidence-purge";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.PurgeInterval, time);
        do
        {
            await PurgeOnceAsync(stoppingToken).ConfigureAwait(false);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    /// <summary>One purge; a failure is logged and retried at the next tick, never fatal to the server.</summary>
    internal async Task PurgeOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            var result = await vault.PurgeExpiredAsync(Actor, cancellationToken).ConfigureAwait(false);
            if (result.Deleted.Count > 0)
            {
                LogPurged(result.Deleted.Count);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(e.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged {Count} evidence item(s) past retention and not held")]
    private partial void LogPurged(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "The evidence purge failed ({Failure}); it runs again at the next interval")]
    private partial void LogFailed(string failure);
}
