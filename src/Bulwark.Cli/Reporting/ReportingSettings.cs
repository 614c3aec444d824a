using Bulwark.Casework.Storage;
using Bulwark.Cli.Serving;
using Bulwark.Reporting.Ncmec.Client;
using Bulwark.Reporting.Outbox.Storage;
using Bulwark.Server.Reporting;
using Microsoft.Data.Sqlite;

namespace Bulwark.Cli.Reporting;

/// <summary>
/// <c>bulwark serve</c>'s CyberTipline settings, under the names <c>bulwark ncmec</c> reads from the environment
/// (<c>BULWARK_NCMEC_USERNAME</c> is <c>NCMEC_USERNAME</c> in the JSON file), and where the outbox lives.
/// </summary>
internal static class ReportingSettings
{
    /// <summary>
    /// The reporting options, null when <c>NCMEC_USERNAME</c> is not set (reporting off). Throws
    /// <see cref="ArgumentException"/> when reporting is half configured: a console that looks ready to file but cannot
    /// is worse than one that says reporting is off.
    /// </summary>
    public static CaseReportingOptions? Read(ServeConfiguration settings, CaseworkStorageOptions casework)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var username = settings["NCMEC_USERNAME"];
        if (string.IsNullOrWhiteSpace(username))
        {
            return null;
        }

        var password = settings["NCMEC_PASSWORD"];
        if (string.IsNullOrEmpty(password) && settings["NCMEC_PASSWORD_FILE"] is { Length: > 0 } passwordFile)
        {
            password = File.Exists(passwordFile)
                ? File.ReadLines(passwordFile).FirstOrDefault()?.TrimEnd('\r', '\n')
                : throw new ArgumentException($"NCMEC_PASSWORD_FILE '{passwordFile}' does not exist.");
        }

        var environmentName = settings["NCMEC_ENVIRONMENT"] ?? "test";
        if (!Enum.TryParse<NcmecEnvironment>(environmentName, ignoreCase: true, out var environment) || !Enum.IsDefined(environment))
        {
            throw new ArgumentException($"NCMEC_ENVIRONMENT '{environmentName}' is neither 'test' nor 'production'.");
        }

        Uri? baseAddress = null;
        if (settings["NCMEC_BASE_URL"] is { Length: > 0 } url && !Uri.TryCreate(url, UriKind.Absolute, out baseAddress))
        {
            throw new ArgumentException($"NCMEC_BASE_URL '{url}' is not an absolute address.");
        }

        var options = new CaseReportingOptions
        {
            Ncmec = new NcmecOptions { Username = username, Password = password ?? string.Empty, Environment = environment, BaseAddress = baseAddress },
            SchemaPath = settings["NCMEC_XSD"] ?? throw new ArgumentException("NCMEC_XSD is required with NCMEC_USERNAME: NCMEC's schema, saved from its GET /xsd."),
            ReporterEmail = settings["NCMEC_REPORTER_EMAIL"] ?? string.Empty,
            ReporterName = settings["NCMEC_REPORTER_NAME"],
            Platform = settings["NCMEC_PLATFORM"] ?? string.Empty,
            IndustryMouSignatory = string.Equals(settings["NCMEC_MOU_SIGNATORY"], "true", StringComparison.OrdinalIgnoreCase),
            Outbox = Outbox(casework, settings["REPORTING_DATABASE"]),
        };
        options.Validate();
        return options;
    }

    /// <summary>
    /// The outbox: PostgreSQL when <c>BULWARK_REPORTING_POSTGRES</c> is set; else the SQLite <paramref name="file"/> when
    /// given; else <c>bulwark-reporting.db</c> beside a SQLite casework database (or in the working directory), so the
    /// console and <c>bulwark ncmec submit --case</c> see the same reports.
    /// </summary>
    public static ReportingDatabase Outbox(CaseworkStorageOptions casework, string? file)
    {
        ArgumentNullException.ThrowIfNull(casework);
        if (Environment.GetEnvironmentVariable(NcmecSubmitCommand.PostgresVariable) is { Length: > 0 } postgres)
        {
            return ReportingDatabase.Postgres(postgres);
        }

        if (string.IsNullOrWhiteSpace(file))
        {
            var directory = casework.Provider == CaseworkProvider.Sqlite
                ? Path.GetDirectoryName(Path.GetFullPath(new SqliteConnectionStringBuilder(casework.ConnectionString).DataSource)) ?? "."
                : ".";
            file = Path.Combine(directory, NcmecSubmitCommand.DefaultOutboxFile);
        }

        return ReportingDatabase.Sqlite($"Data Source={file}");
    }
}
