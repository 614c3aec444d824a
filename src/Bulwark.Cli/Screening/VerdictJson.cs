using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Bulwark.Detection.Policy;
using Bulwark.Detection.Screening;

namespace Bulwark.Cli.Screening;

/// <summary>
/// One verdict as a single JSON line: <c>violating</c>, <c>action</c>, <c>categories</c> (violation categories at or
/// above review), <c>score</c> (the highest violation score), <c>evidence</c> (per finding: category, score, rule,
/// signal rules and spans), plus the policy's id and hash. Streamed with Utf8JsonWriter.
/// </summary>
internal static class VerdictJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Line(Verdict verdict, ScreeningPolicy policy)
    {
        var summary = VerdictSummary.Of(verdict, policy);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteBoolean("violating", summary.Violating);
            json.WriteString("action", ActionName(verdict.Action));
            json.WriteStartArray("categories");
            foreach (var category in summary.Categories)
            {
                json.WriteStringValue(category);
            }

            json.WriteEndArray();
            json.WriteNumber("score", Math.Round(summary.Score, 4));
            json.WriteStartArray("evidence");
            foreach (var finding in verdict.Findings)
            {
                json.WriteStartObject();
                json.WriteString("category", finding.Category);
                json.WriteNumber("score", Math.Round(finding.Score, 4));
                json.WriteString("rule", finding.Evidence.RuleId);
                json.WriteString("detector", finding.Detector);
                if (finding.Evidence.Detail is { } detail)
                {
                    json.WriteString("detail", detail);
                }

                json.WriteStartArray("spans");
                foreach (var span in finding.Evidence.Spans)
                {
                    json.WriteStartObject();
                    json.WriteNumber("start", span.Start);
                    json.WriteNumber("length", span.Length);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (verdict.Failures.Count > 0)
            {
                json.WriteStartArray("failures");
                foreach (var failure in verdict.Failures)
                {
                    json.WriteStringValue($"{failure.Detector}: {failure.Kind}");
                }

                json.WriteEndArray();
            }

            json.WriteString("policy", $"{verdict.PolicyId} {verdict.PolicyVersion}");
            json.WriteString("policy_hash", verdict.PolicyHash);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>A line reporting an input that could not be screened, so output lines stay one per input line.</summary>
    public static string Error(int line, string message)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("line", line);
            json.WriteString("error", message);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public static string ActionName(PolicyAction action) => action switch
    {
        PolicyAction.Allow => "allow",
        PolicyAction.Support => "support",
        PolicyAction.HoldForReview => "hold_for_review",
        PolicyAction.Block => "block",
        PolicyAction.Report => "report",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown action."),
    };
}
