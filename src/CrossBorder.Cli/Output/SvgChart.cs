using System.Globalization;
using System.Text;
using CrossBorder.Cli.Commands.Fx;
using CrossBorder.Fx;
using NodaTime;

namespace CrossBorder.Cli.Output;

/// <summary>
/// A small self-contained SVG line chart of a rate history with each rule's threshold and re-arm lines and a marker
/// where it fired. Hand-written markup, invariant numbers, no scripts, fonts or external references.
/// </summary>
internal static class SvgChart
{
    private const double Width = 760;
    private const double Height = 360;
    private const double Left = 64;
    private const double Right = 120;
    private const double Top = 36;
    private const double Bottom = 40;

    /// <summary>
    /// Writes the chart to an output registered on the run's <see cref="RunFiles"/> (atomically, refused up front when
    /// it is the rates or rules file): <c>SvgChart.Write(files.Output("--chart", path), observations, rules)</c>.
    /// </summary>
    /// <exception cref="UserErrorException">The file cannot be written.</exception>
    public static void Write(OutputFile output, IReadOnlyList<FxRate> observations, IReadOnlyList<FxWatchCommand.RuleResult> rules)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteAllText(Render(observations, rules));
    }

    /// <summary>The chart's markup. The price plotted is the first rule's side.</summary>
    public static string Render(IReadOnlyList<FxRate> observations, IReadOnlyList<FxWatchCommand.RuleResult> rules)
    {
        ArgumentOutOfRangeException.ThrowIfZero(observations.Count);
        ArgumentOutOfRangeException.ThrowIfZero(rules.Count);
        var side = rules[0].Rule.PriceSide;
        var pair = rules[0].Rule.Pair;
        var prices = observations.Select(o => o.Price(side)).ToList();
        var levels = rules.SelectMany(r => new[] { r.Rule.Threshold, r.Rule.ReArmLevel }).ToList();
        var low = (double)Math.Min(prices.Min(), levels.Min());
        var high = (double)Math.Max(prices.Max(), levels.Max());
        var pad = Math.Max((high - low) * 0.08, 1e-6);
        low -= pad;
        high += pad;
        var start = observations[0].AsOf;
        var span = Math.Max((observations[^1].AsOf - start).TotalSeconds, 1d);
        double X(Instant at) => Left + ((at - start).TotalSeconds / span * (Width - Left - Right));
        double Y(decimal value) => Top + ((high - (double)value) / (high - low) * (Height - Top - Bottom));

        var title = $"{pair} {FxCommands.SideName(side)}, {FxCommands.At(start)} to {FxCommands.At(observations[^1].AsOf)}";
        var svg = new StringBuilder();
        svg.AppendLine("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        svg.AppendLine(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{N(Width)}\" height=\"{N(Height)}\" viewBox=\"0 0 {N(Width)} {N(Height)}\" font-family=\"sans-serif\" font-size=\"11\">");
        svg.AppendLine(CultureInfo.InvariantCulture, $"  <title>{SvgDocument.Escape(title)}</title>");
        svg.AppendLine(CultureInfo.InvariantCulture, $"  <rect x=\"0\" y=\"0\" width=\"{N(Width)}\" height=\"{N(Height)}\" fill=\"#ffffff\"/>");
        svg.AppendLine(CultureInfo.InvariantCulture, $"  <text x=\"{N(Left)}\" y=\"20\" font-size=\"13\" font-weight=\"bold\">{SvgDocument.Escape(title)}</text>");

        // Axes: five horizontal grid lines with their rates, and the first day of each month on the time axis.
        svg.AppendLine("  <g class=\"axes\" stroke=\"#cccccc\" stroke-width=\"1\">");
        for (var i = 0; i <= 4; i++)
        {
            var value = low + ((high - low) * i / 4);
            var y = Y((decimal)value);
            svg.AppendLine(CultureInfo.InvariantCulture, $"    <line x1=\"{N(Left)}\" y1=\"{N(y)}\" x2=\"{N(Width - Right)}\" y2=\"{N(y)}\"/>");
            svg.AppendLine(CultureInfo.InvariantCulture, $"    <text x=\"{N(Left - 6)}\" y=\"{N(y + 4)}\" text-anchor=\"end\" stroke=\"none\" fill=\"#555555\">{value.ToString("0.0000", CultureInfo.InvariantCulture)}</text>");
        }

        var first = observations[0].AsOf.InUtc().Date;
        var month = new LocalDate(first.Year, first.Month, 1).PlusMonths(first.Day == 1 ? 0 : 1);
        var end = observations[^1].AsOf.InUtc().Date;
        while (month <= end)
        {
            var x = X(month.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant());
            svg.AppendLine(CultureInfo.InvariantCulture, $"    <line x1=\"{N(x)}\" y1=\"{N(Top)}\" x2=\"{N(x)}\" y2=\"{N(Height - Bottom)}\"/>");
            svg.AppendLine(CultureInfo.InvariantCulture, $"    <text x=\"{N(x)}\" y=\"{N(Height - Bottom + 16)}\" text-anchor=\"middle\" stroke=\"none\" fill=\"#555555\">{FxCommands.Month(new YearMonth(month.Year, month.Month))}</text>");
            month = month.PlusMonths(1);
        }

        svg.AppendLine("  </g>");

        foreach (var result in rules)
        {
            var rule = result.Rule;
            var id = SvgDocument.Escape(rule.Id);
            var yThreshold = Y(rule.Threshold);
            var yReArm = Y(rule.ReArmLevel);
            svg.AppendLine(CultureInfo.InvariantCulture, $"  <line class=\"threshold\" data-rule=\"{id}\" data-value=\"{D(rule.Threshold)}\" x1=\"{N(Left)}\" y1=\"{N(yThreshold)}\" x2=\"{N(Width - Right)}\" y2=\"{N(yThreshold)}\" stroke=\"#d62728\" stroke-width=\"1.5\"/>");
            svg.AppendLine(CultureInfo.InvariantCulture, $"  <text x=\"{N(Width - Right + 6)}\" y=\"{N(yThreshold + 4)}\" fill=\"#d62728\">threshold {D(rule.Threshold)}</text>");
            svg.AppendLine(CultureInfo.InvariantCulture, $"  <line class=\"rearm\" data-rule=\"{id}\" data-value=\"{D(rule.ReArmLevel)}\" x1=\"{N(Left)}\" y1=\"{N(yReArm)}\" x2=\"{N(Width - Right)}\" y2=\"{N(yReArm)}\" stroke=\"#ff7f0e\" stroke-width=\"1\" stroke-dasharray=\"5 4\"/>");
            svg.AppendLine(CultureInfo.InvariantCulture, $"  <text x=\"{N(Width - Right + 6)}\" y=\"{N(yReArm + 4)}\" fill=\"#ff7f0e\">re-arm {D(rule.ReArmLevel)}</text>");
        }

        var points = string.Join(' ', observations.Select(o => N(X(o.AsOf)) + "," + N(Y(o.Price(side)))));
        svg.AppendLine(CultureInfo.InvariantCulture, $"  <polyline class=\"rate\" fill=\"none\" stroke=\"#1f77b4\" stroke-width=\"1.5\" points=\"{points}\"/>");

        foreach (var result in rules)
        {
            foreach (var e in result.Events)
            {
                var label = $"{FxCommands.At(e.At)} {result.Rule.Id}: {FxCommands.SideName(result.Rule.PriceSide)} {D(e.Price)} → {string.Join(", ", e.Actions)}";
                svg.AppendLine(CultureInfo.InvariantCulture, $"  <circle class=\"fired\" data-rule=\"{SvgDocument.Escape(result.Rule.Id)}\" data-at=\"{FxCommands.At(e.At)}\" cx=\"{N(X(e.At))}\" cy=\"{N(Y(e.Price))}\" r=\"5\" fill=\"#d62728\" stroke=\"#ffffff\" stroke-width=\"1.5\"><title>{SvgDocument.Escape(label)}</title></circle>");
            }
        }

        svg.AppendLine("</svg>");
        return svg.ToString();
    }

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string D(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
