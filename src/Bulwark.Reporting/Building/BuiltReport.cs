using Bulwark.Reporting.Ncmec.Model;

namespace Bulwark.Reporting.Building;

/// <summary>A report built from a case, and the files to upload with it (each with its file details).</summary>
public sealed record BuiltReport(string CaseId, CyberTiplineReport Report, IReadOnlyList<BuiltFile> Files);
