using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Bulwark.Server.Console;

/// <summary>Renders evidence text HTML-encoded, with the findings' spans (<c>start:length</c> offsets) marked.</summary>
internal static class EvidenceHighlighter
{
    public static IHtmlContent Render(string text, IEnumerable<string?> spanLists)
    {
        var spans = Parse(spanLists, text.Length);
        var html = new StringBuilder(text.Length + spans.Count * 16);
        var at = 0;
        foreach (var (start, end) in spans)
        {
            html.Append(HtmlEncoder.Default.Encode(text[at..start]));
            html.Append("<mark>").Append(HtmlEncoder.Default.Encode(text[start..end])).Append("</mark>");
            at = end;
        }

        html.Append(HtmlEncoder.Default.Encode(text[at..]));
        return new HtmlString(html.ToString());
    }

    /// <summary>The spans inside the text, sorted and merged; malformed or out-of-range ones are dropped, never trusted.</summary>
    internal static List<(int Start, int End)> Parse(IEnumerable<string?> spanLists, int length)
    {
        var spans = new List<(int Start, int End)>();
        foreach (var part in spanLists.OfType<string>().SelectMany(list => list.Split(',', StringSplitOptions.RemoveEmptyEntries)))
        {
            var pair = part.Split(':');
            if (pair.Length == 2
                && int.TryParse(pair[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                && int.TryParse(pair[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
                && count > 0 && start < length)
            {
                spans.Add((start, Math.Min(length, start + count)));
            }
        }

        spans.Sort();
        var merged = new List<(int Start, int End)>();
        foreach (var span in spans)
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, span.End));
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }
}
