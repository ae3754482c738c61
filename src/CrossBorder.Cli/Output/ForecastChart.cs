using System.Globalization;
using System.Text;
using CrossBorder.Forecasting;
using NodaTime;

namespace CrossBorder.Cli.Output;

/// <summary>One series to draw: its history and its forecast.</summary>
/// <param name="Id">The series id.</param>
/// <param name="History">Observations, oldest first; NaN for missing values (gaps in the line).</param>
/// <param name="Start">The date of the first observation, for date-keyed series.</param>
/// <param name="Period">The seasonal period, which fixes the calendar of date-keyed series.</param>
/// <param name="Forecast">The forecast.</param>
internal sealed record ChartSeries(string Id, double[] History, LocalDate? Start, int Period, Forecast Forecast);

/// <summary>
/// A self-contained SVG of history, point forecast and 80%/95% bands, one panel per series: hand-written, invariant
/// numbers, no scripts, no external fonts or styles, so it opens in any browser and embeds in any page.
/// </summary>
internal static class ForecastChart
{
    private const int Width = SvgDocument.Width, PanelHeight = SvgDocument.PanelHeight, Left = SvgDocument.Left;
    private const int Right = SvgDocument.Right, Top = SvgDocument.Top, Bottom = SvgDocument.Bottom;

    /// <summary>The SVG document.</summary>
    public static string Svg(IReadOnlyList<ChartSeries> series) =>
        SvgDocument.Panels("Forecasts: " + string.Join(", ", series.Select(s => s.Id)), series, Panel);

    /// <summary>An HTML page that holds the SVG.</summary>
    public static string Html(string svg, IReadOnlyList<ChartSeries> series)
    {
        var title = SvgDocument.Escape("Forecasts: " + string.Join(", ", series.Select(s => s.Id)));
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + title + "</title>\n</head>\n<body>\n" +
            svg + "</body>\n</html>\n";
    }

    private static void Panel(StringBuilder svg, ChartSeries s, int offset)
    {
        var forecast = s.Forecast;
        var n = s.History.Length;
        var total = n + forecast.Horizon;
        var values = s.History.Where(double.IsFinite).Concat(forecast.Mean).ToList();
        var p95 = forecast.IntervalAt(0.95);
        var p80 = forecast.IntervalAt(0.8);
        foreach (var band in new[] { p95, p80 })
        {
            if (band is not null)
            {
                values.AddRange(band.Lower);
                values.AddRange(band.Upper);
            }
        }

        var min = values.Count == 0 ? 0 : values.Min();
        var max = values.Count == 0 ? 1 : values.Max();
        if (max - min < 1e-12)
        {
            max = min + 1;
        }

        var plotWidth = Width - Left - Right;
        var plotHeight = PanelHeight - Top - Bottom;
        double X(int index) => Left + (total <= 1 ? 0 : plotWidth * index / (double)(total - 1));
        double Y(double value) => offset + Top + (plotHeight * (max - value) / (max - min));

        svg.Append(SvgDocument.Invariant($"<g id=\"series-{SvgDocument.Escape(Slug(s.Id))}\">\n"));
        svg.Append(SvgDocument.Invariant($"<text x=\"{Left}\" y=\"{offset + 20}\" font-size=\"14\" font-weight=\"bold\">{SvgDocument.Escape(s.Id)}</text>\n"));
        svg.Append(SvgDocument.Invariant($"<text x=\"{Width - Right}\" y=\"{offset + 20}\" text-anchor=\"end\" fill=\"#555555\">{SvgDocument.Escape(forecast.Method)}{(forecast.Reason == FallbackReason.None ? string.Empty : " · fallback: " + forecast.Reason)}</text>\n"));
        svg.Append(SvgDocument.Invariant($"<rect x=\"{Left}\" y=\"{offset + Top}\" width=\"{plotWidth}\" height=\"{plotHeight}\" fill=\"none\" stroke=\"#cccccc\"/>\n"));

        // Axis labels: the range of values and the first, last-observed and last-forecast periods.
        svg.Append(SvgDocument.Invariant($"<text x=\"{Left - 6}\" y=\"{Y(max) + 4:0.##}\" text-anchor=\"end\">{Number(max)}</text>\n"));
        svg.Append(SvgDocument.Invariant($"<text x=\"{Left - 6}\" y=\"{Y(min) + 4:0.##}\" text-anchor=\"end\">{Number(min)}</text>\n"));
        var axisY = offset + PanelHeight - Bottom + 16;
        svg.Append(SvgDocument.Invariant($"<text x=\"{X(0):0.##}\" y=\"{axisY}\">{SvgDocument.Escape(Label(s, 0))}</text>\n"));
        if (n > 0)
        {
            svg.Append(SvgDocument.Invariant($"<line x1=\"{X(n - 1):0.##}\" y1=\"{offset + Top}\" x2=\"{X(n - 1):0.##}\" y2=\"{offset + Top + plotHeight}\" stroke=\"#999999\" stroke-dasharray=\"4 3\"/>\n"));
            // The last-observation label would collide with the horizon's end label on short horizons.
            if (X(total - 1) - X(n - 1) > 150)
            {
                svg.Append(SvgDocument.Invariant($"<text x=\"{X(n - 1):0.##}\" y=\"{axisY}\" text-anchor=\"middle\">{SvgDocument.Escape(Label(s, n - 1))}</text>\n"));
            }
        }

        svg.Append(SvgDocument.Invariant($"<text x=\"{X(total - 1):0.##}\" y=\"{axisY}\" text-anchor=\"end\">{SvgDocument.Escape(Label(s, total - 1))}</text>\n"));

        Band(svg, p95, n, X, Y, "#c6dbef", "95%");
        Band(svg, p80, n, X, Y, "#6baed6", "80%");

        // History, broken at missing values.
        var segment = new List<string>();
        for (var i = 0; i <= n; i++)
        {
            if (i < n && double.IsFinite(s.History[i]))
            {
                segment.Add(SvgDocument.Invariant($"{X(i):0.##},{Y(s.History[i]):0.##}"));
                continue;
            }

            if (segment.Count > 0)
            {
                svg.Append("<polyline class=\"history\" fill=\"none\" stroke=\"#222222\" stroke-width=\"1.5\" points=\"").Append(string.Join(' ', segment)).Append("\"/>\n");
                segment.Clear();
            }
        }

        // The point forecast, joined to the last observation.
        var points = new List<string>();
        if (n > 0 && double.IsFinite(s.History[n - 1]))
        {
            points.Add(SvgDocument.Invariant($"{X(n - 1):0.##},{Y(s.History[n - 1]):0.##}"));
        }

        for (var step = 0; step < forecast.Horizon; step++)
        {
            points.Add(SvgDocument.Invariant($"{X(n + step):0.##},{Y(forecast.Mean[step]):0.##}"));
        }

        svg.Append("<polyline class=\"forecast\" fill=\"none\" stroke=\"#d62728\" stroke-width=\"2\" points=\"").Append(string.Join(' ', points)).Append("\"/>\n");
        svg.Append("</g>\n");
    }

    private static void Band(StringBuilder svg, PredictionInterval? band, int n, Func<int, double> x, Func<double, double> y, string colour, string name)
    {
        if (band is null)
        {
            return;
        }

        var upper = band.Upper.Select((v, i) => SvgDocument.Invariant($"{x(n + i):0.##},{y(v):0.##}"));
        var lower = band.Lower.Select((v, i) => SvgDocument.Invariant($"{x(n + i):0.##},{y(v):0.##}")).Reverse();
        svg.Append(SvgDocument.Invariant($"<polygon class=\"band\" fill=\"{colour}\" fill-opacity=\"0.7\" stroke=\"none\" points=\"")).Append(string.Join(' ', upper.Concat(lower))).Append("\">")
            .Append("<title>").Append(name).Append(" interval</title></polygon>\n");
    }

    /// <summary>The label of period <paramref name="index"/>: its date for date-keyed series, else t = index + 1.</summary>
    private static string Label(ChartSeries s, int index)
    {
        if (s.Start is not { } start)
        {
            return SvgDocument.Invariant($"t={index + 1}");
        }

        var date = s.Period switch
        {
            7 => start.PlusDays(index),
            52 => start.PlusWeeks(index),
            12 => start.PlusMonths(index),
            4 => start.PlusMonths(3 * index),
            _ => start.PlusYears(index),
        };
        return date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
    }

    private static string Number(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    private static string Slug(string id) => new([.. id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_')]);
}
