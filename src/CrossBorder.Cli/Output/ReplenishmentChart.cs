using System.Globalization;
using System.Text;
using CrossBorder.Replenishment.Files;
using NodaTime;

namespace CrossBorder.Cli.Output;

/// <summary>
/// A self-contained SVG of projected stock by week, one panel per SKU: closing stock without and with the recommended
/// order, the reorder point and safety stock lines, and the order's arrival. Hand-written like <see cref="ForecastChart"/>.
/// </summary>
internal static class ReplenishmentChart
{
    private const int Width = SvgDocument.Width, PanelHeight = SvgDocument.PanelHeight, Left = SvgDocument.Left;
    private const int Right = SvgDocument.Right, Top = SvgDocument.Top, Bottom = SvgDocument.Bottom;

    /// <summary>The SVG document.</summary>
    public static string Svg(IReadOnlyList<SkuPlan> plans) =>
        SvgDocument.Panels("Projected stock: " + string.Join(", ", plans.Select(p => p.Plan.Sku)), plans, Panel);

    /// <summary>Projected closing stock per week if the recommended order is placed (it lands at the start of its arrival week).</summary>
    public static double[] WithOrder(SkuPlan p)
    {
        var plan = p.Plan;
        var projection = plan.Projection;
        var result = new double[projection.Count];
        for (var t = 0; t < result.Length; t++)
        {
            var arrived = plan.ExpectedArrival is { } a && plan.RecommendedOrder.Quantity > 0 && a < projection[t].Start.PlusWeeks(1);
            result[t] = projection[t].ClosingStock + (arrived ? plan.RecommendedOrder.Quantity : 0);
        }

        return result;
    }

    private static void Panel(StringBuilder svg, SkuPlan p, int offset)
    {
        var plan = p.Plan;
        var projection = plan.Projection;
        var n = projection.Count;
        var without = projection.Select(x => x.ClosingStock).ToArray();
        var with = WithOrder(p);
        var opening = n > 0 ? projection[0].ClosingStock + projection[0].Demand - projection[0].Receipts : 0;
        var all = without.Concat(with).Append(p.ReorderPoint).Append(p.SafetyStock).Append(opening).Append(0.0).ToArray();
        var min = all.Min();
        var max = all.Max();
        if (max - min < 1e-9)
        {
            max = min + 1;
        }

        var pad = (max - min) * 0.05;
        min -= pad;
        max += pad;
        var plotWidth = Width - Left - Right;
        var plotHeight = PanelHeight - Top - Bottom;
        double X(double week) => Left + (week / n * plotWidth);
        double Y(double v) => offset + Top + ((max - v) / (max - min) * plotHeight);

        svg.Append(SvgDocument.Invariant($"<g id=\"panel-{SvgDocument.Escape(plan.Sku)}\">\n"));
        svg.Append(SvgDocument.Invariant($"<text x=\"{Left}\" y=\"{offset + 20}\" font-weight=\"bold\">{SvgDocument.Escape(plan.Sku)}</text>\n"));
        svg.Append(SvgDocument.Invariant($"<text x=\"{Left + 120}\" y=\"{offset + 20}\" fill=\"#555555\">order {plan.RecommendedOrder.Quantity} by {SvgDocument.Escape(plan.RecommendedOrderDate is { } od ? Iso(od) : "-")}, arrives {SvgDocument.Escape(plan.ExpectedArrival is { } ea ? Iso(ea) : "-")}; stock-out {SvgDocument.Escape(plan.StockoutDate is { } so ? Iso(so) : "beyond horizon")}</text>\n"));
        svg.Append(SvgDocument.Invariant($"<rect x=\"{Left}\" y=\"{offset + Top}\" width=\"{plotWidth}\" height=\"{plotHeight}\" fill=\"none\" stroke=\"#cccccc\"/>\n"));

        // Axis labels: min, zero, max; week ticks every 4 weeks.
        foreach (var v in new[] { min + pad, 0, max - pad }.Distinct())
        {
            svg.Append(SvgDocument.Invariant($"<text x=\"{Left - 6}\" y=\"{N(Y(v) + 4)}\" text-anchor=\"end\" fill=\"#555555\">{v:0}</text>\n"));
        }

        for (var t = 0; t <= n; t += 4)
        {
            var label = t < n ? projection[t].Start.ToString("MM-dd", CultureInfo.InvariantCulture) : string.Empty;
            svg.Append(SvgDocument.Invariant($"<text x=\"{N(X(t))}\" y=\"{offset + PanelHeight - Bottom + 16}\" text-anchor=\"middle\" fill=\"#555555\">{label}</text>\n"));
        }

        Horizontal(svg, Y(0), "#999999", "zero", null);
        Horizontal(svg, Y(p.ReorderPoint), "#e69f00", "reorder point", "6 3");
        Horizontal(svg, Y(p.SafetyStock), "#d55e00", "safety stock", "2 3");
        Line(svg, opening, without, X, Y, "#0072b2", null, "projected stock");
        if (plan.RecommendedOrder.Quantity > 0)
        {
            Line(svg, opening, with, X, Y, "#009e73", "5 3", "with the recommended order");
            if (plan.ExpectedArrival is { } arrival)
            {
                var week = Period.Between(projection[0].Start, arrival, PeriodUnits.Days).Days / 7.0;
                var x = X(Math.Clamp(week, 0, n));
                svg.Append(SvgDocument.Invariant($"<line x1=\"{N(x)}\" y1=\"{offset + Top}\" x2=\"{N(x)}\" y2=\"{offset + Top + plotHeight}\" stroke=\"#009e73\" stroke-width=\"1\"><title>order arrives {SvgDocument.Escape(Iso(arrival))}</title></line>\n"));
                svg.Append(SvgDocument.Invariant($"<text x=\"{N(x + 4)}\" y=\"{offset + Top + 12}\" fill=\"#009e73\">arrival {SvgDocument.Escape(Iso(arrival))}</text>\n"));
            }
        }

        svg.Append("</g>\n");

        void Horizontal(StringBuilder s, double y, string colour, string title, string? dash)
        {
            var dashAttribute = dash is null ? string.Empty : SvgDocument.Invariant($" stroke-dasharray=\"{dash}\"");
            s.Append(SvgDocument.Invariant($"<line x1=\"{Left}\" y1=\"{N(y)}\" x2=\"{Width - Right}\" y2=\"{N(y)}\" stroke=\"{colour}\" stroke-width=\"1\"{dashAttribute}><title>{title}</title></line>\n"));
            s.Append(SvgDocument.Invariant($"<text x=\"{Width - Right - 4}\" y=\"{N(y - 3)}\" text-anchor=\"end\" fill=\"{colour}\">{title}</text>\n"));
        }
    }

    private static void Line(StringBuilder svg, double opening, double[] closing, Func<double, double> x, Func<double, double> y, string colour, string? dash, string title)
    {
        var points = new StringBuilder();
        points.Append(SvgDocument.Invariant($"{N(x(0))},{N(y(opening))}"));
        for (var t = 0; t < closing.Length; t++)
        {
            points.Append(SvgDocument.Invariant($" {N(x(t + 1))},{N(y(closing[t]))}"));
        }

        var dashAttribute = dash is null ? string.Empty : SvgDocument.Invariant($" stroke-dasharray=\"{dash}\"");
        svg.Append(SvgDocument.Invariant($"<polyline points=\"{points}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\"{dashAttribute}><title>{title}</title></polyline>\n"));
    }

    private static string N(double v) => Math.Round(v, 1).ToString("0.#", CultureInfo.InvariantCulture);

    private static string Iso(LocalDate date) => Commands.CommonOptions.FormatDate(date);
}
