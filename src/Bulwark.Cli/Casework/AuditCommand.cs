using System.CommandLine;
using Bulwark.Casework.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace Bulwark.Cli.Casework;

/// <summary><c>bulwark audit</c>: check the hash-chained audit log.</summary>
internal static class AuditCommand
{
    /// <summary>The exit code when the chain is broken, distinct from usage errors (1).</summary>
    public const int BrokenExitCode = 3;

    public static Command Create(CommandOutput output)
    {
        var command = new Command(
            "audit",
            "The audit log records enforcement, evidence access, key changes and purges; each entry carries the hash of the one\n" +
            "before it.\n\n" +
            "Examples:\n" +
            "  bulwark audit verify\n" +
            "  bulwark audit verify --provider postgres --database 'Host=db;Database=bulwark;Username=bulwark'");
        command.Subcommands.Add(VerifyCommand(output));
        return command;
    }

    private static Command VerifyCommand(CommandOutput output)
    {
        var setup = new CaseworkSetup();
        var command = new Command(
            "verify",
            "Check that the audit log is intact: numbered from 1 with no gaps, each entry chained to the one before, each hash\n" +
            "matching its entry. Prints the entry count and the head hash; keep the head hash somewhere else (an operations\n" +
            "log, a ticket) so a later run can also show that nothing was cut from the end. Exit code 0 intact, 3 broken.\n\n" +
            "Example:\n" +
            "  bulwark audit verify --database /var/lib/bulwark/bulwark.db");
        setup.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await setup.CreateAsync(parseResult, output, mustExist: true, cancellationToken).ConfigureAwait(false);
            if (services is null)
            {
                return 1;
            }

            var result = await services.GetRequiredService<AuditLog>().VerifyAsync(cancellationToken).ConfigureAwait(false);
            if (!result.IsValid)
            {
                output.Out.WriteLine($"audit log BROKEN at entry {result.BrokenAt}: {result.Problem}");
                output.Out.WriteLine($"{result.EntryCount} entries before it are intact; last intact hash {result.HeadHash}");
                return BrokenExitCode;
            }

            output.Out.WriteLine($"audit log intact: {result.EntryCount} entries, head {result.HeadHash}");
            return 0;
        });
        return command;
    }
}
