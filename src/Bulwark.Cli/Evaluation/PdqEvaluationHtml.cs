using System.Globalization;
using System.Net;
using System.Text;
using Bulwark.Detection.Evaluation;

namespace Bulwark.Cli.Evaluation;

/// <summary>Renders an evaluation as a self-contained HTML page: the summary table and a recall-by-edit bar chart.</summary>
internal static class PdqEvaluationHtml
{
    private static readonly string[] Palette = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1"];

    public static string Render(PdqEvaluationReport report)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Bulwark PDQ matching evaluation</title>")
            .Append("<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:70rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:right}th:first-child,td:first-child{text-align:left}</style></head><body>")
            .Append("<h1>PDQ matching evaluation</h1>")
            .Append(Invariant($"<p>Distance &le; {report.Threshold}; {report.BankImages} bank images, {report.NegativeImages} other images, {report.SkippedLowQualityImages} skipped for quality below 50.</p>"))
            .Append("<table><thead><tr><th>views</th><th>hashes/query</th><th>ms/query</th><th>recall</th><th>recall (lossy edits)</th><th>precision</th><th>false-positive rate</th></tr></thead><tbody>");
        foreach (var result in report.Results)
        {
            html.Append(Invariant($"<tr><td>{WebUtility.HtmlEncode(result.Configuration)}</td><td>{result.HashesPerQuery:F1}</td><td>{result.MillisecondsPerQuery:F2}</td><td>{result.Recall:P1}</td><td>{result.LossyRecall:P1}</td><td>{result.Precision:P2}</td><td>{result.FalsePositiveRate:P2}</td></tr>"));
        }

        html.Append("</tbody></table><h2>Recall by edit</h2>").Append(Chart(report)).Append("</body></html>");
        return html.ToString();
    }

    private static string Chart(PdqEvaluationReport report)
    {
        var variants = report.RecoverableVariants.Concat(report.LossyVariants).ToList();
        const int barHeight = 6;
        const int labelWidth = 170;
        const int plotWidth = 500;
        var groupHeight = (report.Results.Count * barHeight) + 8;
        var height = (variants.Count * groupHeight) + 30 + (report.Results.Count * 16);
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{labelWidth + plotWidth + 20}\" height=\"{height}\" role=\"img\" aria-label=\"Recall by edit for each configuration\">"));
        for (var v = 0; v < variants.Count; v++)
        {
            var top = v * groupHeight;
            svg.Append(Invariant($"<text x=\"0\" y=\"{top + (groupHeight / 2) + 4}\" font-size=\"12\">{WebUtility.HtmlEncode(variants[v])}</text>"));
            for (var r = 0; r < report.Results.Count; r++)
            {
                var recall = report.Results[r].RecallByVariant.GetValueOrDefault(variants[v]);
                svg.Append(Invariant($"<rect x=\"{labelWidth}\" y=\"{top + (r * barHeight)}\" width=\"{recall * plotWidth:F1}\" height=\"{barHeight - 1}\" fill=\"{Palette[r % Palette.Length]}\"><title>{WebUtility.HtmlEncode(report.Results[r].Configuration)}: {recall:P0}</title></rect>"));
            }
        }

        var legendTop = (variants.Count * groupHeight) + 10;
        for (var r = 0; r < report.Results.Count; r++)
        {
            svg.Append(Invariant($"<rect x=\"{labelWidth}\" y=\"{legendTop + (r * 16)}\" width=\"12\" height=\"12\" fill=\"{Palette[r % Palette.Length]}\"/><text x=\"{labelWidth + 18}\" y=\"{legendTop + (r * 16) + 11}\" font-size=\"12\">{WebUtility.HtmlEncode(report.Results[r].Configuration)}</text>"));
        }

        return svg.Append("</svg>").ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
