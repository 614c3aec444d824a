using System.CommandLine;
using Bulwark.Reporting.Ncmec.Client;

namespace Bulwark.Cli.Reporting;

/// <summary><c>bulwark ncmec status</c>: do the credentials work?</summary>
internal static class NcmecStatusCommand
{
    public static Command Create(CommandOutput output)
    {
        var settings = new NcmecSettings();
        var command = new Command(
            "status",
            "Check that NCMEC's CyberTipline can be reached and accepts the credentials (GET /status). Exit code 0 when\n" +
            "they work, 1 otherwise; NCMEC's response code and Request-ID are printed either way.\n\n" +
            "Examples:\n" +
            "  BULWARK_NCMEC_USERNAME=acme BULWARK_NCMEC_PASSWORD=... bulwark ncmec status\n" +
            "  bulwark ncmec status --username acme --password-file /run/secrets/ncmec --environment production");
        settings.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var (options, error) = settings.Read(parseResult);
            if (options is null)
            {
                output.Error.WriteLine($"bulwark: {error}");
                return 2;
            }

            // The client times each call itself (uploads get longer than other calls).
            using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
            var client = new NcmecClient(http, options);
            try
            {
                var status = await client.GetStatusAsync(cancellationToken).ConfigureAwait(false);
                output.Out.WriteLine($"NCMEC {client.Describe()}: credentials accepted (code {status.Response.ResponseCode}, Request-ID {status.RequestId ?? "none"}).");
                return 0;
            }
            catch (NcmecException exception)
            {
                output.Error.WriteLine($"bulwark: NCMEC {client.Describe()}: {exception.Message}");
                return 1;
            }
        });
        return command;
    }
}
