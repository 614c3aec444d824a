namespace Bulwark.Reporting.Ncmec.Model;

/// <summary>Why a report stands for a batch (the schema's <c>batchedReportReason</c>).</summary>
public enum BatchedReportReason
{
    /// <summary><c>VIRAL_POTENTIAL_MEME</c>: reported people are limited to an ESP identifier and exactly one file is allowed.</summary>
    ViralPotentialMeme,
}
