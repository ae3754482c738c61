using System.CommandLine;
using CrossBorder.Cli.Input;
using CrossBorder.Cli.Output;
using CrossBorder.Fx;

namespace CrossBorder.Cli.Commands.Fx;

/// <summary><c>crossborder fx watch</c>: replays threshold rules over a rate history and lists what would have fired.</summary>
internal static class FxWatchCommand
{
    public static Command Create(CliContext context)
    {
        var rates = FxCommands.FileOption(
            "--rates",
            "The rate history: CSV 'date,base,quote,bid,mid,ask' (or 'timestamp,...' with UTC timestamps), 'date,base,quote,rate', or an ECB file.",
            "HISTORY.csv");
        var rules = FxCommands.FileOption(
            "--rules",
            "Rules: {\"rules\":[{\"id\":\"pause\",\"pair\":\"USD/CNY\",\"direction\":\"below\",\"threshold\":7.00,\"side\":\"mid\"," +
            "\"band\":0.02,\"debounce\":2,\"maxStaleness\":\"4d\",\"actions\":[\"pauseNewOrders\"]}]}; actions pauseNewOrders, reprice, hedge, notify.",
            "RULES.json");
        var chart = FxCommands.FileOption(
            "--chart",
            "Also write an SVG line chart of the first rule's pair with its threshold and re-arm lines and markers where it fired.",
            "chart.svg");
        var format = CommonOptions.CreateFormatOption();

        var command = new Command(
            "watch",
            "Replay threshold rules over a rate history, observation by observation as a host would see them arrive, " +
            "and list the actions that would have fired (once per arming, after debounce, re-armed past the hysteresis band) with the audit trail.")
        {
            rates, rules, chart, format,
        };

        command.SetAction(parseResult => CommonOptions.Execute(context, files =>
        {
            // Every file is registered before any is read: a chart that is the rates or rules file is refused untouched.
            var ratesPath = files.Input("--rates", FxCommands.Require(parseResult.GetValue(rates), "--rates", "a rate history"));
            var rulesPath = files.Input("--rules", FxCommands.Require(parseResult.GetValue(rules), "--rules", "a rules file"));
            var chartOutput = files.OptionalOutput("--chart", parseResult.GetValue(chart));
            var history = FxFiles.ReadRates(ratesPath, "--rates", "rate history");
            var pack = FxFiles.Parse(rulesPath, "--rules", "rules file", (reader, source) => ThresholdRulePack.Parse(reader, source, null));
            var results = new List<RuleResult>();
            foreach (var rule in pack.Rules)
            {
                files.Cancellation.ThrowIfCancellationRequested();
                var observations = history.Store.History(rule.Pair, history.Kind);
                if (observations.Count == 0)
                {
                    var held = string.Join(", ", history.Store.Series.Select(s => s.Pair.ToString()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
                    throw new UserErrorException($"rules file '{rulesPath}' rule '{rule.Id}' watches {rule.Pair}, but rate history '{history.Path}' has no {rule.Pair} observations (it has {held}).");
                }

                var replay = rule.Replay(observations);
                results.Add(new RuleResult(rule, pack.DescriptionOf(rule.Id), observations, replay.Events, replay.Audit));
            }

            if (chartOutput is not null)
            {
                var first = results[0];
                SvgChart.Write(chartOutput, first.Observations, [.. results.Where(r => r.Rule.Pair.Equals(first.Rule.Pair))]);
            }

            Write(context.Output, parseResult.GetRequiredValue(format), history, results, chartOutput?.Path);
        }));
        return command;
    }

    private static string Price(decimal price) => price.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static void Write(TextWriter output, string format, RateFile history, List<RuleResult> results, string? chartPath)
    {
        var all = results.SelectMany(r => r.Observations).ToList();
        var from = FxCommands.At(all.Min(o => o.AsOf));
        var to = FxCommands.At(all.Max(o => o.AsOf));
        if (format == CommonOptions.Json)
        {
            CliJson.Write(
                output,
                new FxWatchJson(history.Path, history.Store.Count, from, to, chartPath, [.. results.Select(r => new FxRuleResultJson(
                    r.Rule.Id,
                    r.Description,
                    r.Rule.Pair.ToString(),
                    r.Rule.Direction.ToString(),
                    r.Rule.Threshold,
                    FxCommands.SideName(r.Rule.PriceSide),
                    r.Rule.Band,
                    r.Rule.ReArmLevel,
                    r.Rule.Debounce,
                    CompactDuration.Format(r.Rule.MaxAge),
                    [.. r.Rule.Actions.Select(a => a.ToString())],
                    [.. r.Events.Select(e => new FxFiredJson(FxCommands.At(e.At), e.Price, [.. e.Actions.Select(a => a.ToString())], e.IdempotencyKey, e.Reason))],
                    [.. r.Audit.Select(a => new FxAuditJson(FxCommands.At(a.At), a.Kind.ToString(), a.Price, a.Reason))]))]),
                CliJson.FxWatch);
            return;
        }

        output.WriteLine($"{FxFiles.Int(history.Store.Count)} observations in '{history.Path}' from {from} to {to}, replayed in order.");
        foreach (var r in results)
        {
            var rule = r.Rule;
            output.WriteLine();
            output.WriteLine($"Rule {rule.Id}: {rule.Pair} {FxCommands.SideName(rule.PriceSide)} {(rule.Direction == ThresholdDirection.FallsBelow ? "falls below" : "rises above")} " +
                $"{Price(rule.Threshold)} (re-arm past {Price(rule.ReArmLevel)}, debounce {FxFiles.Int(rule.Debounce)}, max staleness {CompactDuration.Format(rule.MaxAge)}) " +
                $"→ {string.Join(", ", rule.Actions)}");
            if (r.Description is { Length: > 0 } description)
            {
                output.WriteLine($"  {description}");
            }

            output.WriteLine($"Fired {FxFiles.Int(r.Events.Count)} time(s) over {FxFiles.Int(r.Observations.Count)} observations:");
            output.WriteLine();
            var fired = new TableWriter(new Column("date"), new Column(FxCommands.SideName(rule.PriceSide), Align.Right), new Column("actions"), new Column("idempotency key"));
            foreach (var e in r.Events)
            {
                fired.AddRow(FxCommands.At(e.At), Price(e.Price), string.Join(", ", e.Actions), e.IdempotencyKey);
            }

            fired.Write(output);
            output.WriteLine();
            output.WriteLine("Audit:");
            output.WriteLine();
            var audit = new TableWriter(new Column("date"), new Column("event"), new Column(FxCommands.SideName(rule.PriceSide), Align.Right), new Column("reason"));
            foreach (var a in r.Audit)
            {
                audit.AddRow(FxCommands.At(a.At), a.Kind.ToString(), Price(a.Price), a.Reason);
            }

            audit.Write(output);
        }

        if (chartPath is not null)
        {
            output.WriteLine();
            output.WriteLine($"Chart written to '{chartPath}'.");
        }
    }

    /// <summary>What one rule did over the history.</summary>
    internal sealed record RuleResult(
        ThresholdRule Rule,
        string? Description,
        IReadOnlyList<FxRate> Observations,
        IReadOnlyList<ThresholdEvent> Events,
        IReadOnlyList<ThresholdAuditRecord> Audit);
}
