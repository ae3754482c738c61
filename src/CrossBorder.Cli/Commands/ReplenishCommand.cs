using System.CommandLine;
using System.Globalization;
using CrossBorder.Cli.Input;
using CrossBorder.Cli.Output;
using CrossBorder.Forecasting.Files;
using CrossBorder.Forecasting;
using CrossBorder.Replenishment;
using NodaTime;

namespace CrossBorder.Cli.Commands;

/// <summary>One SKU's plan with the inputs the output shows next to it.</summary>
/// <param name="Plan">The library's plan.</param>
/// <param name="LeadTime">The lead time in weeks.</param>
/// <param name="LeadTimeSource">Where the lead time came from.</param>
/// <param name="Constraints">The SKU's MOQ and case pack.</param>
internal sealed record SkuPlan(ReplenishmentPlan Plan, LeadTime LeadTime, string LeadTimeSource, OrderConstraints Constraints);

/// <summary>
/// <c>crossborder replenish</c>: weekly sales history, stock and purchase-order history in; per SKU the safety stock,
/// reorder point, order-up-to level, stock-out date and the order to place (MOQ and case-pack rounded) out, through
/// <see cref="ReplenishmentPlanner.PlanFromHistory"/>.
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
            Description = "Weekly sales in long CSV format: series_id,date,y (ISO dates one week apart, one series per SKU).",
            HelpName = "sales.csv",
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
            Description = "Write the plan to this file instead of the standard output.",
            HelpName = "FILE",
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

        command.SetAction(parseResult => CommonOptions.Execute(context, () =>
        {
            var salesPath = parseResult.GetValue(sales) ?? throw new UserErrorException("--sales is required: weekly sales as series_id,date,y.");
            var stockPath = parseResult.GetValue(stock) ?? throw new UserErrorException("--stock is required: sku,on_hand,backorders.");
            var leadPath = parseResult.GetValue(leadTimes) ?? throw new UserErrorException("--lead-times is required: purchase orders sku,mode,ordered,received.");
            var level = ParseServiceLevel(parseResult.GetRequiredValue(service));
            var target = parseResult.GetRequiredValue(measure) == "fill-rate" ? ServiceTarget.FillRate(level) : ServiceTarget.CycleServiceLevel(level);
            var mode = parseResult.GetRequiredValue(freight) == "air" ? FreightMode.Air : FreightMode.Sea;
            var asOfDate = parseResult.GetValue(asOf) is { } text ? ReplenishInputReader.ParseDate(text, "--as-of") : (LocalDate?)null;
            var weeks = parseResult.GetValue(horizon);
            if (weeks is < 1 or > 520)
            {
                throw new UserErrorException($"--horizon must be between 1 and 520 weeks, not {weeks.ToString(CultureInfo.InvariantCulture)}.");
            }

            var chartIds = ParseChart(parseResult.GetValue(chart), parseResult.GetValue(chartOutput));
            var (start, plans) = Plan(salesPath, stockPath, leadPath, new ReplenishmentSettings(target), mode, asOfDate, weeks);

            var outputPath = parseResult.GetValue(output);
            if (chartIds.Length > 0)
            {
                var missing = chartIds.Where(id => !plans.Exists(p => p.Plan.Sku == id)).ToArray();
                if (missing.Length > 0)
                {
                    throw new UserErrorException($"--chart: no SKU {string.Join(", ", missing.Select(m => "'" + m + "'"))} in the sales file.");
                }

                WriteFile(parseResult.GetValue(chartOutput)!, "--chart-output", ReplenishmentChart.Svg([.. chartIds.Select(id => plans.Find(p => p.Plan.Sku == id)!)]));
            }

            using var text2 = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
            switch (parseResult.GetRequiredValue(format))
            {
                case CommonOptions.Json:
                    ReplenishmentOutput.WriteJson(text2, start, target, plans);
                    break;
                case CsvFormat:
                    ReplenishmentOutput.WriteCsv(text2, plans);
                    break;
                default:
                    ReplenishmentOutput.WriteTable(text2, start, target, plans);
                    break;
            }

            if (outputPath is null)
            {
                context.Output.Write(text2.ToString());
            }
            else
            {
                WriteFile(outputPath, "--output", text2.ToString());
                context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote the plan of {plans.Count} SKUs to {outputPath}."));
            }
        }));
        return command;
    }

    /// <summary>Plans every SKU of the sales file; the SKUs of the stock file must be the same.</summary>
    internal static (LocalDate Start, List<SkuPlan> Plans) Plan(
        string salesPath, string stockPath, string leadPath, ReplenishmentSettings settings, FreightMode mode, LocalDate? asOf, int horizon)
    {
        if (!File.Exists(salesPath))
        {
            throw new UserErrorException($"--sales file '{salesPath}' does not exist.");
        }

        var stock = ReplenishInputReader.ReadStock(stockPath);
        var leadTimes = ReplenishInputReader.ReadLeadTimes(leadPath, mode);
        var planner = new ReplenishmentPlanner(settings, AutoForecaster.Default);
        var histories = new List<(string Id, double[] Values, LocalDate First)>();
        try
        {
            foreach (var series in LongFormatReader.ReadFile(salesPath))
            {
                if (series.Start is not { } first || series.Period != 52)
                {
                    throw new UserErrorException($"'{salesPath}': series '{series.Id}' is not weekly and date-keyed (series_id,date,y with dates one week apart).");
                }

                var values = series.Values.ToArray();
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = double.IsFinite(values[i]) ? Math.Max(values[i], 0) : 0;
                }

                histories.Add((series.Id, values, first));
            }
        }
        catch (FormatException e)
        {
            throw new UserErrorException($"'{salesPath}': {e.Message}", e);
        }
        catch (ArgumentException e)
        {
            throw new UserErrorException($"'{salesPath}': {e.Message}", e);
        }

        if (histories.Count == 0)
        {
            throw new UserErrorException($"'{salesPath}' has no sales rows.");
        }

        var unknown = stock.Keys.Where(k => !histories.Exists(h => h.Id == k)).ToArray();
        if (unknown.Length > 0)
        {
            throw new UserErrorException($"'{stockPath}': unknown SKU {string.Join(", ", unknown.Select(u => "'" + u + "'"))}: not in the sales file.");
        }

        var start = asOf ?? histories.Max(h => h.First.PlusWeeks(h.Values.Length));
        var plans = new List<SkuPlan>(histories.Count);
        foreach (var (id, values, first) in histories)
        {
            if (!stock.TryGetValue(id, out var row))
            {
                throw new UserErrorException($"'{stockPath}': no row for SKU '{id}' of the sales file.");
            }

            var weeks = Math.Max(0, Math.Min(values.Length, (int)Math.Ceiling(Period.Between(first, start, PeriodUnits.Days).Days / 7.0)));
            if (weeks == 0)
            {
                throw new UserErrorException($"--as-of {Iso(start)} is before the first sales week of '{id}' ({Iso(first)}).");
            }

            var (lead, source) = leadTimes(id);
            var constraints = row.Constraints ?? new OrderConstraints(rounding: settings.Rounding);
            ReplenishmentPlan plan;
            try
            {
                plan = planner.PlanFromHistory(id, values.AsSpan(0, weeks), 52, start, PeriodUnit.Week, horizon, lead, row.Inventory, constraints);
            }
            catch (ArgumentException e)
            {
                throw new UserErrorException($"SKU '{id}' cannot be planned: {e.Message}", e);
            }

            plans.Add(new SkuPlan(plan, lead, source, constraints));
        }

        return (start, plans);
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

    private static string[] ParseChart(string? ids, string? chartOutput)
    {
        if (ids is null && chartOutput is null)
        {
            return [];
        }

        if (ids is null)
        {
            throw new UserErrorException("--chart-output needs --chart with the SKUs to draw.");
        }

        if (chartOutput is null)
        {
            throw new UserErrorException("--chart needs --chart-output, a .svg file.");
        }

        if (!chartOutput.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
        {
            throw new UserErrorException($"--chart-output '{chartOutput}' must end in .svg.");
        }

        var list = ids.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToArray();
        return list.Length switch
        {
            0 => throw new UserErrorException("--chart names no SKU; give SKUs such as SKU-01,SKU-02."),
            > 50 => throw new UserErrorException("--chart draws at most 50 SKUs."),
            _ => list,
        };
    }

    private static void WriteFile(string path, string option, string text)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full);
        if (directory is not null && !Directory.Exists(directory))
        {
            throw new UserErrorException($"The folder of {option} '{path}' does not exist.");
        }

        if (Directory.Exists(full))
        {
            throw new UserErrorException($"{option} '{path}' is a folder; give a file name.");
        }

        try
        {
            File.WriteAllText(full, text, new System.Text.UTF8Encoding(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserErrorException($"{option} '{path}' cannot be written: {e.Message}", e);
        }
    }

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
