using Bulwark.Casework.Incidents;
using Bulwark.Casework.Storage;
using Microsoft.Extensions.Hosting;

namespace Bulwark.Server.Gateway;

/// <summary>
/// Brings the casework store up with the gateway: migrations are applied before anything is served (a lifecycle
/// "starting" hook runs before the web server starts), the incident writer runs in the background, and at shutdown
/// the queue is closed and drained after in-flight requests have finished, so no incident already accepted is lost.
/// </summary>
internal sealed class CaseworkLifecycle(CaseworkDatabase database, IncidentWriter incidents) : IHostedLifecycleService
{
    private Task? _writer;

    public Task StartingAsync(CancellationToken cancellationToken) => database.MigrateAsync(cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Not tied to a token: the writer ends when the queue is completed and empty, at StoppedAsync.
        _writer = incidents.RunAsync(CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>After the web server has stopped (in-flight requests done): no more incidents can arrive.</summary>
    public async Task StoppedAsync(CancellationToken cancellationToken)
    {
        incidents.Complete();
        if (_writer is not null)
        {
            await _writer.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        await incidents.DrainAsync(cancellationToken).ConfigureAwait(false);
    }
}
