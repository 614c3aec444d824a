using System.CommandLine;
using Bulwark.Reporting.Ncmec.Client;

namespace Bulwark.Cli.Reporting;

/// <summary>
/// The options every <c>bulwark ncmec</c> command that talks to NCMEC shares. The password never comes from a flag
/// (it would sit in shell history and process lists): only from <c>BULWARK_NCMEC_PASSWORD</c> or a file.
/// </summary>
internal sealed class NcmecSettings
{
    public const string UsernameVariable = "BULWARK_NCMEC_USERNAME";
    public const string PasswordVariable = "BULWARK_NCMEC_PASSWORD";
    public const string EnvironmentVariable = "BULWARK_NCMEC_ENVIRONMENT";

    private readonly Option<string?> _username = new("--username")
    {
        Description = $"The user name NCMEC issued (default: ${UsernameVariable}).",
    };

    private readonly Option<FileInfo?> _passwordFile = new("--password-file")
    {
        Description = $"A file holding the password (first line). Otherwise ${PasswordVariable} is read. There is no password flag.",
    };

    private readonly Option<string?> _environment = new("--environment")
    {
        Description = $"test (exttest.cybertip.org, the default) or production (report.cybertip.org); default ${EnvironmentVariable}.",
    };

    private readonly Option<string?> _baseUrl = new("--base-url")
    {
        Description = "Another CyberTipline address (a fake server for rehearsals); overrides --environment.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(_username);
        command.Options.Add(_passwordFile);
        command.Options.Add(_environment);
        command.Options.Add(_baseUrl);
    }

    /// <summary>The client options, or a message saying what is missing.</summary>
    public (NcmecOptions? Options, string? Error) Read(ParseResult parseResult)
    {
        var username = parseResult.GetValue(_username) ?? Environment.GetEnvironmentVariable(UsernameVariable);
        if (string.IsNullOrWhiteSpace(username))
        {
            return (null, $"no NCMEC user name: pass --username or set {UsernameVariable}.");
        }

        string? password;
        if (parseResult.GetValue(_passwordFile) is { } file)
        {
            if (!file.Exists)
            {
                return (null, $"--password-file '{file.FullName}' does not exist.");
            }

            password = File.ReadLines(file.FullName).FirstOrDefault()?.TrimEnd('\r', '\n');
        }
        else
        {
            password = Environment.GetEnvironmentVariable(PasswordVariable);
        }

        if (string.IsNullOrEmpty(password))
        {
            return (null, $"no NCMEC password: set {PasswordVariable} or pass --password-file.");
        }

        var environmentName = parseResult.GetValue(_environment) ?? Environment.GetEnvironmentVariable(EnvironmentVariable) ?? "test";
        if (!Enum.TryParse<NcmecEnvironment>(environmentName, ignoreCase: true, out var environment) || !Enum.IsDefined(environment))
        {
            return (null, $"environment '{environmentName}' is neither 'test' nor 'production'.");
        }

        Uri? baseAddress = null;
        if (parseResult.GetValue(_baseUrl) is { } url && !Uri.TryCreate(url, UriKind.Absolute, out baseAddress))
        {
            return (null, $"--base-url '{url}' is not an absolute address.");
        }

        return (new NcmecOptions { Username = username, Password = password, Environment = environment, BaseAddress = baseAddress }, null);
    }
}
