using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Bulwark.Reporting.Ncmec.Model;

namespace Bulwark.Reporting.Ncmec.Xml;

/// <summary>Reads and writes NCMEC's two response documents.</summary>
internal static class NcmecResponseXml
{
    public static ReportResponse ParseReportResponse(string xml)
    {
        var root = Load(xml, "reportResponse");
        return new ReportResponse
        {
            ResponseCode = Int(root, "responseCode"),
            ResponseDescription = (string?)root.Element("responseDescription") ?? "",
            ReportId = root.Element("reportId") is { } reportId ? Long(reportId) : null,
            FileId = ((string?)root.Element("fileId"))?.Trim(),
            Hash = ((string?)root.Element("hash"))?.Trim(),
        };
    }

    public static ReportDoneResponse ParseReportDoneResponse(string xml)
    {
        var root = Load(xml, "reportDoneResponse");
        var files = root.Element("files") ?? throw new InvalidDataException("<reportDoneResponse> has no <files>.");
        return new ReportDoneResponse
        {
            ResponseCode = Int(root, "responseCode"),
            ReportId = Long(root.Element("reportId") ?? throw new InvalidDataException("<reportDoneResponse> has no <reportId>.")),
            FileIds = files.Elements("fileId").Select(file => file.Value.Trim()).ToList(),
        };
    }

    public static string Write(ReportResponse response) => CyberTiplineXml.ToText(new XDocument(
        new XDeclaration("1.0", "UTF-8", null),
        new XElement(
            "reportResponse",
            new XElement("responseCode", response.ResponseCode),
            new XElement("responseDescription", response.ResponseDescription),
            response.ReportId is { } reportId ? new XElement("reportId", reportId) : null,
            response.FileId is { } fileId ? new XElement("fileId", fileId) : null,
            response.Hash is { } hash ? new XElement("hash", hash) : null)));

    public static string Write(ReportDoneResponse response) => CyberTiplineXml.ToText(new XDocument(
        new XDeclaration("1.0", "UTF-8", null),
        new XElement(
            "reportDoneResponse",
            new XElement("responseCode", response.ResponseCode),
            new XElement("reportId", response.ReportId),
            new XElement("files", response.FileIds.Select(id => new XElement("fileId", id))))));

    private static XElement Load(string xml, string rootName)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            document = XDocument.Load(reader);
        }
        catch (XmlException exception)
        {
            throw new InvalidDataException($"The answer is not XML ({exception.Message}).", exception);
        }

        var root = document.Root!;
        if (root.Name.LocalName != rootName)
        {
            throw new InvalidDataException($"Expected <{rootName}>, got <{root.Name.LocalName}>.");
        }

        return root;
    }

    private static int Int(XElement root, string name) =>
        int.TryParse((string?)root.Element(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidDataException($"<{root.Name.LocalName}> has no numeric <{name}>.");

    private static long Long(XElement element) =>
        long.TryParse(element.Value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidDataException($"<{element.Name.LocalName}> '{element.Value}' is not a number.");
}
