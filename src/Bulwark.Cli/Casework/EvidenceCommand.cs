using System.CommandLine;
using Bulwark.Casework.Evidence;
using Microsoft.Extensions.DependencyInjection;

namespace Bulwark.Cli.Casework;

/// <summary><c>bulwark evidence</c>: retention and key rotation of the encrypted evidence vault.</summary>
internal static class EvidenceCommand
{
    public static Command Create(CommandOutput output)
    {
        var command = new Command(
            "evidence",
            "The evidence vault keeps withheld content encrypted (AES-256-GCM, a key per item wrapped by a master key) for as long as\n" +
            "it is needed: its retention, or longer under a preservation hold (one year from a report to NCMEC) or a legal hold.\n" +
            "`bulwark serve` purges on its own every six hours; these commands are for operators and scheduled jobs.\n\n" +
            "Examples:\n" +
            "  bulwark evidence purge\n" +
            "  BULWARK_EVIDENCE_KEYS=\"$(cat old-and-new.keys)\" bulwark evidence rotate");
        command.Subcommands.Add(PurgeCommand(output));
        command.Subcommands.Add(RotateCommand(output));
        return command;
    }

    private static Command PurgeCommand(CommandOutput output)
    {
        var setup = new CaseworkSetup();
        var command = new Command(
            "purge",
            "Delete evidence past its retention that no preservation or legal hold keeps; every deletion is recorded in the audit\n" +
            "log with the ids. Incidents keep their metadata. Prints how many items were deleted.");
        setup.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await setup.CreateAsync(parseResult, output, mustExist: true, cancellationToken).ConfigureAwait(false);
            if (services is null)
            {
                return 1;
            }

            var result = await services.GetRequiredService<EvidenceVault>().PurgeExpiredAsync(CaseworkSetup.Actor, cancellationToken).ConfigureAwait(false);
            output.Out.WriteLine($"purged {result.Deleted.Count} evidence item(s)");
            return 0;
        });
        return command;
    }

    private static Command RotateCommand(CommandOutput output)
    {
        var setup = new CaseworkSetup();
        var command = new Command(
            "rotate",
            $"Re-wrap every item's data key under the active master key (the last line of ${MasterKeyRing.KeysVariable} or the key\n" +
            "file), without touching the encrypted content. Afterwards the old master key can be removed from the ring. Run it\n" +
            "with the old and the new key in the ring, the new one last.");
        setup.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await setup.CreateAsync(parseResult, output, mustExist: true, cancellationToken).ConfigureAwait(false);
            if (services is null)
            {
                return 1;
            }

            var vault = services.GetRequiredService<EvidenceVault>();
            if (!vault.IsConfigured)
            {
                output.Error.WriteLine($"bulwark: no evidence master keys: set ${MasterKeyRing.KeysVariable} or ${MasterKeyRing.KeyFileVariable}.");
                return 1;
            }

            var rewrapped = await vault.RotateAsync(CaseworkSetup.Actor, cancellationToken).ConfigureAwait(false);
            output.Out.WriteLine($"re-wrapped {rewrapped} evidence item(s) under the active key");
            return 0;
        });
        return command;
    }
}
