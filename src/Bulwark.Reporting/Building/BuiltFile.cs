using Bulwark.Reporting.Cases;
using Bulwark.Reporting.Ncmec.Model;

namespace Bulwark.Reporting.Building;

/// <summary>
/// One evidence file and its details. <see cref="Details"/> carries placeholder report and file ids (0, "pending"):
/// NCMEC assigns the real ones at submit and upload, and the outbox fills them in.
/// </summary>
public sealed record BuiltFile(EvidenceFile Evidence, FileDetails Details);
