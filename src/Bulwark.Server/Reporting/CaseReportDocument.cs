namespace Bulwark.Server.Reporting;

/// <summary>One XML document of a report as it will be sent (a file's details carry placeholder report and file ids).</summary>
public sealed record CaseReportDocument(string Name, string Xml);
