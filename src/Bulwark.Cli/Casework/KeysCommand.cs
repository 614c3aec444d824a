using System.CommandLine;
using Bulwark.Casework.Access;
using Microsoft.Extensions.DependencyInjection;

namespace Bulwark.Cli.Casework;

/// <summary><c>bulwark keys</c>: issue and revoke the API keys clients use to call the gateway.</summary>
internal static class KeysCommand
{
    public static Command Create(CommandOutput output)
    {
        var command = new Command(
            "keys",
            "Issue and revoke Bulwark API keys. A key (bwk_...) identifies a tenant and names the upstream credential (from\n" +
            "configuration) the gateway forwards its requests with. Only a SHA-256 of the key is stored.\n\n" +
            "Examples:\n" +
            "  bulwark keys create --tenant acme --upstream-credential openai-prod\n" +
            "  bulwark keys revoke 0199c0de-...  --database /var/lib/bulwark/bulwark.db\n" +
            "  BULWARK_DATABASE='Host=db;Database=bulwark;Username=bulwark' bulwark keys create --provider postgres --tenant acme --upstream-credential anthropic");
        command.Subcommands.Add(CreateCommand(output));
        command.Subcommands.Add(RevokeCommand(output));
        return command;
    }

    private static Command CreateCommand(CommandOutput output)
    {
        var tenant = new Option<string>("--tenant") { Description = "The tenant the key acts for (created if new).", Required = true };
        var upstream = new Option<string>("--upstream-credential")
        {
            Description = "The name of the upstream credential in the gateway's configuration that requests with this key use.",
            Required = true,
        };
        var label = new Option<string?>("--label") { Description = "An optional label shown in listings, e.g. \"staging app\"." };
        var setup = new CaseworkSetup();
        var command = new Command(
            "create",
            "Issue a key and print it once on stdout. It cannot be shown again: store it in the client's secret store now.\n\n" +
            "Example:\n" +
            "  bulwark keys create --tenant acme --upstream-credential openai-prod --label \"support bot\"")
        {
            tenant,
            upstream,
            label,
        };
        setup.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await setup.CreateAsync(parseResult, output, mustExist: false, cancellationToken).ConfigureAwait(false);
            if (services is null)
            {
                return 1;
            }

            var issued = await services.GetRequiredService<ApiKeyService>().CreateAsync(
                parseResult.GetRequiredValue(tenant),
                parseResult.GetRequiredValue(upstream),
                CaseworkSetup.Actor,
                parseResult.GetValue(label),
                cancellationToken).ConfigureAwait(false);
            output.Out.WriteLine(issued.Key);
            output.Error.WriteLine($"bulwark: issued key {issued.Id} ({issued.Prefix}...) for tenant '{issued.TenantId}'. It is shown only this once.");
            return 0;
        });
        return command;
    }

    private static Command RevokeCommand(CommandOutput output)
    {
        var id = new Argument<Guid>("KEY-ID") { Description = "The key's id, as printed by 'bulwark keys create'." };
        var setup = new CaseworkSetup();
        var command = new Command("revoke", "Revoke a key: the gateway refuses it from then on.\n\nExample:\n  bulwark keys revoke 0199c0de-7a1b-7c2d-8e3f-0123456789ab")
        {
            id,
        };
        setup.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await setup.CreateAsync(parseResult, output, mustExist: true, cancellationToken).ConfigureAwait(false);
            if (services is null)
            {
                return 1;
            }

            var keyId = parseResult.GetValue(id);
            if (!await services.GetRequiredService<ApiKeyService>().RevokeAsync(keyId, CaseworkSetup.Actor, cancellationToken).ConfigureAwait(false))
            {
                output.Error.WriteLine($"bulwark: no active key {keyId}.");
                return 1;
            }

            output.Out.WriteLine($"revoked {keyId}");
            return 0;
        });
        return command;
    }
}
