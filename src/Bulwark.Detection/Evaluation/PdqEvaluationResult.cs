namespace Bulwark.Detection.Evaluation;

/// <summary>How one configuration of query views did on the labelled variants.</summary>
public sealed record PdqEvaluationResult(
    string Configuration,
    double HashesPerQuery,
    double MillisecondsPerQuery,
    double Recall,
    double LossyRecall,
    double Precision,
    double FalsePositiveRate,
    int TruePositives,
    int FalseNegatives,
    int FalsePositives,
    int Negatives,
    IReadOnlyDictionary<string, double> RecallByVariant);
