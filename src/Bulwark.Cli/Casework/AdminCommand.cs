using System.CommandLine;
using System.Text;
using Bulwark.Casework.Reviewers;
using Microsoft.Extensions.DependencyInjection;

namespace Bulwark.Cli.Casework;

/// <summary><c>bulwark admin</c>: console accounts.</summary>
internal static class AdminCommand
{
    /// <summary>The environment variable a script may pass the new account's password in.</summary>
    public const string PasswordVariable = "BULWARK_ADMIN_PASSWORD";

    public static Command Create(CommandOutput output)
    {
        var command = new Command(
            "admin",
            "Console accounts for the trust-and-safety console that 'bulwark serve' hosts under /console.\n\n" +
            "Examples:\n" +
            "  bulwark admin create --email lead@example.org                 prompts for the password (not echoed)\n" +
            $"  {PasswordVariable}=... bulwark admin create --email r@example.org --role reviewer");
        command.Subcommands.Add(CreateCommand(output));
        return command;
    }

    private static Command CreateCommand(CommandOutput output)
    {
        var setup = new CaseworkSetup();
        var email = new Option<string>("--email") { Description = "The account's email address; it is also the sign-in name.", Required = true };
        var role = new Option<string>("--role")
        {
            Description = $"{ConsoleRoles.Admin} (default), {ConsoleRoles.Lead} (also escalations and appeals) or {ConsoleRoles.Reviewer} (claims and decides cases).",
            DefaultValueFactory = _ => ConsoleRoles.Admin,
        };
        var command = new Command(
            "create",
            "Create a console account. There is no default account and no default password: create the first admin with this\n" +
            $"command. The password (at least 12 characters) is read from ${PasswordVariable}, else from standard input (one\n" +
            "line; typed without echo at a terminal, asked twice). It is never accepted as an option, where it would end up\n" +
            "in shell history and process listings.\n\n" +
            "Examples:\n" +
            "  bulwark admin create --email admin@example.org\n" +
            "  printf '%s\\n' \"$PASSWORD\" | bulwark admin create --email r@example.org --role reviewer --database /var/lib/bulwark/bulwark.db");
        command.Options.Add(email);
        command.Options.Add(role);
        setup.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var password = ReadPassword(output);
            if (string.IsNullOrEmpty(password))
            {
                output.Error.WriteLine($"bulwark: no password given (set {PasswordVariable} or type it on standard input).");
                return 1;
            }

            await using var services = await setup.CreateAsync(parseResult, output, mustExist: false, cancellationToken, accounts: true).ConfigureAwait(false);
            if (services is null)
            {
                return 1;
            }

            await using var scope = services.CreateAsyncScope();
            var accounts = scope.ServiceProvider.GetRequiredService<ConsoleAccountService>();
            var errors = await accounts.CreateAsync(parseResult.GetValue(email)!, password, parseResult.GetValue(role)!, CaseworkSetup.Actor, cancellationToken).ConfigureAwait(false);
            if (errors.Count > 0)
            {
                foreach (var error in errors)
                {
                    output.Error.WriteLine($"bulwark: {error}");
                }

                return 1;
            }

            output.Out.WriteLine($"created {parseResult.GetValue(role)} account {parseResult.GetValue(email)}; sign in at /console");
            return 0;
        });
        return command;
    }

    private static string? ReadPassword(CommandOutput output)
    {
        if (Environment.GetEnvironmentVariable(PasswordVariable) is { Length: > 0 } fromEnvironment)
        {
            return fromEnvironment;
        }

        if (Console.IsInputRedirected)
        {
            return Console.In.ReadLine();
        }

        var first = ReadHidden(output, "Password: ");
        var second = ReadHidden(output, "Again: ");
        if (first != second)
        {
            output.Error.WriteLine("bulwark: the passwords differ.");
            return null;
        }

        return first;
    }

    private static string ReadHidden(CommandOutput output, string prompt)
    {
        output.Error.Write(prompt);
        var password = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                output.Error.WriteLine();
                return password.ToString();
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                password.Length = Math.Max(0, password.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }
    }
}
