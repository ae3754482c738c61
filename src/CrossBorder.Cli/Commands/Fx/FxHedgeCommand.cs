using System.CommandLine;
using System.Globalization;
using CrossBorder.Cli.Input;
using CrossBorder.Cli.Output;
using CrossBorder.Fx;
using NodaTime;

namespace CrossBorder.Cli.Commands.Fx;

/// <summary><c>crossborder fx hedge</c>: exposure by currency and month, and the layered hedge plan.</summary>
internal static class FxHedgeCommand
{
    /// <summary>The months each layer of <c>--policy</c> covers.</summary>
    public const int MonthsPerLayer = 3;

    public static Command Create(CliContext context)
    {
        var exposures = FxCommands.FileOption(
            "--exposures",
            $"Exposure CSV with the columns {ExposureCsv.Columns}: kind receivable|payable|forecast, amounts positive " +
            "(a forecast may be negative, an outflow), probability of a forecast as 80% or 0.8.",
            "FILE.csv");
        var home = new Option<string?>("--home")
        {
            Description = "The home (reporting) currency: CNY.",
            HelpName = "CCY",
        };
        var rates = FxCommands.FileOption("--rates", "Rates to value exposure in the home currency (any format fx convert reads).", "FILE");
        var asOf = FxCommands.DateOption("--as-of", "The policy date: its month is month 0; earlier months are past due and left out of the plan.");
        var policy = new Option<string>("--policy")
        {
            Description = $"Hedge ratios in percent for consecutive {FxFiles.Int(MonthsPerLayer)}-month layers, nearest first: 75/50/25 (default) hedges 75% of months 0–2, 50% of 3–5, 25% of 6–8.",
            HelpName = "H1/H2/...",
            DefaultValueFactory = _ => "75/50/25",
        };
        var hedges = FxCommands.FileOption(
            "--hedges",
            $"Hedges in place, CSV with the columns {HedgeCsv.Columns}: month yyyy-MM, amount signed like the exposure it covers (+ sells the currency forward).",
            "FILE.csv");
        var maxAge = new Option<string?>("--max-age")
        {
            Description = "The oldest rate accepted at --as-of: 5d (default).",
            HelpName = "DURATION",
        };
        var format = CommonOptions.CreateFormatOption();

        var command = new Command(
            "hedge",
            "Net exposure by currency and month (receivables − payables + probability × forecasts), valued in the home currency, " +
            "and the layered hedge plan: target = ratio × exposure, top-up = target − existing (never unwinding).")
        {
            exposures, home, rates, asOf, policy, hedges, maxAge, format,
        };

        command.SetAction(parseResult => CommonOptions.Execute(context, files =>
        {
            var homeCurrency = FxCommands.RequireMinorUnit(FxCommands.ParseCurrency(parseResult.GetValue(home), "--home"), "--home");
            var day = CommonOptions.ParseDate(FxCommands.Require(parseResult.GetValue(asOf), "--as-of", "the policy date, YYYY-MM-DD"), "--as-of");
            var policyObject = ParsePolicy(parseResult.GetRequiredValue(policy));
            var age = FxCommands.ParseMaxAge(parseResult.GetValue(maxAge), "--max-age", FxConvertCommand.DefaultMaxAge);
            var exposurePath = files.Input("--exposures", FxCommands.Require(parseResult.GetValue(exposures), "--exposures", "an exposure CSV"));
            var ratesPath = files.Input("--rates", FxCommands.Require(parseResult.GetValue(rates), "--rates", "a rates file"));
            var hedgePath = files.OptionalInput("--hedges", parseResult.GetValue(hedges));
            var ledger = new ExposureLedger(FxFiles.Parse(exposurePath, "--exposures", "exposure file", (reader, source) => ExposureCsv.Parse(reader, source, null)));
            var existing = hedgePath is null
                ? []
                : FxFiles.Parse(hedgePath, "--hedges", "hedges file", (reader, source) => HedgeCsv.Parse(reader, source, null));
            var file = FxFiles.ReadRates(ratesPath, "--rates", "rates file");
            var resolver = FxCommands.Resolver(file, age);
            var rateSet = ledger.Items
                .Select(i => i.Amount.Currency)
                .Distinct()
                .Where(c => !c.Equals(homeCurrency))
                .OrderBy(c => c.Code, StringComparer.Ordinal)
                .ToDictionary(c => c, c => FxCommands.GetRate(resolver, file, new CurrencyPair(c, homeCurrency), day));
            var valued = FxCommands.Compute("exposure", () => ledger.InHomeCurrency(homeCurrency, rateSet.Values, FxCommands.Rounding));
            var plan = FxCommands.Compute("hedge plan", () => policyObject.Plan(ledger.Buckets(), new YearMonth(day.Year, day.Month), existing));
            Write(context.Output, parseResult.GetRequiredValue(format), day, homeCurrency, policyObject, valued, plan, rateSet, file);
        }));
        return command;
    }

    /// <summary>
    /// The layers of <c>--policy 75/50/25</c>: each ratio read by the shared percentage parser (the % sign optional),
    /// each layer checked by <see cref="HedgeLayer"/> itself (a ratio from 0% to 100%).
    /// </summary>
    private static LayeredHedgePolicy ParsePolicy(string text)
    {
        var parts = text.Split('/', StringSplitOptions.TrimEntries);
        var layers = new List<HedgeLayer>();
        for (var i = 0; i < parts.Length; i++)
        {
            var layer = $"--policy '{CommonOptions.Echo(text)}' layer {FxFiles.Int(i + 1)}";
            var ratio = CommonOptions.ParsePercentage(parts[i], layer, signOptional: true);
            var (from, to) = (i * MonthsPerLayer, (i + 1) * MonthsPerLayer);
            layers.Add(FxCommands.Compute(layer, () => new HedgeLayer(from, to, ratio)));
        }

        return new LayeredHedgePolicy(layers);
    }

    private static void Write(
        TextWriter output, string format, LocalDate asOf, Currency home, LayeredHedgePolicy policy,
        IReadOnlyList<HomeExposure> exposure, HedgePlan plan, Dictionary<Currency, FxRate> rates, RateFile file)
    {
        Money TopUpHome(HedgeTarget t) =>
            rates.TryGetValue(t.Bucket.Currency, out var rate)
                ? rate.ConvertAmount(FxCommands.Round(t.TopUp), PriceSide.Mid, FxCommands.Rounding)
                : FxCommands.Round(t.TopUp);

        if (format == CommonOptions.Json)
        {
            CliJson.Write(
                output,
                new FxHedgeJson(
                    CommonOptions.FormatDate(asOf),
                    home.Code,
                    [.. policy.Layers.Select(l => new FxHedgeLayerJson(l.FromMonth, l.ToMonth, l.Ratio.Percent))],
                    [.. exposure.Select(e => new FxExposureJson(
                        e.Bucket.Currency.Code,
                        FxCommands.Month(e.Bucket.Month),
                        FxCommands.Round(e.Bucket.Receivables),
                        FxCommands.Round(e.Bucket.Payables),
                        FxCommands.Round(e.Bucket.WeightedForecasts),
                        FxCommands.Round(e.Bucket.Net),
                        e.Home,
                        e.Conversion?.AppliedPrice))],
                    [.. plan.Targets.Select(t => new FxHedgeTargetJson(
                        t.Bucket.Currency.Code,
                        FxCommands.Month(t.Bucket.Month),
                        t.MonthsAhead,
                        t.Ratio.Percent,
                        FxCommands.Round(t.Bucket.Net),
                        FxCommands.Round(t.Target),
                        FxCommands.Round(t.Existing),
                        FxCommands.Round(t.TopUp),
                        TopUpHome(t),
                        t.IsOverHedged,
                        t.IsWrongWay))],
                    [.. plan.UnmatchedHedges.Select(h => new FxUnmatchedHedgeJson(h.Amount.Currency.Code, FxCommands.Month(h.Month), FxCommands.Round(h.Amount)))]),
                CliJson.FxHedge);
            return;
        }

        output.WriteLine($"Exposure by currency and month, in {home.Code} at the mid rates as of {CommonOptions.FormatDate(asOf)} from '{file.Path}':");
        foreach (var (currency, rate) in rates)
        {
            output.WriteLine($"  {currency.Code}/{home.Code} {FxCommands.ShowRate(rate.Price(PriceSide.Mid))} ({FxCommands.Chain(rate)}, as of {FxCommands.At(rate.AsOf)})");
        }

        output.WriteLine();
        var table = new TableWriter(
            new Column("currency"), new Column("month"), new Column("receivables", Align.Right), new Column("payables", Align.Right),
            new Column("forecasts × p", Align.Right), new Column("net", Align.Right), new Column("net in " + home.Code, Align.Right));
        foreach (var e in exposure)
        {
            table.AddRow(
                e.Bucket.Currency.Code, FxCommands.Month(e.Bucket.Month), FxCommands.Show(e.Bucket.Receivables), FxCommands.Show(e.Bucket.Payables),
                FxCommands.Show(e.Bucket.WeightedForecasts), FxCommands.Show(e.Bucket.Net), FxCommands.Show(e.Home));
        }

        table.Write(output);
        output.WriteLine();
        output.WriteLine($"Hedge plan, policy {string.Join(", ", policy.Layers.Select(l => $"{l.Ratio.ToString(null, CultureInfo.InvariantCulture)} of months {FxFiles.Int(l.FromMonth)}–{FxFiles.Int(l.ToMonth - 1)}"))} ahead " +
            "(+ sells the currency forward, − buys it):");
        output.WriteLine();
        var planTable = new TableWriter(
            new Column("currency"), new Column("month"), new Column("ahead", Align.Right), new Column("ratio", Align.Right),
            new Column("exposure", Align.Right), new Column("target", Align.Right), new Column("existing", Align.Right),
            new Column("top-up", Align.Right), new Column("top-up in " + home.Code, Align.Right), new Column("note"));
        foreach (var t in plan.Targets)
        {
            planTable.AddRow(
                t.Bucket.Currency.Code, FxCommands.Month(t.Bucket.Month), FxFiles.Int(t.MonthsAhead), t.Ratio.ToString(),
                FxCommands.Show(t.Bucket.Net), FxCommands.Show(t.Target), FxCommands.Show(t.Existing), FxCommands.Show(t.TopUp),
                FxCommands.Show(TopUpHome(t)), t.IsWrongWay ? "wrong-way: the hedge adds to the exposure" : t.IsOverHedged ? "over-hedged" : string.Empty);
        }

        planTable.Write(output);
        if (plan.UnmatchedHedges.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"Hedges with no exposure in the plan (counted in no target; unwind or re-assign them):");
            foreach (var h in plan.UnmatchedHedges)
            {
                output.WriteLine($"  {FxCommands.Show(h.Amount)} in {FxCommands.Month(h.Month)}");
            }
        }
    }
}
