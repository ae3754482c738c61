using System.Globalization;
using System.Text;

namespace CrossBorder.Scorecards;

/// <summary>
/// A scored card as a radar chart: one axis per metric in the card's order, clockwise from the top, with its score
/// 0–100 as the distance from the centre; concentric red, amber and green bands (illustrations, see
/// <see cref="RadarChartOptions"/>); the polygon of the scores with each metric's marker in the colour of its own
/// status; metrics without a score drawn as dashed axes, left out of the polygon (a gap, never a zero) and listed in a
/// note. Self-contained (no scripts, fonts, styles or external references), every label XML-escaped, numbers written
/// with the invariant culture, and the same card always gives the same bytes.
/// </summary>
/// <remarks>
/// Every metric axis is an SVG group <c>&lt;g class="axis" data-metric="id"&gt;</c>, with
/// <c>data-score</c> and <c>data-status</c> when the metric has a score and <c>data-missing="true"</c> when not, so
/// that a program can read the chart back.
/// </remarks>
public static class RadarChart
{
    private const double LabelMarginX = 150;
    private const double LabelMarginY = 52;
    private const double HeaderHeight = 56;
    private const double LineHeight = 16;

    /// <summary>The chart as a standalone SVG document (UTF-8, starting with the XML declaration).</summary>
    /// <param name="result">The card to draw; it needs at least one metric.</param>
    /// <param name="options">Band edges, radius and title; null for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    /// <exception cref="ArgumentException">The card has no metrics, or a metric's score is outside 0–100.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The options cannot be drawn (see <see cref="RadarChartOptions"/>).</exception>
    public static string Svg(ScorecardResult result, RadarChartOptions? options = null)
    {
        var svg = new StringBuilder(4096);
        svg.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        Draw(svg, result, options);
        return svg.ToString();
    }

    /// <summary>
    /// The chart as a self-contained HTML page (UTF-8): the SVG inline, then a table of each metric's value, score,
    /// status and reasons, and the card's alerts.
    /// </summary>
    /// <inheritdoc cref="Svg(ScorecardResult, RadarChartOptions?)" />
    public static string Html(ScorecardResult result, RadarChartOptions? options = null)
    {
        var html = new StringBuilder(8192);
        var title = Markup.Escape(Title(result, options));
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>").Append(title).Append("</title>\n</head>\n");
        html.Append("<body style=\"font-family:sans-serif\">\n<figure>\n");
        Draw(html, result, options);
        html.Append("<figcaption>").Append(title).Append("</figcaption>\n</figure>\n");
        html.Append("<table>\n<thead><tr><th>metric</th><th>role</th><th>value</th><th>score</th><th>status</th><th>weight</th><th>reasons</th></tr></thead>\n<tbody>\n");
        foreach (var m in result.Metrics)
        {
            html.Append("<tr data-metric=\"").Append(Markup.Escape(m.Id)).Append("\"><td>").Append(Markup.Escape(m.Name))
                .Append("</td><td>").Append(RoleName(m.Role))
                .Append("</td><td>").Append(m.Value is { } v ? Math.Round(v, 6, MidpointRounding.AwayFromZero).ToString("0.######", CultureInfo.InvariantCulture) : "missing")
                .Append("</td><td>").Append(m.Score is { } s ? Markup.D(s) : "—")
                .Append("</td><td>").Append(m.Status is { } st ? StatusName(st) : "—")
                .Append("</td><td>").Append(Markup.D(m.Weight * 100m)).Append("%</td><td>")
                .Append(Markup.Escape(string.Join("; ", m.Reasons))).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        if (result.Alerts.Count > 0)
        {
            html.Append("<h2>Alerts</h2>\n<ul>\n");
            foreach (var a in result.Alerts)
            {
                html.Append("<li>").Append(StatusName(a.Severity)).Append(' ').Append(Markup.Escape(a.MetricId)).Append(' ')
                    .Append(a.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(" (").Append(Markup.Escape(a.Method))
                    .Append("): ").Append(Markup.Escape(a.Detail)).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>Appends the <c>&lt;svg&gt;</c> element.</summary>
    private static void Draw(StringBuilder svg, ScorecardResult result, RadarChartOptions? options)
    {
        ArgumentNullException.ThrowIfNull(result);
        options ??= new RadarChartOptions();
        options.Validate(nameof(options));
        var metrics = result.Metrics;
        if (metrics.Count == 0)
        {
            throw new ArgumentException("The card has no metrics to draw.", nameof(result));
        }

        foreach (var m in metrics)
        {
            if (m.Score is < 0m or > 100m)
            {
                throw new ArgumentException(FormattableString.Invariant($"Metric '{m.Id}' has score {m.Score}; a score is 0 to 100."), nameof(result));
            }
        }

        var missing = metrics.Where(m => m.Score is null).ToList();
        double radius = options.Radius;
        var width = 2 * (radius + LabelMarginX);
        var cx = width / 2;
        var cy = HeaderHeight + LabelMarginY + radius;
        var legendY = cy + radius + LabelMarginY;
        var height = legendY + LineHeight + (missing.Count > 0 ? (missing.Count + 1) * LineHeight : 0) + 12;
        var n = metrics.Count;
        double Angle(int i) => (-Math.PI / 2) + (2 * Math.PI * i / n);
        double X(int i, double r) => cx + (r * Math.Cos(Angle(i)));
        double Y(int i, double r) => cy + (r * Math.Sin(Angle(i)));
        double R(decimal score) => radius * (double)score / 100;

        var title = Markup.Escape(Title(result, options));
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Markup.N(width)}\" height=\"{Markup.N(height)}\" viewBox=\"0 0 {Markup.N(width)} {Markup.N(height)}\" font-family=\"sans-serif\" font-size=\"11\">\n"));
        svg.Append("<title>").Append(title).Append("</title>\n");
        svg.Append(Invariant($"<rect width=\"{Markup.N(width)}\" height=\"{Markup.N(height)}\" fill=\"#ffffff\"/>\n"));
        svg.Append("<text x=\"12\" y=\"22\" font-size=\"14\" font-weight=\"bold\">").Append(title).Append("</text>\n");
        svg.Append("<text x=\"12\" y=\"40\">").Append(Markup.Escape(Summary(result))).Append("</text>\n");

        // Bands from the outside in, each circle painted over the larger one: green, amber, red.
        svg.Append("<g class=\"bands\" stroke=\"none\">\n");
        AppendBand(svg, "green", "#e3f2dc", cx, cy, radius, 100m, options.GreenFrom);
        AppendBand(svg, "amber", "#fdf0cf", cx, cy, R(options.GreenFrom), options.GreenFrom, options.AmberFrom);
        AppendBand(svg, "red", "#f9dcdb", cx, cy, R(options.AmberFrom), options.AmberFrom, 0m);
        svg.Append("</g>\n");

        // Rings at every 25 points with their score, on the upward axis.
        svg.Append("<g class=\"rings\" fill=\"none\" stroke=\"#bbbbbb\" stroke-width=\"0.75\">\n");
        foreach (var ring in (ReadOnlySpan<int>)[25, 50, 75, 100])
        {
            svg.Append(Invariant($"<circle cx=\"{Markup.N(cx)}\" cy=\"{Markup.N(cy)}\" r=\"{Markup.N(R(ring))}\"/>\n"));
            svg.Append(Invariant($"<text x=\"{Markup.N(cx + 3)}\" y=\"{Markup.N(cy - R(ring) + 11)}\" stroke=\"none\" fill=\"#888888\" font-size=\"9\">{ring}</text>\n"));
        }

        svg.Append("</g>\n");

        AppendPolygon(svg, metrics, (i, s) => (X(i, R(s)), Y(i, R(s))));

        for (var i = 0; i < n; i++)
        {
            AppendAxis(svg, metrics[i], X(i, radius), Y(i, radius), X(i, radius + 10), Y(i, radius + 10), Math.Cos(Angle(i)), Math.Sin(Angle(i)), cx, cy, m => (X(i, R(m)), Y(i, R(m))));
        }

        // Legend and the note on missing metrics.
        var y = legendY;
        var x = 12d;
        svg.Append("<g class=\"legend\">\n");
        foreach (var (name, fill, text) in new[]
        {
            ("red", "#f9dcdb", $"red band: score below {Markup.D(options.AmberFrom)}"),
            ("amber", "#fdf0cf", $"amber: {Markup.D(options.AmberFrom)} to below {Markup.D(options.GreenFrom)}"),
            ("green", "#e3f2dc", $"green: {Markup.D(options.GreenFrom)} and above"),
        })
        {
            svg.Append(Invariant($"<rect class=\"{name}\" x=\"{Markup.N(x)}\" y=\"{Markup.N(y - 9)}\" width=\"10\" height=\"10\" fill=\"{fill}\" stroke=\"#999999\" stroke-width=\"0.5\"/>\n"));
            svg.Append(Invariant($"<text x=\"{Markup.N(x + 14)}\" y=\"{Markup.N(y)}\">{text}</text>\n"));
            x += 160;
        }

        svg.Append(Invariant($"<text x=\"12\" y=\"{Markup.N(y + LineHeight)}\" fill=\"#555555\">Bands are illustrations; a marker's colour is the metric's own status from its thresholds.</text>\n"));
        svg.Append("</g>\n");
        if (missing.Count > 0)
        {
            y += 2 * LineHeight;
            svg.Append("<g class=\"missing-note\">\n");
            svg.Append(Invariant($"<text x=\"12\" y=\"{Markup.N(y)}\" font-weight=\"bold\">Missing (a gap in the polygon, not a zero):</text>\n"));
            foreach (var m in missing)
            {
                y += LineHeight;
                var why = m.Reasons.Count > 0 ? ": " + string.Join("; ", m.Reasons) : ": no value";
                svg.Append(Invariant($"<text x=\"24\" y=\"{Markup.N(y)}\" data-metric=\"{Markup.Escape(m.Id)}\">")).Append(Markup.Escape(m.Name + why)).Append("</text>\n");
            }

            svg.Append("</g>\n");
        }

        svg.Append("</svg>\n");
    }

    private static void AppendBand(StringBuilder svg, string name, string fill, double cx, double cy, double r, decimal to, decimal from) =>
        svg.Append(Invariant($"<circle class=\"band-{name}\" data-from=\"{Markup.D(from)}\" data-to=\"{Markup.D(to)}\" cx=\"{Markup.N(cx)}\" cy=\"{Markup.N(cy)}\" r=\"{Markup.N(r)}\" fill=\"{fill}\"/>\n"));

    /// <summary>
    /// The scores' shape: one closed polygon when every metric has a score; otherwise, for each run of two or more
    /// neighbouring axes with scores, the wedge from the centre through them, so that the shape never crosses a
    /// missing axis.
    /// </summary>
    private static void AppendPolygon(StringBuilder svg, IReadOnlyList<MetricScore> metrics, Func<int, decimal, (double X, double Y)> point)
    {
        var n = metrics.Count;
        string P(int i)
        {
            var (x, y) = point(i, metrics[i].Score!.Value);
            return Markup.N(x) + "," + Markup.N(y);
        }

        const string Style = "fill=\"#1f77b4\" fill-opacity=\"0.22\" stroke=\"#1f77b4\" stroke-width=\"2\" stroke-linejoin=\"round\"";
        if (metrics.All(m => m.Score is not null))
        {
            if (n >= 2)
            {
                svg.Append("<polygon class=\"scores\" ").Append(Style).Append(" points=\"").AppendJoin(' ', Enumerable.Range(0, n).Select(P)).Append("\"/>\n");
            }

            return;
        }

        // Runs start just after a missing axis and go clockwise until the next missing one.
        var runs = new List<List<int>>();
        var first = Enumerable.Range(0, n).First(i => metrics[i].Score is null);
        List<int>? run = null;
        for (var k = 1; k <= n; k++)
        {
            var i = (first + k) % n;
            if (metrics[i].Score is null)
            {
                if (run is { Count: >= 2 })
                {
                    runs.Add(run);
                }

                run = null;
            }
            else
            {
                (run ??= []).Add(i);
            }
        }

        if (runs.Count == 0)
        {
            return;
        }

        var (cx, cy) = point(0, 0m);
        var centre = Markup.N(cx) + "," + Markup.N(cy);
        svg.Append("<g class=\"scores\">\n");
        foreach (var r in runs)
        {
            svg.Append("<path fill=\"#1f77b4\" fill-opacity=\"0.22\" stroke=\"none\" d=\"M").Append(centre);
            foreach (var i in r)
            {
                svg.Append(" L").Append(P(i));
            }

            svg.Append(" Z\"/>\n");
            svg.Append("<polyline fill=\"none\" stroke=\"#1f77b4\" stroke-width=\"2\" stroke-linejoin=\"round\" points=\"").AppendJoin(' ', r.Select(P)).Append("\"/>\n");
        }

        svg.Append("</g>\n");
    }

    /// <summary>One metric's axis, marker and two-line label (name; score and status, or "missing").</summary>
    private static void AppendAxis(StringBuilder svg, MetricScore m, double endX, double endY, double labelX, double labelY, double cos, double sin, double cx, double cy, Func<decimal, (double X, double Y)> point)
    {
        svg.Append("<g class=\"axis\" data-metric=\"").Append(Markup.Escape(m.Id)).Append('"');
        if (m.Score is { } score)
        {
            svg.Append(" data-score=\"").Append(score.ToString(CultureInfo.InvariantCulture)).Append('"');
            if (m.Status is { } s)
            {
                svg.Append(" data-status=\"").Append(StatusName(s)).Append('"');
            }
        }
        else
        {
            svg.Append(" data-missing=\"true\"");
        }

        svg.Append(">\n");
        var dash = m.Score is null ? " stroke-dasharray=\"4 4\"" : string.Empty;
        svg.Append(Invariant($"<line x1=\"{Markup.N(cx)}\" y1=\"{Markup.N(cy)}\" x2=\"{Markup.N(endX)}\" y2=\"{Markup.N(endY)}\" stroke=\"#777777\" stroke-width=\"1\"{dash}/>\n"));
        if (m.Score is { } value)
        {
            var (x, y) = point(value);
            var colour = m.Status is { } st ? StatusColour(st) : "#1f77b4";
            var ring = m.HardLimitBreached ? " stroke=\"#000000\" stroke-width=\"2\"" : " stroke=\"#ffffff\" stroke-width=\"1.5\"";
            svg.Append(Invariant($"<circle cx=\"{Markup.N(x)}\" cy=\"{Markup.N(y)}\" r=\"4.5\" fill=\"{colour}\"{ring}><title>"))
                .Append(Markup.Escape(m.Name + ": " + ScoreText(m))).Append("</title></circle>\n");
        }

        var anchor = cos > 0.01 ? "start" : cos < -0.01 ? "end" : "middle";
        var firstLine = sin < -0.5 ? labelY - LineHeight - 2 : sin > 0.5 ? labelY + 10 : labelY - 3;
        var name = m.Name.Length > 32 ? m.Name[..31] + "…" : m.Name;
        svg.Append(Invariant($"<text x=\"{Markup.N(labelX)}\" y=\"{Markup.N(firstLine)}\" text-anchor=\"{anchor}\"><title>"))
            .Append(Markup.Escape(m.Name)).Append("</title>").Append(Markup.Escape(name))
            .Append(Invariant($"<tspan x=\"{Markup.N(labelX)}\" dy=\"{Markup.N(LineHeight - 3)}\" fill=\"{(m.Score is null ? "#777777" : "#333333")}\">"))
            .Append(Markup.Escape(ScoreText(m))).Append("</tspan></text>\n");
        svg.Append("</g>\n");
    }

    private static string ScoreText(MetricScore m) =>
        m.Score is not { } s ? "missing"
        : (m.Status is { } st ? Markup.D(s) + " · " + StatusName(st) : Markup.D(s)) + (m.HardLimitBreached ? " · hard limit" : string.Empty);

    private static string Title(ScorecardResult result, RadarChartOptions? options) =>
        options?.Title ?? result.Entity + ", " + result.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Summary(ScorecardResult result) =>
        (result.Score is { } s ? "score " + Markup.D(s) : "no score (coverage too low)") + " · " + StatusName(result.Status) +
        " · coverage " + Markup.D(result.Coverage * 100m) + "%";

    private static string StatusName(RagStatus status) => status switch
    {
        RagStatus.Green => "green",
        RagStatus.Amber => "amber",
        RagStatus.Red => "red",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not a RAG status."),
    };

    private static string StatusColour(RagStatus status) => status switch
    {
        RagStatus.Green => "#2ca02c",
        RagStatus.Amber => "#ff9f0e",
        RagStatus.Red => "#d62728",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not a RAG status."),
    };

    private static string RoleName(MetricRole role) => role switch
    {
        MetricRole.NorthStar => "north star",
        MetricRole.Input => "input",
        MetricRole.Guardrail => "guardrail",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Not a metric role."),
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
