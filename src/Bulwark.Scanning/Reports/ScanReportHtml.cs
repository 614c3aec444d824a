using System.Globalization;
using System.Net;
using System.Text;
using Bulwark.Scanning.Running;

namespace Bulwark.Scanning.Reports;

/// <summary>
/// The report as one self-contained HTML page: totals, bar charts (inline SVG) of flagged records per check and of
/// each shard's outcome, and a table per shard. No scripts, fonts or images are fetched: the page can be opened
/// offline and attached to a ticket as is. Like the JSON report, it shows counts and names, never content.
/// </summary>
internal static class ScanReportHtml
{
    public const string FileName = "report.html";

    private const int BarAreaWidth = 420;
    private const int LabelWidth = 260;
    private const int RowHeight = 22;
    private const int MaxShardBars = 40;

    public static byte[] Render(ScanSummary scan)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Bulwark scan report</title>\n<style>")
            .Append("body{font-family:system-ui,sans-serif;margin:2em;color:#1b1f24;max-width:960px}")
            .Append("table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccd;padding:4px 10px;text-align:right}")
            .Append("td:first-child,th:first-child{text-align:left}.error{color:#a00}.ok{color:#070}")
            .Append("svg text{font-size:12px;font-family:system-ui,sans-serif}")
            .Append("</style></head><body>\n<h1>Bulwark scan report</h1>\n");
        html.Append(Invariant($"<p>{(scan.DryRun ? "Dry run: no cleaned copy was written. " : string.Empty)}Settings fingerprint <code>{scan.Fingerprint}</code>.</p>\n"));
        var reconciles = scan.Shards.All(shard => shard.Reconciles);
        html.Append("<table><tr><th>shards</th><th>malformed shards</th><th>records</th><th>clean</th><th>quarantined</th><th>unreadable</th><th>counts reconcile</th></tr>\n")
            .Append(Invariant($"<tr><td>{scan.Shards.Count:N0}</td><td>{scan.MalformedShards:N0}</td><td>{scan.Records:N0}</td><td>{scan.Clean:N0}</td><td>{scan.Quarantined:N0}</td><td>{scan.Unreadable:N0}</td>"))
            .Append(reconciles ? "<td class=\"ok\">yes</td>" : "<td class=\"error\">NO</td>").Append("</tr></table>\n");

        html.Append("<h2>Flagged records per check</h2>\n");
        html.Append(Bars([.. scan.ByCheck.Select(pair => (pair.Key, (double)pair.Value, "#b5473a"))]));
        html.Append("<h2>Flagged records per rule</h2>\n");
        html.Append(Bars([.. scan.ByRule.Select(pair => (pair.Key, (double)pair.Value, "#c77d2e"))]));
        // A large dataset has many thousands of shards: chart the ones with most left out; the table has them all.
        var read = scan.Shards.Where(shard => shard.Error is null).ToList();
        var charted = read.OrderByDescending(shard => shard.Quarantined + shard.Unreadable).ThenBy(shard => shard.Shard, StringComparer.Ordinal).Take(MaxShardBars).ToList();
        html.Append(read.Count > MaxShardBars
            ? Invariant($"<h2>Left out per shard (the {MaxShardBars} shards with most)</h2>\n")
            : "<h2>Left out per shard</h2>\n");
        html.Append(Bars([.. charted.Select(shard => (shard.Shard, (double)(shard.Quarantined + shard.Unreadable), "#5a6e9c"))]));

        html.Append("<h2>Shards</h2>\n<table><tr><th>shard</th><th>format</th><th>records</th><th>clean</th><th>quarantined</th><th>unreadable</th><th>by check</th></tr>\n");
        foreach (var shard in scan.Shards)
        {
            html.Append("<tr><td>").Append(Encode(shard.Shard)).Append("</td><td>").Append(Encode(shard.Format)).Append("</td>");
            if (shard.Error is not null)
            {
                html.Append("<td colspan=\"5\" class=\"error\">malformed, skipped: ").Append(Encode(shard.Error)).Append("</td>");
            }
            else
            {
                html.Append(Invariant($"<td>{shard.Records:N0}</td><td>{shard.Clean:N0}</td><td>{shard.Quarantined:N0}</td><td>{shard.Unreadable:N0}</td><td>"))
                    .Append(Encode(string.Join(", ", shard.ByCheck.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => Invariant($"{pair.Key} {pair.Value:N0}")))))
                    .Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</table>\n<p>The quarantine manifest (<code>quarantine.jsonl</code>) lists every record left out, with the check, rule and hashes; it never holds content, captions or URLs.</p>\n</body></html>\n");
        return Encoding.UTF8.GetBytes(html.ToString());
    }

    private static string Bars(IReadOnlyList<(string Label, double Value, string Colour)> bars)
    {
        if (bars.Count == 0)
        {
            return "<p>None.</p>\n";
        }

        var max = Math.Max(1, bars.Max(bar => bar.Value));
        var height = (bars.Count * RowHeight) + 4;
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{LabelWidth + BarAreaWidth + 80}\" height=\"{height}\" role=\"img\">\n"));
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value, colour) = bars[i];
            var y = i * RowHeight;
            var width = Math.Max(value > 0 ? 1 : 0, (int)Math.Round(value / max * BarAreaWidth));
            svg.Append(Invariant($"<text x=\"{LabelWidth - 6}\" y=\"{y + 15}\" text-anchor=\"end\">")).Append(Encode(Shorten(label))).Append("</text>")
                .Append(Invariant($"<rect x=\"{LabelWidth}\" y=\"{y + 3}\" width=\"{width}\" height=\"{RowHeight - 6}\" fill=\"{colour}\"/>"))
                .Append(Invariant($"<text x=\"{LabelWidth + width + 6}\" y=\"{y + 15}\">{value:N0}</text>\n"));
        }

        return svg.Append("</svg>\n").ToString();
    }

    private static string Shorten(string label) => label.Length <= 40 ? label : "…" + label[^39..];

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
