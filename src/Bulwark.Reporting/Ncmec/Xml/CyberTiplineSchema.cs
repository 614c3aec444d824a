using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Bulwark.Reporting.Ncmec.Xml;

/// <summary>
/// NCMEC's XML schema (what <c>GET /xsd</c> serves), compiled once, validating documents with line numbers.
/// Bulwark does not ship NCMEC's schema: load it from a file (NCMEC's copy, or <c>/xsd</c> saved to disk) or from
/// text fetched from NCMEC with <c>NcmecClient.GetSchemaAsync</c>.
/// </summary>
public sealed class CyberTiplineSchema
{
    private readonly XmlSchemaSet _schemas;

    private CyberTiplineSchema(XmlSchemaSet schemas)
    {
        _schemas = schemas;
    }

    /// <summary>Reads and compiles the schema at <paramref name="path"/>; a clear error when it is missing or broken.</summary>
    public static CyberTiplineSchema Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"NCMEC's schema was not found at '{path}'. Save it from NCMEC (GET /xsd) and point the configuration at it.", path);
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Compiles schema text; <paramref name="origin"/> names it in errors.</summary>
    public static CyberTiplineSchema Parse(string xsd, string origin = "the schema")
    {
        ArgumentNullException.ThrowIfNull(xsd);
        var schemas = new XmlSchemaSet { XmlResolver = null };
        try
        {
            using var reader = XmlReader.Create(new StringReader(xsd), SafeSettings());
            schemas.Add(null, reader);
            schemas.Compile();
        }
        catch (Exception exception) when (exception is XmlException or XmlSchemaException)
        {
            throw new InvalidDataException($"{origin} is not a usable XML schema: {exception.Message}", exception);
        }

        if (!schemas.GlobalElements.Contains(new XmlQualifiedName("report")))
        {
            throw new InvalidDataException($"{origin} does not define NCMEC's <report> element; is it the CyberTipline schema?");
        }

        return new CyberTiplineSchema(schemas);
    }

    /// <summary>Problems of <paramref name="xml"/> against the schema, in document order; empty when it is valid.</summary>
    public IReadOnlyList<SchemaProblem> Validate(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var problems = new List<SchemaProblem>();
        var settings = SafeSettings();
        settings.ValidationType = ValidationType.Schema;
        settings.Schemas = _schemas;
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => problems.Add(new SchemaProblem(
            e.Exception.LineNumber,
            e.Exception.LinePosition,
            e.Message,
            IsMalformed: false));
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            var sawRoot = false;
            while (reader.Read())
            {
                sawRoot |= reader.NodeType == XmlNodeType.Element;
            }

            if (!sawRoot)
            {
                problems.Add(new SchemaProblem(1, 1, "The document has no root element.", IsMalformed: true));
            }
        }
        catch (XmlException exception)
        {
            problems.Add(new SchemaProblem(exception.LineNumber, exception.LinePosition, exception.Message, IsMalformed: true));
        }

        return problems;
    }

    /// <summary>Problems of a document built in memory (validated as the text that would be sent).</summary>
    public IReadOnlyList<SchemaProblem> Validate(XDocument document) => Validate(CyberTiplineXml.ToText(document));

    // No DTDs and no external resolution: documents come from outside (the fake server, operators' files).
    private static XmlReaderSettings SafeSettings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
    };
}
