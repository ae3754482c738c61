using System.CommandLine;
using CrossBorder.Cli.Input;
using CrossBorder.Cli.Output;
using CrossBorder.Fx;
using NodaTime;

namespace CrossBorder.Cli.Commands.Fx;

/// <summary><c>crossborder fx watch</c>: replays threshold rules over a rate history and lists what would have fired.</summary>
internal static class FxWatchCommand
{
    /// <summary>The staleness guard of a rule that names none.</summary>
    public static readonly Duration DefaultMaxStaleness = Duration.FromDays(4);

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

        command.SetAction(parseResult => CommonOptions.Execute(context, () =>
        {
            var history = FxFiles.ReadRates(FxCommands.Require(parseResult.GetValue(rates), "--rates", "a rate history"), "rate history");
            var rulesPath = FxCommands.Require(parseResult.GetValue(rules), "--rules", "a rules file");
            var ruleSet = ReadRules(rulesPath);
            var results = new List<RuleResult>();
            foreach (var (rule, description) in ruleSet)
            {
                var observations = history.Store.History(rule.Pair, history.Kind);
                if (observations.Count == 0)
                {
                    var held = string.Join(", ", history.Store.Series.Select(s => s.Pair.ToString()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
                    throw new UserErrorException($"rules file '{rulesPath}' rule '{rule.Id}' watches {rule.Pair}, but rate history '{history.Path}' has no {rule.Pair} observations (it has {held}).");
                }

                results.Add(Replay(rule, description, observations));
            }

            var chartPath = parseResult.GetValue(chart);
            if (chartPath is not null)
            {
                var first = results[0];
                SvgChart.Write(chartPath, first.Observations, [.. results.Where(r => r.Rule.Pair.Equals(first.Rule.Pair))]);
            }

            Write(context.Output, parseResult.GetRequiredValue(format), history, results, chartPath);
        }));
        return command;
    }

    /// <summary>Evaluates each observation when it arrives (at its own as-of instant), carrying the rule's state forward.</summary>
    private static RuleResult Replay(ThresholdRule rule, string? description, IReadOnlyList<FxRate> observations)
    {
        var state = ThresholdState.Initial;
        var events = new List<ThresholdEvent>();
        var audit = new List<ThresholdAuditRecord>();
        foreach (var observation in observations)
        {
            var evaluation = rule.Evaluate([observation], observation.AsOf, state);
            events.AddRange(evaluation.Events);
            audit.AddRange(evaluation.Audit);
            state = evaluation.FinalState;
        }

        return new RuleResult(rule, description, observations, events, audit);
    }

    private static List<(ThresholdRule Rule, string? Description)> ReadRules(string path)
    {
        var input = FxFiles.ReadJson(path, CliJson.RulesInput, "rules file");
        if (input.Unknown is { Count: > 0 } unknown)
        {
            throw new UserErrorException($"rules file '{path}' has unknown property '{unknown.Keys.First()}'; it has {RulesInput.KnownProperties}.");
        }

        if (input.Rules is not { Count: > 0 } items)
        {
            throw new UserErrorException($"rules file '{path}' has no \"rules\".");
        }

        var rules = new List<(ThresholdRule, string?)>();
        for (var i = 0; i < items.Count; i++)
        {
            var where = $"rules file '{path}' rule {FxFiles.Int(i + 1)}";
            var item = items[i] ?? throw new UserErrorException($"{where} is null.");
            if (item.Unknown is { Count: > 0 } extra)
            {
                throw new UserErrorException($"{where} has unknown property '{extra.Keys.First()}'; a rule has {RuleInput.KnownProperties}.");
            }

            var id = string.IsNullOrWhiteSpace(item.Id) ? throw new UserErrorException($"{where} has no \"id\".") : item.Id.Trim();
            where = $"rules file '{path}' rule '{id}'";
            if (rules.Any(r => string.Equals(r.Item1.Id, id, StringComparison.Ordinal)))
            {
                throw new UserErrorException($"{where}: the id is used twice.");
            }

            var pair = CurrencyPair.TryParse(item.Pair?.Trim().ToUpperInvariant(), out var p)
                ? p
                : throw new UserErrorException($"{where}: pair '{item.Pair}' is not two known ISO 4217 codes such as \"USD/CNY\".");
            var direction = Normalize(item.Direction) switch
            {
                "below" or "fallsbelow" => ThresholdDirection.FallsBelow,
                "above" or "risesabove" => ThresholdDirection.RisesAbove,
                _ => throw new UserErrorException($"{where}: direction '{item.Direction}' is not \"below\" or \"above\"."),
            };
            var threshold = item.Threshold ?? throw new UserErrorException($"{where} has no \"threshold\".");
            var side = FxCommands.ParseSide(item.Side, where);
            var maxAge = item.MaxStaleness is null
                ? DefaultMaxStaleness
                : FxFiles.TryParseDuration(item.MaxStaleness, out var d)
                    ? d
                    : throw new UserErrorException($"{where}: maxStaleness '{item.MaxStaleness}' is not a duration such as 4d, 36h or 90m.");
            var names = (item.Actions ?? []).Concat(item.Action is null ? [] : [item.Action]).ToList();
            if (names.Count == 0)
            {
                throw new UserErrorException($"{where} has no \"actions\": give one or more of pauseNewOrders, reprice, hedge, notify.");
            }

            var actions = names.Select(n => Enum.GetValues<FxAction>().FirstOrDefault(a => Normalize(a.ToString()) == Normalize(n), (FxAction)(-1))).ToList();
            var bad = names.Where((n, j) => actions[j] == (FxAction)(-1)).FirstOrDefault();
            if (bad is not null)
            {
                throw new UserErrorException($"{where}: action '{bad}' is not pauseNewOrders, reprice, hedge or notify.");
            }

            try
            {
                rules.Add((ThresholdRule.Create(id, pair, direction, threshold, side, item.Band ?? 0m, item.Debounce ?? 1, maxAge, actions), item.Description));
            }
            catch (ArgumentException e)
            {
                throw new UserErrorException($"{where} is inconsistent: {FxFiles.FirstSentence(e.Message)}", e);
            }
        }

        return rules;
    }

    private static string Normalize(string? text) =>
        (text ?? string.Empty).Replace("-", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal).Trim().ToLowerInvariant();

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
                    FxFiles.FormatDuration(r.Rule.MaxAge),
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
                $"{Price(rule.Threshold)} (re-arm past {Price(rule.ReArmLevel)}, debounce {FxFiles.Int(rule.Debounce)}, max staleness {FxFiles.FormatDuration(rule.MaxAge)}) " +
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
