using System.CommandLine;

namespace Bulwark.Cli.Reporting;

/// <summary><c>bulwark ncmec</c>: reporting to NCMEC's CyberTipline.</summary>
internal static class NcmecCommand
{
    public static Command Create(CommandOutput output)
    {
        var command = new Command(
            "ncmec",
            "Report to NCMEC's CyberTipline (18 U.S.C. 2258A): check credentials, validate report XML, file reports\n" +
            "through Bulwark's crash-safe outbox. Credentials come from BULWARK_NCMEC_USERNAME and BULWARK_NCMEC_PASSWORD\n" +
            "(or --password-file); the test environment is the default. See docs/reporting.md.\n\n" +
            "Examples:\n" +
            "  bulwark ncmec status\n" +
            "  bulwark ncmec validate report.xml --xsd cybertipline-report.xsd\n" +
            "  bulwark ncmec submit --case 0199c0de-7a1b-7c2d-8e3f-0123456789ab --xsd cybertipline-report.xsd \\\n" +
            "    --reporter-email safety@example.com --platform \"Example Assistant\"\n" +
            "  bulwark ncmec submit --report case.json --reporter-email safety@example.com --platform \"Example Assistant\"");
        command.Subcommands.Add(NcmecStatusCommand.Create(output));
        command.Subcommands.Add(NcmecValidateCommand.Create(output));
        command.Subcommands.Add(NcmecSubmitCommand.Create(output));
        return command;
    }
}
