using Bulwark.Server.Gateway;
using Microsoft.Extensions.Configuration;

namespace Bulwark.Cli.Serving;

/// <summary>
/// <c>bulwark serve</c>'s settings beyond its flags: a JSON file (<c>--config</c>) and environment variables prefixed
/// <c>BULWARK_</c> (<c>__</c> separates levels: <c>BULWARK_Gateway__Upstreams__messages</c>), later sources winning,
/// and flags winning over both. Secrets (upstream API keys) belong in the environment or a file readable only by the
/// service, never in flags, where process lists show them.
/// </summary>
internal sealed class ServeConfiguration(IConfiguration configuration)
{
    public const string EnvironmentPrefix = "BULWARK_";

    /// <summary>Reads <paramref name="file"/> (when given) and the environment.</summary>
    /// <exception cref="InvalidDataException">The file is not valid JSON.</exception>
    public static ServeConfiguration Load(FileInfo? file)
    {
        var builder = new ConfigurationBuilder();
        if (file is not null)
        {
            builder.AddJsonFile(file.FullName, optional: false, reloadOnChange: false);
        }

        builder.AddEnvironmentVariables(EnvironmentPrefix);
        return new ServeConfiguration(builder.Build());
    }

    /// <summary><c>Gateway:Upstream</c>: the default upstream.</summary>
    public string? Upstream => configuration["Gateway:Upstream"];

    /// <summary><c>Gateway:Upstreams:{route name}</c>: per-route upstreams, by route path.</summary>
    /// <exception cref="ArgumentException">A route name is unknown or an address is not absolute.</exception>
    public IReadOnlyDictionary<string, Uri> RouteUpstreams()
    {
        var upstreams = new Dictionary<string, Uri>(StringComparer.Ordinal);
        foreach (var entry in configuration.GetSection("Gateway:Upstreams").GetChildren())
        {
            if (!GatewayRoutes.Paths.TryGetValue(entry.Key, out var path))
            {
                throw new ArgumentException($"Gateway:Upstreams:{entry.Key}: unknown route; routes are {string.Join(", ", GatewayRoutes.Paths.Keys)}.");
            }

            if (!Uri.TryCreate(entry.Value, UriKind.Absolute, out var upstream))
            {
                throw new ArgumentException($"Gateway:Upstreams:{entry.Key}: '{entry.Value}' is not an absolute address.");
            }

            upstreams[path] = upstream;
        }

        return upstreams;
    }

    /// <summary>
    /// <c>Credentials:{name}</c>: upstream API keys by the credential name Bulwark keys map to. Put them in the
    /// environment (<c>BULWARK_Credentials__team-a=sk-...</c>) or a file only the service can read.
    /// </summary>
    public IReadOnlyDictionary<string, string> Credentials() =>
        configuration.GetSection("Credentials").GetChildren()
            .Where(entry => !string.IsNullOrEmpty(entry.Value))
            .ToDictionary(entry => entry.Key, entry => entry.Value!, StringComparer.Ordinal);

    /// <summary>The value at <paramref name="key"/>, or null.</summary>
    public string? this[string key] => configuration[key];
}
