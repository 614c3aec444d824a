using System.CommandLine;
using System.Security.Claims;
using Bulwark.Casework.Audit;
using Bulwark.Casework.Cases;
using Bulwark.Casework.Evidence;
using Bulwark.Casework.Reviewers;
using Bulwark.Casework.Storage;
using Bulwark.Cli.Casework;
using Bulwark.Reporting.Ncmec.Client;
using Bulwark.Server.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bulwark.Cli.Reporting;

/// <summary>
/// <c>bulwark ncmec submit --case ID</c>: the console's filing service (<see cref="CaseReporting"/>) run from the command
/// line over the casework database, as the operator (<c>cli:USER</c>, with a lead's rights: whoever holds the database
/// and NCMEC's credentials already has them).
/// </summary>
internal sealed class CaseSubmission(CommandOutput output, CaseworkSetup casework, NcmecOptions ncmec, string? schemaPath)
{
    public required string ReporterEmail { get; init; }

    public string? ReporterName { get; init; }

    public required string Platform { get; init; }

    public bool MouSignatory { get; init; }

    /// <summary>The outbox's SQLite file when given; else the console's, beside the casework database.</summary>
    public string? OutboxFile { get; init; }

    public async Task<int> RunAsync(ParseResult parseResult, Guid caseId, bool previewOnly, CancellationToken cancellationToken)
    {
        await using var services = await casework.CreateAsync(parseResult, output, mustExist: true, cancellationToken, keys: KeysBesideDatabaseAsync).ConfigureAwait(false);
        if (services is null)
        {
            return 2;
        }

        var vault = services.GetRequiredService<EvidenceVault>();
        if (!vault.IsConfigured)
        {
            output.Error.WriteLine($"bulwark: the evidence vault has no key: set {MasterKeyRing.KeysVariable} or {MasterKeyRing.KeyFileVariable} (bulwark serve keeps {EvidenceKeyFile.FileName} beside a SQLite database).");
            return 2;
        }

        string? fetchedSchema = null;
        try
        {
            var schema = schemaPath;
            if (string.IsNullOrWhiteSpace(schema))
            {
                using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
                fetchedSchema = Path.GetTempFileName();
                await File.WriteAllTextAsync(fetchedSchema, await new NcmecClient(http, ncmec).GetSchemaAsync(cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                schema = fetchedSchema;
            }

            using var reporting = new CaseReporting(
                services.GetRequiredService<CaseService>(),
                vault,
                services.GetRequiredService<AuditLog>(),
                services.GetRequiredService<IDbContextFactory<CaseworkDbContext>>(),
                TimeProvider.System,
                new CaseReportingOptions
                {
                    Ncmec = ncmec,
                    SchemaPath = schema,
                    ReporterEmail = ReporterEmail,
                    ReporterName = ReporterName,
                    Platform = Platform,
                    IndustryMouSignatory = MouSignatory,
                    Outbox = ReportingSettings.Outbox(services.GetRequiredService<CaseworkStorageOptions>(), OutboxFile),
                });
            var operatorUser = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, CaseworkSetup.Actor), new Claim(ClaimTypes.Role, ConsoleRoles.Admin)], "cli"));
            return previewOnly
                ? await PreviewAsync(reporting, operatorUser, caseId, cancellationToken).ConfigureAwait(false)
                : await FileAsync(reporting, operatorUser, caseId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidDataException or IOException or NcmecException)
        {
            output.Error.WriteLine($"bulwark: case {caseId}: {exception.Message}");
            return 1;
        }
        finally
        {
            if (fetchedSchema is not null)
            {
                File.Delete(fetchedSchema);
            }
        }
    }

    private async Task<int> PreviewAsync(CaseReporting reporting, ClaimsPrincipal user, Guid caseId, CancellationToken cancellationToken)
    {
        var preview = await reporting.PreviewAsync(caseId, user, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (preview is null)
        {
            output.Error.WriteLine($"bulwark: no case {caseId} in the casework database.");
            return 1;
        }

        if (preview.Refusal is { } refusal)
        {
            output.Error.WriteLine($"bulwark: case {caseId} cannot be reported: {refusal}");
            return 1;
        }

        foreach (var line in preview.Summary)
        {
            output.Error.WriteLine(line);
        }

        foreach (var problem in preview.Problems)
        {
            output.Error.WriteLine($"bulwark: schema: {problem}");
        }

        output.Out.WriteLine(preview.ReportXml);
        return preview.CanFile ? 0 : 1;
    }

    private async Task<int> FileAsync(CaseReporting reporting, ClaimsPrincipal user, Guid caseId, CancellationToken cancellationToken)
    {
        var filing = await NcmecSubmitCommand.WithStatusAsync(output, $"Filing case {caseId} with {reporting.DestinationDescription}…", () => reporting.FileAsync(caseId, user, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (filing is null)
        {
            output.Error.WriteLine($"bulwark: no case {caseId} in the casework database.");
            return 1;
        }

        if (filing.Refusal is { } refusal)
        {
            output.Error.WriteLine($"bulwark: case {caseId} cannot be reported: {refusal}");
            return 1;
        }

        var result = filing.Result!;
        if (result.IsFinished)
        {
            output.Out.WriteLine($"Case {caseId}: filed as NCMEC report {result.RemoteReportId}; receipt stored in the outbox ({filing.OutboxId}).");
            return 0;
        }

        output.Error.WriteLine($"bulwark: case {caseId} is {result.State} in the outbox ({filing.OutboxId}): {result.Error}");
        output.Error.WriteLine(result.NeedsRetry ? "Run the same command again to resume." : "A person must look at it; it will not be retried.");
        return 1;
    }

    // bulwark serve's default: a key file beside a SQLite database, when the environment names no keys.
    private static async Task<MasterKeyRing?> KeysBesideDatabaseAsync(CaseworkStorageOptions storage, CancellationToken cancellationToken) =>
        MasterKeyRing.FromEnvironment() is null && EvidenceKeyFile.Beside(storage) is { } keyFile && File.Exists(keyFile)
            ? await MasterKeyRing.FromFileAsync(keyFile, cancellationToken).ConfigureAwait(false)
            : null;
}
