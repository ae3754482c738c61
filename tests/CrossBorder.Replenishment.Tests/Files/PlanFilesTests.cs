using System.Globalization;
using System.Text;
using CrossBorder.Forecasting.Tests.Helpers;
using CrossBorder.Replenishment.Files;
using NodaTime;

namespace CrossBorder.Replenishment.Tests.Files;

/// <summary>The plan files: <see cref="PlanRow"/>, <see cref="PlanCsvWriter"/>, <see cref="PlanParquetWriter"/> and <see cref="PlanParquet"/>.</summary>
public sealed class PlanFilesTests
{
    private static readonly ReplenishmentPlanner Planner = new(ReplenishmentSettings.Default, AutoForecaster.Default);

    private static readonly LeadTimeTable Lead = LeadTimeFile.Read(new StringReader("sku,mean_days,sd_days\n*,28,7\n"), "lt.csv");

    [Fact]
    public void The_columns_are_the_published_ones_in_order()
    {
        // Typed from docs/replenishment.md's CSV description and the CLI's help, not from the writer.
        string[] expected =
        [
            "sku", "inventory_position", "safety_stock", "reorder_point", "order_up_to", "stockout_date", "weeks_of_supply",
            "order_date", "arrival", "order_qty", "urgent", "fill_rate", "turnover", "days_of_inventory", "lead_time_weeks",
            "lead_time_sd_weeks", "alerts", "warnings",
        ];

        Assert.Equal(expected, PlanCsvWriter.Columns);
        Assert.Equal(PlanCsvWriter.Header, string.Join(',', expected));
    }

    [Fact]
    public void A_row_is_written_invariant_with_empty_fields_for_nulls_and_quotes_only_where_needed()
    {
        // Written under de-DE (decimal comma): the file must not change.
        var written = Cultures.With("de-DE", () =>
        {
            var text = new StringWriter(CultureInfo.CurrentCulture) { NewLine = "\n" };
            var csv = new PlanCsvWriter(text);
            csv.Write(Row("A,1", new LocalDate(2026, 3, 9), 2.5, warnings: "say \"hi\" | second"));
            csv.Write(Row("B", null, null, alerts: "slow-mover|excess-cover"));
            return text.ToString();
        });

        // Written by hand from the format's rules: R form of each double, yyyy-MM-dd, empty for null, RFC 4180 quotes.
        var expected =
            PlanCsvWriter.Header + "\n" +
            "\"A,1\",12,3.5,7.25,20.125,2026-03-09,2.5,2026-03-02,2026-03-30,24,true,0.95,5.1234,,4,1.5,,\"say \"\"hi\"\" | second\"\n" +
            "B,12,3.5,7.25,20.125,,,2026-03-02,2026-03-30,24,true,0.95,5.1234,,4,1.5,slow-mover|excess-cover,\n";
        Assert.Equal(expected, written);
    }

    [Fact]
    public void A_row_rounds_the_plan_s_figures_to_4_decimals_and_derives_the_reorder_point_and_order_up_to()
    {
        var plan = Catalogue().Plans[0];
        var row = PlanRow.Of(plan);
        var ss = plan.Plan.SafetyStock;

        // s = d̄·L + SS and S = d̄·(R + L) + SS with d̄ = lead-time demand ÷ (R + L): here L = 4 weeks, R = 1 week.
        var dbar = ss.LeadTimeDemandMean / ss.ProtectionPeriods;
        Assert.Equal(5, ss.ProtectionPeriods);
        Assert.Equal(Math.Round((dbar * 4) + Math.Max(ss.Units, 0), 4, MidpointRounding.AwayFromZero), row.ReorderPoint);
        Assert.Equal(Math.Round((dbar * 5) + Math.Max(ss.Units, 0), 4, MidpointRounding.AwayFromZero), row.OrderUpTo);
        Assert.Equal(4, row.LeadTimeWeeks);
        Assert.Equal(1, row.LeadTimeSdWeeks);
        Assert.Equal(plan.Plan.InventoryPosition, row.InventoryPosition);
    }

    [Fact]
    public void A_parquet_plan_reads_back_to_the_csv_plan_s_values_across_row_groups()
    {
        // Reference: the CSV writer on the plans themselves; the Parquet file, read back and written as CSV, must give
        // the same bytes (every value, null and text survives), here with row groups of 2 rows for 3 plans and 2 hand rows.
        var catalogue = Catalogue();
        PlanRow[] extra = [Row("quoted \"id\", with comma", null, null, warnings: "w1 | w2"), Row("Ünïcödé", new LocalDate(2030, 1, 1), 0.0001)];
        var expected = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var csv = new PlanCsvWriter(expected);
        using var stream = new MemoryStream();
        using (var parquet = new PlanParquetWriter(stream, rowGroupRows: 2))
        {
            foreach (var plan in catalogue.Plans)
            {
                csv.Write(plan);
                parquet.Write(plan);
            }

            foreach (var row in extra)
            {
                csv.Write(row);
                parquet.Write(row);
            }

            Assert.Equal(5, parquet.Rows);
        }

        stream.Position = 0;
        var rows = PlanParquet.Read(stream, "plan.parquet").ToList();
        var actual = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var again = new PlanCsvWriter(actual);
        rows.ForEach(again.Write);

        Assert.Equal([.. catalogue.Plans.Select(PlanRow.Of), .. extra], rows);
        Assert.Equal(expected.ToString(), actual.ToString());
    }

    [Fact]
    public void A_file_that_is_not_a_plan_is_refused_naming_the_missing_column()
    {
        using var stream = new MemoryStream();
        CrossBorder.Forecasting.Files.LongFormatParquet.Write(stream, CrossBorder.Forecasting.Files.LongFormatReader.Read(new StringReader("series_id,t,y\na,1,2\n"), "s.csv", null));
        stream.Position = 0;

        var e = Assert.Throws<FormatException>(() => PlanParquet.Read(stream, "x.parquet").ToList());

        Assert.StartsWith("x.parquet: there is no 'sku' column", e.Message, StringComparison.Ordinal);
    }

    private static PlanRow Row(string sku, LocalDate? stockout, double? weeks, string alerts = "", string warnings = "") =>
        new(sku, 12, 3.5, 7.25, 20.125, stockout, weeks, new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 30), 24, true, 0.95, 5.1234, null, 4, 1.5, alerts, warnings);

    /// <summary>Three weekly SKUs of 60 weeks: regular, regular with a slow end, and one with no recent sales.</summary>
    private static CataloguePlan Catalogue()
    {
        var text = new StringBuilder("series_id,date,y\n");
        var first = new LocalDate(2025, 1, 6);
        foreach (var sku in new[] { "A", "B", "C" })
        {
            for (var t = 0; t < 60; t++)
            {
                var y = sku switch { "A" => 100 + (t % 7), "B" => t < 50 ? 40 + (t % 5) : 1, _ => t < 20 ? 5 : 0 };
                text.Append(CultureInfo.InvariantCulture, $"{sku},{first.PlusWeeks(t):uuuu-MM-dd},{y}\n");
            }
        }

        var stock = StockFile.Read(new StringReader("sku,on_hand\nA,300\nB,200\nC,50\n"), "stock.csv");
        return CataloguePlanner.Plan(Planner, new StringReader(text.ToString()), "sales.csv", stock, Lead);
    }
}
