namespace Bulwark.Scanning.Running;

/// <summary>Waiting for a task whose failure is not this waiter's to report.</summary>
internal static class Quietly
{
    /// <summary>
    /// Waits until <paramref name="task"/> has ended. A failure is swallowed (it stays on the task, for whoever
    /// awaits it to decide what it means), except running out of memory, which nothing should swallow.
    /// </summary>
    public static async Task WaitAsync(Task task)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Left on the task.
        }
    }
}
