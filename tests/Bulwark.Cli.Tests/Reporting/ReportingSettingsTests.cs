using Bulwark.Casework.Storage;
using Bulwark.Cli.Reporting;
using Bulwark.Cli.Serving;
using Bulwark.Reporting.Ncmec.Client;
using Bulwark.Reporting.Tests.Fakes;
using Microsoft.Extensions.Configuration;

namespace Bulwark.Cli.Tests.Reporting;

public sealed class ReportingSettingsTests
{
    private static readonly CaseworkStorageOptions Casework = CaseworkStorageOptions.Parse("sqlite", "bulwark.db");

    [Fact]
    public void Without_an_NCMEC_user_name_reporting_is_off()
    {
        Assert.Null(ReportingSettings.Read(Settings([]), Casework));
    }

    [Fact]
    public void A_complete_configuration_gives_the_console_its_reporting_options()
    {
        var options = ReportingSettings.Read(Settings(Complete()), Casework);

        Assert.NotNull(options);
        Assert.Equal(NcmecEnvironment.Production, options.Ncmec.Environment);
        Assert.Equal("safety@example.com", options.ReporterEmail);
        Assert.True(options.IndustryMouSignatory);
    }

    [Theory]
    [InlineData("NCMEC_PASSWORD", "credentials are missing")]
    [InlineData("NCMEC_XSD", "NCMEC_XSD is required")]
    [InlineData("NCMEC_REPORTER_EMAIL", "e-mail address is required")]
    [InlineData("NCMEC_PLATFORM", "platform")]
    public void Half_configured_reporting_stops_the_server_with_the_missing_setting(string missing, string message)
    {
        var values = Complete();
        values.Remove(missing);

        var error = Assert.Throws<ArgumentException>(() => ReportingSettings.Read(Settings(values), Casework));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeCyberTipline.Password, error.Message, StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> Complete() => new()
    {
        ["NCMEC_USERNAME"] = FakeCyberTipline.Username,
        ["NCMEC_PASSWORD"] = FakeCyberTipline.Password,
        ["NCMEC_ENVIRONMENT"] = "production",
        ["NCMEC_XSD"] = NcmecReference.SchemaPath,
        ["NCMEC_REPORTER_EMAIL"] = "safety@example.com",
        ["NCMEC_PLATFORM"] = "Example Assistant",
        ["NCMEC_MOU_SIGNATORY"] = "true",
    };

    private static ServeConfiguration Settings(Dictionary<string, string?> values) =>
        new(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
}
