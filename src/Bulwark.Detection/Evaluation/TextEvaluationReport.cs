namespace Bulwark.Detection.Evaluation;

/// <summary>Precision, recall and false-positive rate of text screening on a labelled dataset, overall and broken down.</summary>
public sealed record TextEvaluationReport(
    string Dataset,
    string PolicyId,
    string PolicyHash,
    Counts Overall,
    IReadOnlyList<GroupResult> ByCategory,
    IReadOnlyList<GroupResult> ByLanguage,
    IReadOnlyList<ConfusionCell> Confusion,
    IReadOnlyList<TextPrediction> Misses,
    double MicrosecondsPerLine);

/// <summary>A confusion count: how many lines labelled <paramref name="Labelled"/> had <paramref name="Predicted"/> as their first category ("none" when not flagged).</summary>
public sealed record ConfusionCell(string Labelled, string Predicted, int Lines);

/// <summary>The counts of one group of lines (a category, a kind of hard negative, a language).</summary>
/// <param name="Group">The group's name: a category id, <c>benign:kind</c>, or a language code.</param>
/// <param name="Counts">The group's counts.</param>
/// <param name="CategoryAgreement">For a violating category, the share of its lines whose flagged categories include it; null otherwise.</param>
public sealed record GroupResult(string Group, Counts Counts, double? CategoryAgreement);

/// <summary>True and false positives and negatives, and the rates computed from them.</summary>
public sealed record Counts(int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    public int Lines => TruePositives + FalsePositives + FalseNegatives + TrueNegatives;

    /// <summary>TP / (TP + FP); 1 when nothing was flagged.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN); null when the group has no violating lines.</summary>
    public double? Recall => TruePositives + FalseNegatives == 0 ? null : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>FP / (FP + TN); null when the group has no benign lines.</summary>
    public double? FalsePositiveRate => FalsePositives + TrueNegatives == 0 ? null : (double)FalsePositives / (FalsePositives + TrueNegatives);

    public static Counts Of(IEnumerable<TextPrediction> predictions)
    {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        foreach (var p in predictions)
        {
            _ = (p.Item.Violating, p.Flagged) switch
            {
                (true, true) => tp++,
                (false, true) => fp++,
                (true, false) => fn++,
                (false, false) => tn++,
            };
        }

        return new Counts(tp, fp, fn, tn);
    }
}
