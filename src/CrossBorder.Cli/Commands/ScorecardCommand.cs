using System.CommandLine;
using System.Globalization;
using CrossBorder.Cli.Input;
using CrossBorder.Cli.Output;
using CrossBorder.Scorecards;
using CrossBorder.Text;
using NodaTime;
using NodaTime.Text;

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
        var format = CommonOptions.CreateFormatOption();
        var command = new Command(
            "scorecard",
            "Score each entity in a values file against a scorecard definition: each metric's value, score and RAG status with its reasons, " +
            "the weighted composite with its coverage (red whenever a marketplace hard limit is breached), and the movement since the comparison date explained.")
        {
            definition,
            values,
            asOf,
            format,
        };
        command.SetAction(parseResult => CommonOptions.Execute(context, files => Run(
            context,
            files,
            parseResult.GetValue(definition),
            parseResult.GetValue(values),
            parseResult.GetValue(asOf),
            parseResult.GetRequiredValue(format))));
        return command;
    }

    private static void Run(CliContext context, RunFiles files, string? definitionPath, string? valuesPath, string? asOfText, string format)
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
        var definition = JsonInput.ReadWith(definitionPath, "--definition", text => ScorecardDefinitionJson.Parse(text, definitionPath));
        var observations = JsonInput.ReadWith(valuesPath, "--values", text => ReadValues(new StringReader(text), valuesPath));
        var date = asOfText is null ? observations.Max(o => o.Date) : CommonOptions.ParseDate(asOfText, "--as-of");
        var cards = CommonOptions.Calculate(valuesPath, () => ScorecardEngine.Score(definition, observations, date));
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

        output.WriteLine($"{definition.Name} as of {CommonOptions.FormatDate(date)}");
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
                output.WriteLine($"    {ScorecardJson.StatusCode(alert.Severity)} {alert.MetricId} {CommonOptions.FormatDate(alert.Date)} {alert.Method}: {alert.Detail}");
            }
        }
    }

    /// <summary>
    /// A minimal strict read of the long values CSV, until the library's <c>ScorecardValuesCsv.Read</c> (built in
    /// parallel) is merged and replaces it: date, entity, metric, value, and optionally numerator and denominator.
    /// </summary>
    internal static IReadOnlyList<MetricObservation> ReadValues(TextReader reader, string source)
    {
        const string Expected = "date,entity,metric,value[,numerator,denominator]";
        var table = CsvTable.Open(reader, source);
        int date = table.Require("date", Expected), entity = table.Require("entity", Expected), metric = table.Require("metric", Expected), value = table.Require("value", Expected);
        int numerator = table.IndexOf("numerator"), denominator = table.IndexOf("denominator");
        if ((numerator < 0) != (denominator < 0))
        {
            throw table.Error(1, $"the header has numerator and denominator together or neither; expected {Expected}.");
        }

        decimal? Number(CsvRow row, int index) =>
            index < 0 || row.Get(index).Length == 0 ? null
                : decimal.TryParse(row.Get(index), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) ? d
                : throw row.Invalid(index, "a number such as 12.5");
        var rows = new List<MetricObservation>();
        foreach (var row in table.Rows())
        {
            var day = LocalDatePattern.Iso.Parse(row.Get(date));
            rows.Add(new MetricObservation(
                day.Success ? day.Value : throw row.Invalid(date, "a yyyy-MM-dd date"),
                row.Get(entity) is { Length: > 0 } e ? e : throw row.Error("the entity is empty."),
                row.Get(metric) is { Length: > 0 } m ? m : throw row.Error("the metric is empty."),
                Number(row, value),
                Number(row, numerator),
                Number(row, denominator)));
        }

        return rows.Count > 0 ? rows : throw table.Error(1, "the file has a header and no rows.");
    }
}
