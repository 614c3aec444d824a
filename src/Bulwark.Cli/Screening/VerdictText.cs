using System.Globalization;
using Bulwark.Detection.Policy;
using Bulwark.Detection.Screening;
using Spectre.Console;

namespace Bulwark.Cli.Screening;

/// <summary>A verdict for a person: the action and why, each finding's rule and signals, and the text with the evidence marked.</summary>
internal static class VerdictText
{
    public static void Write(TextWriter writer, string text, Verdict verdict, ScreeningPolicy policy)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 160;
        var summary = VerdictSummary.Of(verdict, policy);
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{VerdictJson.ActionName(verdict.Action).ToUpperInvariant()}: {(summary.Violating ? string.Join(", ", summary.Categories) : "no violation")}" +
            $" (highest violation score {summary.Score:0.00}; policy {verdict.PolicyId} {verdict.PolicyVersion})"));
        if (verdict.Findings.Count == 0)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Simple);
        foreach (var column in new[] { "category", "score", "action", "rule", "signals" })
        {
            table.AddColumn(column);
        }

        foreach (var finding in verdict.Findings.OrderByDescending(finding => finding.Score))
        {
            var action = verdict.Categories.FirstOrDefault(outcome => outcome.Category == finding.Category)?.Action is { } a ? VerdictJson.ActionName(a) : "";
            table.AddRow(
                Markup.Escape(finding.Category),
                finding.Score.ToString("0.00", CultureInfo.InvariantCulture),
                action,
                Markup.Escape(finding.Evidence.RuleId),
                Markup.Escape(finding.Evidence.Detail ?? ""));
        }

        console.Write(table);
        var spans = verdict.Findings.Where(finding => finding.Score >= 0.5).SelectMany(finding => finding.Evidence.Spans)
            .Where(span => span.Start >= 0 && span.End <= text.Length).OrderBy(span => span.Start).ToList();
        if (spans.Count > 0)
        {
            console.WriteLine("evidence: " + Mark(text, spans));
        }
    }

    /// <summary>Every signal the classifier found, one per line: confidence, rule and the words it matched.</summary>
    public static void WriteSignals(TextWriter writer, string text, IReadOnlyList<Detection.Text.Classification.SignalEvidence> signals)
    {
        writer.WriteLine(signals.Count == 0 ? "signals: none" : "signals:");
        foreach (var signal in signals)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {signal.Confidence:0.00}  {signal.RuleId,-40} \"{text.AsSpan(signal.Span.Start, signal.Span.Length)}\""));
        }
    }

    /// <summary>The text with each evidence span in [brackets]; overlapping spans are merged.</summary>
    internal static string Mark(string text, IReadOnlyList<Detection.Text.Normalisation.TextSpan> sorted)
    {
        var builder = new System.Text.StringBuilder(text.Length + 2 * sorted.Count);
        var position = 0;
        var open = -1;
        var end = -1;
        foreach (var span in sorted.Append(new(text.Length + 1, 0)))
        {
            if (open >= 0 && span.Start > end)
            {
                builder.Append('[').Append(text, open, end - open).Append(']');
                position = end;
                open = -1;
            }

            if (span.Start > text.Length)
            {
                break;
            }

            if (open < 0)
            {
                builder.Append(text, position, span.Start - position);
                (open, end) = (span.Start, span.End);
            }
            else
            {
                end = Math.Max(end, span.End);
            }
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }
}
