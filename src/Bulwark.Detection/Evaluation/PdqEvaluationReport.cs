namespace Bulwark.Detection.Evaluation;

/// <summary>
/// The outcome of a hash-matching evaluation. Positives are variants of bank images (a hit on the right bank
/// image is a true positive; a hit only on another image is a false positive and a miss); negatives are
/// variants of images not in the bank (any hit is a false positive).
/// </summary>
public sealed record PdqEvaluationReport(
    int Threshold,
    int BankImages,
    int NegativeImages,
    int SkippedLowQualityImages,
    IReadOnlyList<string> RecoverableVariants,
    IReadOnlyList<string> LossyVariants,
    IReadOnlyList<PdqEvaluationResult> Results);
