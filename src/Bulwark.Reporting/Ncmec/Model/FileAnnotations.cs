namespace Bulwark.Reporting.Ncmec.Model;

/// <summary>The <c>fileAnnotations</c> flags of a file.</summary>
[Flags]
public enum FileAnnotations
{
    None = 0,
    AnimeDrawingVirtualHentai = 1,
    PotentialMeme = 2,
    Viral = 4,
    PossibleSelfProduction = 8,
    PhysicalHarm = 16,
    ViolenceGore = 32,
    Bestiality = 64,
    LiveStreaming = 128,
    Infant = 256,

    /// <summary><c>generativeAi</c>: the file was produced by a generative-AI model (NCMEC's Generative AI File Annotation).</summary>
    GenerativeAi = 512,
}
