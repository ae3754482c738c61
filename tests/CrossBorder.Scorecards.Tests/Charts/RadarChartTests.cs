using System.Globalization;
using System.Xml.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CrossBorder.Scorecards.Tests.Charts;

public class RadarChartTests
{
    private static readonly XNamespace SvgNs = "http://www.w3.org/2000/svg";

    /// <summary>
    /// A card written by hand: six metrics, one of them missing, one breaching a hard limit. Its SVG is the golden file
    /// Charts/Data/radar-golden.svg, which was checked by eye (rendered to PNG) and whose geometry is checked
    /// independently by <see cref="Markers_sit_where_the_geometry_puts_them"/>.
    /// </summary>
    internal static ScorecardResult Card() => new(
        "store-eu",
        new LocalDate(2026, 11, 30),
        68.4m,
        0.9m,
        RagStatus.Red,
        [
            new MetricScore("gmv", "Monthly GMV", MetricRole.NorthStar, 125_000m, 80m, RagStatus.Green, 0.3m, ["GMV 125000 above the 110000 target"]),
            new MetricScore("conversion", "Conversion rate", MetricRole.Input, 0.112m, 62.5m, RagStatus.Amber, 0.2m, ["conversion 11.2% between 10% and 12%: amber"]),
            new MetricScore("odr", "Order defect rate", MetricRole.Guardrail, 0.004m, 90m, RagStatus.Green, 0.15m, []),
            new MetricScore("late", "Late shipment rate", MetricRole.Guardrail, 0.046m, 20m, RagStatus.Red, 0.15m, ["late shipment 4.6% above the 4% limit: red"]) { HardLimitBreached = true },
            new MetricScore("returns", "Return rate", MetricRole.Input, null, null, null, 0m, ["missing: 3 orders below the minimum of 50"]),
            new MetricScore("rating", "Customer rating", MetricRole.Input, 4.8m, 100m, RagStatus.Green, 0.2m, []),
        ],
        []);

    [Theory]
    [InlineData("en-US")]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("ar-SA")]
    public async Task The_svg_of_a_fixed_card_matches_the_golden_file_byte_for_byte_in_any_culture(string culture)
    {
        var expected = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Charts", "Data", "radar-golden.svg"));

        // The culture is set inside the task: it flows no further than the task's own execution context.
        var svg = await Task.Run(() =>
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            return RadarChart.Svg(Card());
        });
        Assert.Equal(expected, System.Text.Encoding.UTF8.GetBytes(svg));
    }

    [Fact]
    public void Markers_sit_where_the_geometry_puts_them()
    {
        // Default radius 160, label margins 150 × 52 and a 56-pixel header: the centre is at x = 160 + 150 = 310,
        // y = 56 + 52 + 160 = 268. Six axes clockwise from the top, 60° apart. By hand:
        // gmv (top, score 80): r = 0.8 × 160 = 128 → (310, 268 − 128) = (310, 140);
        // conversion (60° clockwise from the top, score 62.5): r = 100 → (310 + 100 sin 60°, 268 − 100 cos 60°) = (396.6, 218);
        // late (bottom, score 20): r = 32 → (310, 300).
        var doc = XDocument.Parse(RadarChart.Svg(Card()));
        (string X, string Y) Marker(string id)
        {
            var circle = Axis(doc, id).Element(SvgNs + "circle")!;
            return ((string)circle.Attribute("cx")!, (string)circle.Attribute("cy")!);
        }

        Assert.Equal(("310", "140"), Marker("gmv"));
        Assert.Equal(("396.6", "218"), Marker("conversion"));
        Assert.Equal(("310", "300"), Marker("late"));
        Assert.Equal("20", (string)Axis(doc, "late").Attribute("data-score")!);
        Assert.Equal("red", (string)Axis(doc, "late").Attribute("data-status")!);
    }

    [Fact]
    public void A_missing_metric_is_a_dashed_axis_with_a_note_and_the_shape_does_not_cross_it()
    {
        var doc = XDocument.Parse(RadarChart.Svg(Card()));
        var returns = Axis(doc, "returns");
        Assert.Equal("true", (string)returns.Attribute("data-missing")!);
        Assert.Null(returns.Element(SvgNs + "circle"));
        Assert.NotNull(returns.Element(SvgNs + "line")!.Attribute("stroke-dasharray"));
        var note = doc.Descendants(SvgNs + "g").Single(g => (string?)g.Attribute("class") == "missing-note");
        Assert.Contains("Return rate: missing: 3 orders below the minimum of 50", note.Value, StringComparison.Ordinal);

        // No closed polygon: the one run of scored axes (rating, gmv, conversion, odr, late, clockwise after the gap)
        // is a wedge from the centre; its outline visits those five markers and never the returns axis.
        Assert.Empty(doc.Descendants(SvgNs + "polygon"));
        var outline = doc.Descendants(SvgNs + "polyline").Single();
        Assert.Equal(5, ((string)outline.Attribute("points")!).Split(' ').Length);
    }

    [Fact]
    public void A_full_card_is_one_closed_polygon()
    {
        var card = Card();
        var full = new ScorecardResult(card.Entity, card.AsOf, card.Score, 1m, card.Status, [.. card.Metrics.Where(m => m.Score is not null)], []);
        var doc = XDocument.Parse(RadarChart.Svg(full));
        Assert.Equal(5, ((string)doc.Descendants(SvgNs + "polygon").Single().Attribute("points")!).Split(' ').Length);
        Assert.Empty(doc.Descendants(SvgNs + "polyline"));
        Assert.Null(doc.Descendants(SvgNs + "g").SingleOrDefault(g => (string?)g.Attribute("class") == "missing-note"));
    }

    [Fact]
    public void Hostile_labels_are_escaped_and_the_markup_stays_well_formed()
    {
        const string Hostile = "</text><script>alert(\"x\")</script> & 'q' \u0001\u0008 ]]> \uD800";
        var card = new ScorecardResult(
            "<store & \"co\">",
            new LocalDate(2026, 11, 30),
            null,
            0.3m,
            RagStatus.Amber,
            [
                new MetricScore("a\"b<c>", Hostile, MetricRole.Input, 1m, 50m, RagStatus.Amber, 1m, []),
                new MetricScore("m&2", "plain", MetricRole.Input, null, null, null, 0m, [Hostile]),
            ],
            [new ScorecardAlert("a\"b<c>", "<store>", new LocalDate(2026, 11, 30), "<ewma>", RagStatus.Red, Hostile)]);
        foreach (var markup in new[] { RadarChart.Svg(card, new RadarChartOptions { Title = Hostile }), RadarChart.Svg(card) })
        {
            var doc = XDocument.Parse(markup);
            Assert.DoesNotContain(doc.Descendants(), e => e.Name.LocalName == "script");
            Assert.Equal(["a\"b<c>", "m&2"], doc.Descendants(SvgNs + "g").Where(g => (string?)g.Attribute("class") == "axis").Select(g => (string)g.Attribute("data-metric")!));
        }

        // The label reads back as written, with the characters XML cannot carry shown as U+FFFD.
        const string Shown = "</text><script>alert(\"x\")</script> & 'q' \uFFFD\uFFFD ]]> \uFFFD";
        var titled = XDocument.Parse(RadarChart.Svg(card, new RadarChartOptions { Title = Hostile }));
        Assert.Equal(Shown, titled.Root!.Element(SvgNs + "title")!.Value);
        Assert.Contains(Shown, Axis(titled, "a\"b<c>").Descendants(SvgNs + "title").Select(t => t.Value));
        Assert.Contains("<store & \"co\">, 2026-11-30", XDocument.Parse(RadarChart.Svg(card)).Root!.Element(SvgNs + "title")!.Value, StringComparison.Ordinal);

        // The HTML page parses as XML too (it is written as XHTML-compatible markup) and carries no script.
        var html = RadarChart.Html(card, new RadarChartOptions { Title = Hostile });
        var page = XDocument.Parse(html["<!DOCTYPE html>\n".Length..]);
        Assert.DoesNotContain(page.Descendants(), e => e.Name.LocalName == "script");
        Assert.Contains(Shown, page.Descendants().Where(e => e.Name.LocalName == "li").Single().Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_cards_and_options_are_refused_naming_the_parameter()
    {
        var card = Card();
        Assert.Equal("result", Assert.Throws<ArgumentNullException>(() => RadarChart.Svg(null!)).ParamName);
        Assert.Equal("result", Assert.Throws<ArgumentException>(() => RadarChart.Svg(new ScorecardResult("s", card.AsOf, null, 0m, RagStatus.Red, [], []))).ParamName);
        var outOfRange = new ScorecardResult("s", card.AsOf, null, 0m, RagStatus.Red, [new MetricScore("x", "x", MetricRole.Input, 1m, 101m, RagStatus.Green, 1m, [])], []);
        Assert.Equal("result", Assert.Throws<ArgumentException>(() => RadarChart.Svg(outOfRange)).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentOutOfRangeException>(() => RadarChart.Svg(card, new RadarChartOptions { AmberFrom = 80m, GreenFrom = 75m })).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentOutOfRangeException>(() => RadarChart.Html(card, new RadarChartOptions { GreenFrom = 101m })).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentOutOfRangeException>(() => RadarChart.Svg(card, new RadarChartOptions { Radius = 10 })).ParamName);
    }

    [Fact]
    public void Band_edges_come_from_the_options()
    {
        // Radius 160: the amber band's circle (scores below 80) has r = 0.8 × 160 = 128, the red one (below 40) r = 64.
        var doc = XDocument.Parse(RadarChart.Svg(Card(), new RadarChartOptions { AmberFrom = 40m, GreenFrom = 80m }));
        string R(string band) => (string)doc.Descendants(SvgNs + "circle").Single(c => (string?)c.Attribute("class") == "band-" + band).Attribute("r")!;
        Assert.Equal("160", R("green"));
        Assert.Equal("128", R("amber"));
        Assert.Equal("64", R("red"));
    }

    [Fact]
    public async Task The_html_page_holds_the_chart_and_a_row_per_metric_with_invariant_numbers()
    {
        // The culture is set inside the task: it flows no further than the task's own execution context.
        var html = await Task.Run(() =>
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            return RadarChart.Html(Card());
        });
        var page = XDocument.Parse(html["<!DOCTYPE html>\n".Length..]);
        Assert.Single(page.Descendants(SvgNs + "svg"));
        var rows = page.Descendants("tr").Where(r => r.Attribute("data-metric") is not null).ToDictionary(r => (string)r.Attribute("data-metric")!, r => r.Elements("td").Select(c => c.Value).ToArray());
        Assert.Equal(6, rows.Count);

        // Written by hand from Card(): value 0.112, score 62.5, weight 0.2 = 20%; the missing metric has no value or score.
        Assert.Equal(["Conversion rate", "input", "0.112", "62.5", "amber", "20%", "conversion 11.2% between 10% and 12%: amber"], rows["conversion"]);
        Assert.Equal(["Return rate", "input", "missing", "—", "—", "0%", "missing: 3 orders below the minimum of 50"], rows["returns"]);

        // A value of 28 digits is shown to 6 decimals: 1 ÷ 3 = 0.333333…, 2 ÷ 3 = 0.666667 (rounded half away from zero).
        var thirds = new ScorecardResult("s", new LocalDate(2026, 11, 30), 50m, 1m, RagStatus.Amber,
            [new MetricScore("a", "a", MetricRole.Input, 1m / 3m, 50m, RagStatus.Amber, 0.5m, []), new MetricScore("b", "b", MetricRole.Input, 2m / 3m, 50m, RagStatus.Amber, 0.5m, [])], []);
        var cells = XDocument.Parse(RadarChart.Html(thirds)["<!DOCTYPE html>\n".Length..]).Descendants("tr").Skip(1).Select(r => r.Elements("td").ElementAt(2).Value);
        Assert.Equal(["0.333333", "0.666667"], cells);
    }

    [Fact]
    public void Options_from_a_definition_take_its_composite_edges()
    {
        var metric = new MetricDefinition("gmv", "GMV", MetricRole.NorthStar, Direction.HigherIsBetter, new ThresholdBands(1m, 2m, 3m));
        var options = RadarChartOptions.From(new ScorecardDefinition("card", [metric], greenScore: 90m, amberScore: 60m));
        Assert.Equal((60m, 90m), (options.AmberFrom, options.GreenFrom));
        Assert.Equal((50m, 75m), (RadarChartOptions.From(new ScorecardDefinition("card", [metric])).AmberFrom, RadarChartOptions.From(new ScorecardDefinition("card", [metric])).GreenFrom));
        Assert.Equal("definition", Assert.Throws<ArgumentNullException>(() => RadarChartOptions.From(null!)).ParamName);

        // Equal edges leave no amber band and still draw.
        Assert.Contains("band-amber", RadarChart.Svg(Card(), new RadarChartOptions { AmberFrom = 70m, GreenFrom = 70m }), StringComparison.Ordinal);
    }

    [ScaledProperty(Cases = 200)]
    public Property Every_metric_of_the_card_appears_once_as_an_axis_in_order() =>
        Prop.ForAll(Cards.ToArbitrary(), card =>
        {
            var axes = XDocument.Parse(RadarChart.Svg(card)).Descendants(SvgNs + "g")
                .Where(g => (string?)g.Attribute("class") == "axis")
                .Select(g => (string)g.Attribute("data-metric")!)
                .ToList();
            return axes.SequenceEqual(card.Metrics.Select(m => m.Id));
        });

    /// <summary>Cards of 1 to 15 metrics with distinct ids (some with markup characters), each scored 0–100 or missing.</summary>
    private static Gen<ScorecardResult> Cards =>
        from count in Gen.Choose(1, 15)
        from scores in Gen.Choose(-1, 100).ArrayOf(count)
        from marks in Gen.Elements("", "<", "&", "\"", "'", " x").ArrayOf(count)
        select new ScorecardResult(
            "store",
            new LocalDate(2026, 11, 30),
            null,
            0m,
            RagStatus.Amber,
            [.. scores.Select((s, i) => new MetricScore(
                string.Create(CultureInfo.InvariantCulture, $"m{i}{marks[i]}"),
                "Metric " + i,
                MetricRole.Input,
                s < 0 ? null : s,
                s < 0 ? null : s,
                s < 0 ? null : RagStatus.Green,
                1m / count,
                []))],
            []);

    private static XElement Axis(XDocument doc, string id) =>
        doc.Descendants(SvgNs + "g").Single(g => (string?)g.Attribute("class") == "axis" && (string?)g.Attribute("data-metric") == id);
}
