using System.CommandLine;
using Bulwark.Reporting.Ncmec.Xml;

namespace Bulwark.Cli.Reporting;

/// <summary><c>bulwark ncmec validate FILE.xml</c>: check a document against NCMEC's schema.</summary>
internal static class NcmecValidateCommand
{
    public const string SchemaVariable = "BULWARK_NCMEC_XSD";

    public static Command Create(CommandOutput output)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A <report> or <fileDetails> document." };
        var xsd = new Option<FileInfo?>("--xsd")
        {
            Description = $"NCMEC's schema (saved from GET /xsd). Default: ${SchemaVariable}. Bulwark does not ship NCMEC's schema.",
        };
        var command = new Command(
            "validate",
            "Validate a report or file-details document against NCMEC's XML schema, printing each problem with its line\n" +
            "and column. Exit code 0 when valid, 1 when not, 2 when the file or schema cannot be read.\n\n" +
            "Examples:\n" +
            "  bulwark ncmec validate report.xml --xsd cybertipline-report.xsd\n" +
            $"  {SchemaVariable}=/etc/bulwark/cybertipline-report.xsd bulwark ncmec validate file-details.xml")
        {
            file,
            xsd,
        };
        command.SetAction(parseResult =>
        {
            var document = parseResult.GetValue(file)!;
            var schemaPath = parseResult.GetValue(xsd)?.FullName ?? Environment.GetEnvironmentVariable(SchemaVariable);
            if (string.IsNullOrWhiteSpace(schemaPath))
            {
                output.Error.WriteLine($"bulwark: no schema: pass --xsd or set {SchemaVariable} (save NCMEC's schema from GET /xsd).");
                return 2;
            }

            if (!document.Exists)
            {
                output.ReportFileError(document.FullName, "does not exist");
                return 2;
            }

            CyberTiplineSchema schema;
            try
            {
                schema = CyberTiplineSchema.Load(schemaPath);
            }
            catch (Exception exception) when (exception is IOException or InvalidDataException)
            {
                output.Error.WriteLine($"bulwark: {exception.Message}");
                return 2;
            }

            var problems = schema.Validate(File.ReadAllText(document.FullName));
            foreach (var problem in problems)
            {
                output.Error.WriteLine($"{document.Name}:{problem.Line}:{problem.Column}: {(problem.IsMalformed ? "malformed" : "invalid")}: {problem.Message}");
            }

            if (problems.Count == 0)
            {
                output.Out.WriteLine($"{document.Name}: valid");
                return 0;
            }

            return 1;
        });
        return command;
    }
}
