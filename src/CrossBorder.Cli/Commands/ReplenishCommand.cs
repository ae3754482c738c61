using System.CommandLine;
using System.Globalization;
using CrossBorder.Cli.Output;
using CrossBorder.Forecasting;
using CrossBorder.Forecasting.Files;
using CrossBorder.Replenishment;
using CrossBorder.Replenishment.Files;
using CrossBorder.Text;
using NodaTime;

namespace CrossBorder.Cli.Commands;

/// <summary>
/// <c>crossborder replenish</c>: weekly sales history, stock and purchase-order history in; per SKU the safety stock,
/// reorder point, order-up-to level, stock-out date and the order to place (MOQ and case-pack rounded) out: parses the
/// options, makes one library call (<see cref="CataloguePlanner.PlanSeriesWithFiles"/>, the sales read as CSV or Parquet by their extension) and writes the plans
/// with the library's writers (<see cref="PlanCsvWriter"/>, <see cref="PlanJsonWriter"/>, <see cref="PlanParquetWriter"/> for a .parquet output) or as a table.
/// </summary>
internal static class ReplenishCommand
{
    /// <summary>The value of <c>--format</c> that writes one CSV row per SKU.</summary>
    public const string CsvFormat = "csv";

    /// <summary>Weeks projected by default.</summary>
    public const int DefaultHorizon = 26;

    /// <summary>Builds the <c>replenish</c> command.</summary>
    public static Command Create(CliContext context)
    {
        var sales = new Option<string?>("--sales")
        {
            Description = "Weekly sales in long format, CSV or .parquet (same column names): series_id,date,y (ISO dates one week apart, one series per SKU).",
            HelpName = "sales.csv|sales.parquet",
        };
        var stock = new Option<string?>("--stock")
        {
            Description = "Stock per SKU: sku,on_hand,backorders with optional in_transit_qty,in_transit_eta (one receipt per row; " +
                "repeat the SKU for more) and moq,case_pack.",
            HelpName = "stock.csv",
        };
        var leadTimes = new Option<string?>("--lead-times")
        {
            Description = "Purchase-order history sku,mode,ordered,received (optional shipped,arrived; sku '*' for all SKUs), " +
                "or per-SKU statistics sku,mean_days,sd_days.",
            HelpName = "lead-times.csv",
        };
        var service = new Option<string>("--service")
        {
            Description = "Service level strictly between 0 and 1, as 0.95 or 95%.",
            DefaultValueFactory = _ => "95%",
            HelpName = "95%",
        };
        var measure = new Option<string>("--measure")
        {
            Description = "What the service level means: csl (cycle service level) or fill-rate.",
            DefaultValueFactory = _ => "csl",
            HelpName = "csl|fill-rate",
        };
        measure.AcceptOnlyFromAmong("csl", "fill-rate");
        var freight = new Option<string>("--freight")
        {
            Description = "Which purchase orders set the lead time: sea or air.",
            DefaultValueFactory = _ => "sea",
            HelpName = "sea|air",
        };
        freight.AcceptOnlyFromAmong("sea", "air");
        var asOf = new Option<string?>("--as-of")
        {
            Description = "Plan as of this day (yyyy-MM-dd): sales before it are history. Default: the week after the last sales week.",
            HelpName = "YYYY-MM-DD",
        };
        var horizon = new Option<int>("--horizon")
        {
            Description = "Weeks to project (raised to review + lead time when shorter).",
            DefaultValueFactory = _ => DefaultHorizon,
            HelpName = "weeks",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: 'table' (aligned text with an alerts section), 'json' or 'csv' (one row per SKU).",
            DefaultValueFactory = _ => CommonOptions.Table,
            HelpName = "table|json|csv",
        };
        format.AcceptOnlyFromAmong(CommonOptions.Table, CommonOptions.Json, CsvFormat);
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write the plan to this file instead of the standard output; a .parquet file holds the CSV's columns in Parquet.",
            HelpName = "FILE|FILE.parquet",
        };
        var chart = new Option<string?>("--chart")
        {
            Description = "SKUs to chart (projected stock by week, reorder point, safety stock, order arrival), comma-separated; needs --chart-output.",
            HelpName = "SKU1,SKU2",
        };
        var chartOutput = new Option<string?>("--chart-output")
        {
            Description = "Where to write the chart, a .svg file.",
            HelpName = "chart.svg",
        };

        var command = new Command(
            "replenish",
            "Plan replenishment per SKU from weekly sales, stock and purchase-order history: safety stock, reorder point, " +
            "order-up-to level, projected stock-out, and the order to place (MOQ and case-pack rounded) with its date.")
        {
            sales, stock, leadTimes, service, measure, freight, asOf, horizon, format, output, chart, chartOutput,
        };

        command.SetAction(parseResult => CommonOptions.Execute(context, files =>
        {
            var salesPath = files.Input("--sales", parseResult.GetValue(sales) ?? throw new UserErrorException("--sales is required: weekly sales as series_id,date,y."));
            var stockPath = files.Input("--stock", parseResult.GetValue(stock) ?? throw new UserErrorException("--stock is required: sku,on_hand,backorders."));
            var leadPath = files.Input("--lead-times", parseResult.GetValue(leadTimes) ?? throw new UserErrorException("--lead-times is required: purchase orders sku,mode,ordered,received."));
            var level = ParseServiceLevel(parseResult.GetRequiredValue(service));
            var target = parseResult.GetRequiredValue(measure) == "fill-rate" ? ServiceTarget.FillRate(level) : ServiceTarget.CycleServiceLevel(level);
            var mode = parseResult.GetRequiredValue(freight) == "air" ? FreightMode.Air : FreightMode.Sea;
            var asOfDate = parseResult.GetValue(asOf) is { } text ? CommonOptions.ParseDate(text, "--as-of") : (LocalDate?)null;
            var weeks = parseResult.GetValue(horizon);
            if (weeks is < 1 or > 520)
            {
                throw new UserErrorException($"--horizon must be between 1 and 520 weeks, not {weeks.ToString(CultureInfo.InvariantCulture)}.");
            }

            var chartIds = CommonOptions.ParseChart(parseResult.GetValue(chart), parseResult.GetValue(chartOutput), "SKUs", "SKU-01,SKU-02", ".svg");
            var report = files.OptionalOutput("--output", parseResult.GetValue(output));
            var chartFile = chartIds.Count > 0 ? files.Output("--chart-output", parseResult.GetValue(chartOutput)) : null;
            var settings = new ReplenishmentSettings(target);
            var catalogue = Plan(salesPath, stockPath, leadPath, settings, new CataloguePlanOptions { Mode = mode, AsOf = asOfDate, HorizonWeeks = weeks });
            var start = catalogue.Start;
            var plans = catalogue.Plans;

            if (chartFile is not null)
            {
                var missing = chartIds.Where(id => !plans.Any(p => p.Plan.Sku == id)).ToArray();
                if (missing.Length > 0)
                {
                    throw new UserErrorException($"--chart: no SKU {string.Join(", ", missing.Select(m => "'" + m + "'"))} in the sales file.");
                }

                chartFile.WriteAllText(ReplenishmentChart.Svg([.. chartIds.Select(id => plans.First(p => p.Plan.Sku == id))]));
            }

            var chosen = parseResult.GetRequiredValue(format);
            if (report is not null && LongFormatFiles.IsParquet(report.Path))
            {
                // A .parquet output holds the CSV's columns (PlanParquetWriter); a table or JSON has no Parquet form.
                if (chosen == CommonOptions.Json)
                {
                    throw new UserErrorException("--output: a .parquet file holds the CSV's columns; --format json cannot be written as Parquet (use --format csv or a .json file).");
                }

                using (var parquet = new PlanParquetWriter(report.OpenStream()))
                {
                    foreach (var plan in plans)
                    {
                        parquet.Write(plan);
                    }
                }

                report.Commit();
                context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote the plan of {plans.Count} SKUs to {report.Path}."));
                return;
            }

            using var text2 = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
            switch (chosen)
            {
                case CommonOptions.Json:
                    PlanJsonWriter.Write(text2, catalogue, settings);
                    break;
                case CsvFormat:
                    PlanCsvWriter.WriteAll(text2, plans);
                    break;
                default:
                    ReplenishmentOutput.WriteTable(text2, start, target, plans);
                    break;
            }

            if (report is null)
            {
                context.Output.Write(text2.ToString());
            }
            else
            {
                report.WriteAllText(text2.ToString());
                context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote the plan of {plans.Count} SKUs to {report.Path}."));
            }
        }));
        return command;
    }

    /// <summary>The library call: every SKU of the sales file planned; a mistake in a file is one user error.</summary>
    internal static CataloguePlan Plan(string salesPath, string stockPath, string leadPath, ReplenishmentSettings settings, CataloguePlanOptions options)
    {
        try
        {
            return CataloguePlanner.PlanSeriesWithFiles(new ReplenishmentPlanner(settings, AutoForecaster.Default), LongFormatFiles.ReadFile(salesPath, options.Series), salesPath, stockPath, leadPath, options);
        }
        catch (FormatException e)
        {
            throw new UserErrorException(e.Message, e);
        }
        catch (ArgumentException e)
        {
            var message = ExceptionText.FirstSentence(e.Message);
            throw new UserErrorException(e.ParamName == "options" && options.AsOf is not null ? "--as-of: " + message : message, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserErrorException(e.Message, e);
        }
    }

    /// <summary>Parses 0.95 or 95% into a level strictly between 0 and 1.</summary>
    internal static double ParseServiceLevel(string text)
    {
        var trimmed = text.Trim();
        var percent = trimmed.EndsWith('%');
        if (!double.TryParse(percent ? trimmed[..^1] : trimmed, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            throw new UserErrorException($"--service '{text}' is not a service level such as 0.95 or 95%.");
        }

        var level = percent ? value / 100 : value;
        return level is > 0 and < 1
            ? level
            : throw new UserErrorException($"--service '{text}' is outside (0, 1): give a level such as 0.95 or 95%.");
    }
}
