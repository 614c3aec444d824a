using Bulwark.Cli;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
return await BulwarkCli.RunAsync(args, CommandOutput.Console, cancellation.Token).ConfigureAwait(false);
