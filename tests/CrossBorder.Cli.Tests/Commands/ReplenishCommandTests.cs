using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using CrossBorder.Cli.Tests.Helpers;
using CrossBorder.Forecasting;
using CrossBorder.Forecasting.Files;
using CrossBorder.Replenishment;
using NodaTime;
using NodaTime.Text;

namespace CrossBorder.Cli.Tests.Commands;

/// <summary><c>crossborder replenish</c> on the bundled example, checked against the library called directly.</summary>
[UseCulture("de-DE")]
public sealed partial class ReplenishCommandTests : IDisposable
{
    private static readonly string Sales = Tool.SamplePath(Path.Combine("replenish", "sales.csv"));
    private static readonly string Stock = Tool.SamplePath(Path.Combine("replenish", "stock.csv"));
    private static readonly string LeadTimes = Tool.SamplePath(Path.Combine("replenish", "lead-times.csv"));

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static CliRun Replenish(params string[] extra) =>
        Tool.Run(["replenish", "--sales", Sales, "--stock", Stock, "--lead-times", LeadTimes, .. extra]);

    [Fact]
    public void The_bundled_example_is_what_its_generator_writes()
    {
        var generated = ReplenishCatalogue.Generate();
        string Committed(string name) => Path.Combine(ForecastCsv.RepositoryRoot(), "samples", "data", "replenish", name);
        if (Environment.GetEnvironmentVariable("CROSSBORDER_REGENERATE_SAMPLES") == "1")
        {
            foreach (var name in ReplenishCatalogue.Files)
            {
                File.WriteAllText(Committed(name), generated[name]);
            }
        }

        foreach (var name in ReplenishCatalogue.Files)
        {
            var committed = Committed(name);
            Assert.Equal(generated[name], File.ReadAllText(committed).ReplaceLineEndings("\n"));
            Assert.Equal(generated[name], File.ReadAllText(Tool.SamplePath(Path.Combine("replenish", name))).ReplaceLineEndings("\n"));
        }
    }

    [Fact]
    public void The_plan_of_every_sku_matches_the_library_called_directly()
    {
        var run = Replenish("--format", "json");

        Assert.Equal(0, run.ExitCode);
        var json = JsonOutput.Parse(run.Out);
        Assert.Equal("2025-12-29", json.GetProperty("asOf").GetString());
        var skus = json.GetProperty("skus").EnumerateArray().ToList();
        Assert.Equal(10, skus.Count);
        var expected = LibraryPlans(ReplenishmentSettings.Default);
        foreach (var sku in skus)
        {
            var id = sku.GetProperty("sku").GetString()!;
            var plan = expected[id];
            Assert.Equal(plan.RecommendedOrder.Quantity, sku.GetProperty("orderQuantity").GetInt32());
            Assert.Equal(plan.InventoryPosition, sku.GetProperty("inventoryPosition").GetDouble(), 1e-3);
            Assert.Equal(Math.Max(plan.SafetyStock.Units, 0), sku.GetProperty("safetyStock").GetDouble(), 1e-3);
            Assert.Equal(plan.SafetyStock.Formula, sku.GetProperty("safetyStockFormula").GetString());
            Assert.Equal(plan.ExpectedFillRate, sku.GetProperty("fillRate").GetDouble(), 1e-3);
            Assert.Equal(Iso(plan.StockoutDate), sku.GetProperty("stockoutDate").GetString());
            Assert.Equal(Iso(plan.RecommendedOrderDate), sku.GetProperty("orderDate").GetString());
            Assert.Equal(plan.Alerts.Count, sku.GetProperty("alerts").GetArrayLength());
        }
    }

    [Fact]
    public void Orders_respect_moq_and_case_packs_and_are_never_negative()
    {
        var run = Replenish("--format", "json");

        var json = JsonOutput.Parse(run.Out);
        var stock = StockRows();
        var ordering = 0;
        foreach (var sku in json.GetProperty("skus").EnumerateArray())
        {
            var id = sku.GetProperty("sku").GetString()!;
            var quantity = sku.GetProperty("orderQuantity").GetInt32();
            var (_, _, _, _, moq, pack) = stock[id];
            Assert.True(quantity >= 0, id);
            Assert.Equal(quantity > 0, sku.GetProperty("orderDate").ValueKind == System.Text.Json.JsonValueKind.String);   // no "order 0 units on …"
            if (quantity > 0)
            {
                ordering++;
                Assert.True(quantity >= moq, $"{id}: {quantity} < MOQ {moq}");
                Assert.Equal(0, quantity % pack);
            }
        }

        Assert.True(ordering >= 3, "the example should order for several SKUs");
    }

    [Fact]
    public void The_stockout_date_is_where_the_projection_first_goes_below_zero()
    {
        var plans = LibraryPlans(ReplenishmentSettings.Default);
        var json = JsonOutput.Parse(Replenish("--format", "json").Out);
        var checkedOne = false;
        foreach (var sku in json.GetProperty("skus").EnumerateArray())
        {
            var plan = plans[sku.GetProperty("sku").GetString()!];
            var first = plan.Projection.FirstOrDefault(p => p.ClosingStock < 0);
            if (first is null)
            {
                Assert.Equal(JsonValueKind.Null, sku.GetProperty("stockoutDate").ValueKind);
                continue;
            }

            checkedOne = true;
            var date = LocalDatePattern.Iso.Parse(sku.GetProperty("stockoutDate").GetString()!).Value;
            Assert.InRange(date, first.Start, first.Start.PlusDays(6));
            var weeks = sku.GetProperty("weeksOfSupply").GetDouble();
            Assert.Equal(Period.Between(ReplenishCatalogue.Start, date, PeriodUnits.Days).Days / 7.0, weeks, 0.15);
        }

        Assert.True(checkedOne);
    }

    [Fact]
    public void Table_json_and_csv_agree()
    {
        var json = JsonOutput.Parse(Replenish("--format", "json").Out);
        var csv = Replenish("--format", "csv");
        var table = Replenish();

        Assert.Equal(0, csv.ExitCode);
        Assert.Equal(0, table.ExitCode);
        var header = csv.OutLines[0].Split(',');
        var rows = csv.OutLines.Skip(1).Select(l => l.Split(',')).ToDictionary(c => c[0]);
        Assert.Equal(10, rows.Count);
        foreach (var sku in json.GetProperty("skus").EnumerateArray())
        {
            var id = sku.GetProperty("sku").GetString()!;
            var row = rows[id];
            string Cell(string column) => row[Array.IndexOf(header, column)];
            Assert.Equal(sku.GetProperty("orderQuantity").GetInt32().ToString(CultureInfo.InvariantCulture), Cell("order_qty"));
            Assert.Equal(sku.GetProperty("safetyStock").GetDouble(), double.Parse(Cell("safety_stock"), CultureInfo.InvariantCulture));
            Assert.Equal(sku.GetProperty("reorderPoint").GetDouble(), double.Parse(Cell("reorder_point"), CultureInfo.InvariantCulture));
            Assert.Equal(sku.GetProperty("stockoutDate").GetString() ?? string.Empty, Cell("stockout_date"));
            Assert.Equal(sku.GetProperty("orderDate").GetString() ?? string.Empty, Cell("order_date"));

            var line = Assert.Single(table.OutLines, l => l.StartsWith(id + " ", StringComparison.Ordinal));
            var cells = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.Contains(sku.GetProperty("orderQuantity").GetInt32().ToString(CultureInfo.InvariantCulture), cells);
            Assert.Contains(sku.GetProperty("safetyStock").GetDouble().ToString("0.0", CultureInfo.InvariantCulture), cells);
            Assert.Contains(sku.GetProperty("stockoutDate").GetString() ?? "-", cells);
            foreach (var alert in sku.GetProperty("alerts").EnumerateArray())
            {
                Assert.Contains(table.OutLines, l => l.Contains(id + "  " + alert.GetProperty("kind").GetString() + ":", StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void The_example_raises_the_expected_alerts()
    {
        var json = JsonOutput.Parse(Replenish("--format", "json").Out);
        var alerts = json.GetProperty("skus").EnumerateArray().ToDictionary(
            s => s.GetProperty("sku").GetString()!,
            s => s.GetProperty("alerts").EnumerateArray().Select(a => a.GetProperty("kind").GetString()!).ToHashSet());

        Assert.Contains("slow-mover", alerts["SKU-10"]);
        Assert.Contains("slow-mover", alerts["SKU-09"]);
        Assert.Contains("obsolete", alerts["SKU-09"]);
        Assert.Contains("excess-cover", alerts["SKU-04"]);
        Assert.Contains("stockout-before-lead-time", alerts["SKU-03"]);
    }

    [Fact]
    public void The_table_lists_formulas_and_alerts()
    {
        var run = Replenish("--service", "98%", "--measure", "fill-rate");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Err);
        Assert.StartsWith("Replenishment plan as of 2025-12-29, target fill rate 98%", run.OutLines[0], StringComparison.Ordinal);
        Assert.Contains("Safety stock:", run.OutLines);
        Assert.Contains(run.OutLines, l => l.StartsWith("Alerts (", StringComparison.Ordinal));
        Assert.DoesNotContain(",", run.OutLines.Skip(2).First(l => l.StartsWith("SKU-01", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void Air_freight_and_an_earlier_as_of_change_the_plan()
    {
        var sea = JsonOutput.Parse(Replenish("--format", "json").Out);
        var air = JsonOutput.Parse(Replenish("--format", "json", "--freight", "air").Out);
        var earlier = Replenish("--format", "json", "--as-of", "2025-06-02");

        double Lead(JsonElement e) => e.GetProperty("skus")[2].GetProperty("leadTimeWeeks").GetDouble();
        Assert.True(Lead(air) < Lead(sea) / 2);
        Assert.Equal(0, earlier.ExitCode);
        Assert.Equal("2025-06-02", JsonOutput.Parse(earlier.Out).GetProperty("asOf").GetString());
    }

    [Fact]
    public void Output_writes_the_plan_to_a_file()
    {
        var path = _folder.File("plan.csv");

        var run = Replenish("--format", "csv", "--output", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Single(run.OutLines);
        Assert.Equal(11, File.ReadAllLines(path).Length);
        Assert.StartsWith("sku,inventory_position,", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void The_chart_is_well_formed_svg_with_the_policy_lines()
    {
        var path = _folder.File("chart.svg");

        var run = Replenish("--chart", "SKU-01,SKU-03", "--chart-output", path);

        Assert.Equal(0, run.ExitCode);
        var svg = XDocument.Load(path);
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(ns + "svg", svg.Root!.Name);
        var panels = svg.Root.Elements(ns + "g").ToList();
        Assert.Equal(2, panels.Count);
        foreach (var panel in panels)
        {
            var titles = panel.Descendants(ns + "title").Select(t => t.Value).ToList();
            Assert.Contains("reorder point", titles);
            Assert.Contains("safety stock", titles);
            Assert.Contains("projected stock", titles);
            Assert.Contains(titles, t => t.StartsWith("order arrives ", StringComparison.Ordinal));
        }
    }

    private static string? Iso(LocalDate? date) => date?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The stock file read by hand: on hand, backorders, in transit, ETA, MOQ, case pack.</summary>
    private static Dictionary<string, (double OnHand, double Backorders, double InTransit, LocalDate? Eta, int Moq, int Pack)> StockRows() =>
        File.ReadAllLines(Stock).Skip(1).Select(l => l.Split(',')).ToDictionary(
            c => c[0],
            c => (double.Parse(c[1], CultureInfo.InvariantCulture), double.Parse(c[2], CultureInfo.InvariantCulture),
                c[3].Length > 0 ? double.Parse(c[3], CultureInfo.InvariantCulture) : 0,
                c[4].Length > 0 ? LocalDatePattern.Iso.Parse(c[4]).Value : (LocalDate?)null,
                int.Parse(c[5], CultureInfo.InvariantCulture), int.Parse(c[6], CultureInfo.InvariantCulture)));

    /// <summary>Every SKU planned with the library directly: the sales through <see cref="LongFormatReader"/>, sea lead times from the POs.</summary>
    private static Dictionary<string, ReplenishmentPlan> LibraryPlans(ReplenishmentSettings settings)
    {
        var orders = File.ReadAllLines(LeadTimes).Skip(1).Select(l => l.Split(',')).Select(c => (Key: c[0], Order: new PurchaseOrderReceipt(
            LocalDatePattern.Iso.Parse(c[2]).Value, LocalDatePattern.Iso.Parse(c[3]).Value, LocalDatePattern.Iso.Parse(c[4]).Value, LocalDatePattern.Iso.Parse(c[5]).Value,
            c[1] == "sea" ? FreightMode.Sea : FreightMode.Air))).ToList();
        var stock = StockRows();
        var planner = new ReplenishmentPlanner(settings, AutoForecaster.Default);
        var plans = new Dictionary<string, ReplenishmentPlan>(StringComparer.Ordinal);
        foreach (var series in LongFormatReader.ReadFile(Sales))
        {
            var key = orders.Count(o => o.Key == series.Id && o.Order.Mode == FreightMode.Sea) >= 2 ? series.Id : "*";
            var lead = PurchaseOrderHistory.Estimate(orders.Where(o => o.Key == key).Select(o => o.Order), PeriodUnit.Week, FreightMode.Sea).LeadTime;
            var s = stock[series.Id];
            var inventory = new InventorySnapshot(s.OnHand, s.Backorders, s.Eta is { } eta ? [new ScheduledReceipt(eta, s.InTransit)] : null);
            plans[series.Id] = planner.PlanFromHistory(
                series.Id, series.Values, 52, ReplenishCatalogue.Start, PeriodUnit.Week, 26, lead, inventory, new OrderConstraints(s.Moq, s.Pack));
        }

        return plans;
    }
}
