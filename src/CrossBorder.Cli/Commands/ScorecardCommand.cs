using System.CommandLine;
using System.Globalization;
using CrossBorder.Cli.Input;
using CrossBorder.Cli.Output;
using CrossBorder.Scorecards;
using NodaTime;

namespace CrossBorder.Cli.Commands;

/// <summary><c>crossborder scorecard</c>: a scorecard definition scored over a long CSV of metric values (docs/scorecards.md).</summary>
internal static class ScorecardCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var definition = new Option<string?>("--definition", "-d")
        {
            Description = "The scorecard definition (JSON, format crossborder-scorecard/1), such as samples/data/scorecard.json.",
            HelpName = "scorecard.json",
        };
        var values = new Option<string?>("--values", "-v")
        {
            Description = "The metric values as a long CSV date,entity,metric,value[,numerator,denominator], such as samples/data/scorecard-values.csv.",
            HelpName = "values.csv",
        };
        var asOf = new Option<string?>("--as-of")
        {
            Description = "The card's date (YYYY-MM-DD); default the last date in the values.",
            HelpName = "date",
        };
        var chart = new Option<string?>("--chart")
        {
            Description = "Write the radar chart of one entity's card: a .svg file, or a .html page with the chart and the metrics table.",
            HelpName = "radar.svg|radar.html",
        };
        var entity = new Option<string?>("--entity")
        {
            Description = "With --chart: the entity whose card is drawn (default the first, in ordinal order).",
            HelpName = "name",
        };
        var format = CommonOptions.CreateFormatOption();
        var command = new Command(
            "scorecard",
            "Score each entity in a values file against a scorecard definition: each metric's value, score and RAG status with its reasons, " +
            "the weighted composite with its coverage (red whenever a marketplace hard limit is breached), and the movement since the comparison date explained.")
        {
            definition,
            values,
            asOf,
            chart,
            entity,
            format,
        };
        command.SetAction(parseResult => CommonOptions.Execute(context, files => Run(
            context,
            files,
            parseResult.GetValue(definition),
            parseResult.GetValue(values),
            parseResult.GetValue(asOf),
            (parseResult.GetValue(chart), parseResult.GetValue(entity)),
            parseResult.GetRequiredValue(format))));
        return command;
    }

    private static void Run(CliContext context, RunFiles files, string? definitionPath, string? valuesPath, string? asOfText, (string? Path, string? Entity) chart, string format)
    {
        if (definitionPath is null)
        {
            throw new UserErrorException("--definition is required: a scorecard definition, such as samples/data/scorecard.json.");
        }

        if (valuesPath is null)
        {
            throw new UserErrorException("--values is required: a long CSV date,entity,metric,value[,numerator,denominator], such as samples/data/scorecard-values.csv.");
        }

        files.Input("--definition", definitionPath);
        files.Input("--values", valuesPath);
        if (chart.Entity is not null && chart.Path is null)
        {
            throw new UserErrorException("--entity chooses the card of --chart: give --chart too.");
        }

        if (chart.Path is not null && !(chart.Path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) || chart.Path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || chart.Path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)))
        {
            throw new UserErrorException(string.Create(CultureInfo.InvariantCulture, $"--chart '{CommonOptions.Echo(chart.Path)}' is not a .svg or .html file."));
        }

        var chartOutput = files.OptionalOutput("--chart", chart.Path);
        var definition = JsonInput.ReadWith(definitionPath, "--definition", text => ScorecardDefinitionJson.Parse(text, definitionPath));
        var observations = JsonInput.ReadWith(valuesPath, "--values", text => ScorecardValuesCsv.Read(new StringReader(text), valuesPath));
        var date = asOfText is null ? observations.Max(o => o.Date) : CommonOptions.ParseDate(asOfText, "--as-of");
        var cards = CommonOptions.Calculate(valuesPath, () => ScorecardEngine.Score(definition, observations, date, new AlertPolicy()));
        if (chartOutput is not null)
        {
            var card = chart.Entity is null ? cards[0] : cards.FirstOrDefault(c => c.Entity == chart.Entity)
                ?? throw new UserErrorException(string.Create(CultureInfo.InvariantCulture, $"--entity: the values have no entity '{CommonOptions.Echo(chart.Entity)}'; they have {string.Join(", ", cards.Select(c => c.Entity))}."));
            var options = RadarChartOptions.From(definition);
            chartOutput.WriteAllText(chartOutput.Path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) ? RadarChart.Svg(card, options) : RadarChart.Html(card, options));
        }

        if (format == CommonOptions.Json)
        {
            CommonOptions.WriteJson(context, stream => ScorecardJson.Write(stream, definition, date, cards));
            return;
        }

        WriteTable(context.Output, definition, date, cards);
    }

    private static void WriteTable(TextWriter output, ScorecardDefinition definition, LocalDate date, IReadOnlyList<ScorecardResult> cards)
    {
        static string Score(decimal? s) => s is { } v ? Math.Round(v, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture) : "—";
        static string Value(decimal? v, MetricUnit unit) => v is not { } x ? "—"
            : unit == MetricUnit.Percent ? Math.Round(x * 100m, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture) + "%"
            : Math.Round(x, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{definition.Name} as of {CommonOptions.FormatDate(date)}"));
        foreach (var card in cards)
        {
            output.WriteLine();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{card.Entity}: score {Score(card.Score)}, {ScorecardJson.StatusCode(card.Status)}, coverage {Math.Round(card.Coverage * 100m, 0, MidpointRounding.AwayFromZero):0}%"));
            var table = new TableWriter(
                new Column("Metric"),
                new Column("Role"),
                new Column("Value", Align.Right),
                new Column("Score", Align.Right),
                new Column("Weight", Align.Right),
                new Column("Status"));
            for (var i = 0; i < card.Metrics.Count; i++)
            {
                var m = card.Metrics[i];
                table.AddRow(
                    m.Name,
                    ScorecardJson.RoleCode(m.Role),
                    Value(m.Value, definition.Metrics[i].Unit),
                    Score(m.Score),
                    Math.Round(m.Weight * 100m, 0, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) + "%",
                    m.Status is { } s ? ScorecardJson.StatusCode(s) + (m.HardLimitBreached ? " (hard limit)" : string.Empty) : "missing");
            }

            table.Write(output);
            foreach (var reason in card.Metrics.SelectMany(m => m.Reasons))
            {
                output.WriteLine("  " + reason);
            }

            foreach (var line in card.Explanation)
            {
                output.WriteLine("  " + line);
            }

            output.WriteLine(card.Alerts.Count == 0 ? "  alerts: none" : "  alerts:");
            foreach (var alert in card.Alerts)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {ScorecardJson.StatusCode(alert.Severity)} {alert.MetricId} {CommonOptions.FormatDate(alert.Date)} {alert.Method}: {alert.Detail}"));
            }
        }
    }
}
