using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Bulwark.Server.Console;

/// <summary>Bar charts as inline SVG, drawn on the server: no script, nothing fetched, readable by screen readers (title and a table nearby).</summary>
internal static class SvgChart
{
    private const int Width = 720;
    private const int Height = 220;
    private const int Left = 40;
    private const int Bottom = 40;
    private const int Top = 16;

    /// <summary>One bar per label; each bar stacked from the series' values, in series order.</summary>
    public static IHtmlContent StackedBars(string title, IReadOnlyList<string> labels, IReadOnlyList<(string Name, string CssClass, string Colour, IReadOnlyList<int> Values)> series)
    {
        var max = Math.Max(1, Enumerable.Range(0, labels.Count).Select(i => series.Sum(s => s.Values[i])).DefaultIfEmpty(0).Max());
        var plotHeight = Height - Bottom - Top;
        var slot = (double)(Width - Left - 8) / Math.Max(1, labels.Count);
        var bar = Math.Min(48, slot * 0.7);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" role=\"img\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" aria-label=\"{Encode(title)}\"><title>{Encode(title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Top + plotHeight}\" x2=\"{Width - 4}\" y2=\"{Top + plotHeight}\" stroke=\"#9aa5b1\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{Top + 10}\" text-anchor=\"end\">{max}</text><text x=\"{Left - 6}\" y=\"{Top + plotHeight}\" text-anchor=\"end\">0</text>");
        for (var i = 0; i < labels.Count; i++)
        {
            var x = Left + (i * slot) + ((slot - bar) / 2);
            double y = Top + plotHeight;
            foreach (var (name, _, colour, values) in series)
            {
                var h = plotHeight * values[i] / (double)max;
                if (h <= 0)
                {
                    continue;
                }

                y -= h;
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"{bar:0.#}\" height=\"{h:0.#}\" fill=\"{colour}\"><title>{Encode(labels[i])}: {values[i]} {Encode(name)}</title></rect>");
            }

            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + (bar / 2):0.#}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\">{Encode(labels[i])}</text>");
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);
}
