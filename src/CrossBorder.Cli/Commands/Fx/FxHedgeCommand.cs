using System.CommandLine;
using System.Globalization;
using CrossBorder.Cli.Input;
using CrossBorder.Cli.Output;
using CrossBorder.Fx;
using NodaTime;
using NodaTime.Text;

namespace CrossBorder.Cli.Commands.Fx;

/// <summary><c>crossborder fx hedge</c>: exposure by currency and month, and the layered hedge plan.</summary>
internal static class FxHedgeCommand
{
    /// <summary>The months each layer of <c>--policy</c> covers.</summary>
    public const int MonthsPerLayer = 3;

    private const string ExposureColumns = "kind,currency,amount,date[,probability][,reference]";
    private const string HedgeColumns = "currency,amount,month[,reference]";

    public static Command Create(CliContext context)
    {
        var exposures = FxCommands.FileOption(
            "--exposures",
            $"Exposure CSV with the columns {ExposureColumns}: kind receivable|payable|forecast, amounts positive " +
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
            $"Hedges in place, CSV with the columns {HedgeColumns}: month yyyy-MM, amount signed like the exposure it covers (+ sells the currency forward).",
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

        command.SetAction(parseResult => CommonOptions.Execute(context, () =>
        {
            var homeCurrency = FxCommands.ParseCurrency(parseResult.GetValue(home), "--home");
            var day = FxCommands.ParseDate(FxCommands.Require(parseResult.GetValue(asOf), "--as-of", "the policy date, YYYY-MM-DD"), "--as-of", context);
            var layers = ParsePolicy(parseResult.GetRequiredValue(policy));
            var exposurePath = FxCommands.Require(parseResult.GetValue(exposures), "--exposures", "an exposure CSV");
            var ratesPath = FxCommands.Require(parseResult.GetValue(rates), "--rates", "a rates file");
            var ledger = new ExposureLedger(ReadExposures(exposurePath));
            var existing = parseResult.GetValue(hedges) is { } hedgePath ? ReadHedges(hedgePath) : [];
            var age = FxCommands.ParseMaxAge(parseResult.GetValue(maxAge), "--max-age", FxConvertCommand.DefaultMaxAge);
            var file = FxFiles.ReadRates(ratesPath);
            var resolver = FxCommands.Resolver(file, age);
            var rateSet = ledger.Items
                .Select(i => i.Amount.Currency)
                .Distinct()
                .Where(c => !c.Equals(homeCurrency))
                .OrderBy(c => c.Code, StringComparer.Ordinal)
                .ToDictionary(c => c, c => FxCommands.GetRate(resolver, file, new CurrencyPair(c, homeCurrency), day));
            var valued = ledger.InHomeCurrency(homeCurrency, rateSet.Values, FxCommands.Rounding);
            var policyObject = new LayeredHedgePolicy(layers);
            var plan = policyObject.Targets(ledger.Buckets(), new YearMonth(day.Year, day.Month), existing);
            Write(context.Output, parseResult.GetRequiredValue(format), day, homeCurrency, policyObject, valued, plan, rateSet, file);
        }));
        return command;
    }

    private static List<HedgeLayer> ParsePolicy(string text)
    {
        var parts = text.Split('/', StringSplitOptions.TrimEntries);
        var layers = new List<HedgeLayer>();
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i].TrimEnd('%');
            if (!decimal.TryParse(part, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var percent) || percent > 100m)
            {
                throw new UserErrorException($"--policy '{text}': '{parts[i]}' (layer {FxFiles.Int(i + 1)}) is not a percentage from 0 to 100; write ratios such as 75/50/25.");
            }

            layers.Add(new HedgeLayer(i * MonthsPerLayer, (i + 1) * MonthsPerLayer, Percentage.FromPercent(percent)));
        }

        return layers;
    }

    private static List<ExposureItem> ReadExposures(string path)
    {
        const string What = "exposure file";
        var (header, rows) = FxFiles.ReadCsv(path, What);
        var column = Columns(header, path, What, ["kind", "currency", "amount", "date"], ["probability", "reference"], ExposureColumns);
        var items = new List<ExposureItem>();
        foreach (var (line, fields) in rows)
        {
            var where = $"{What} '{path}' line {FxFiles.Int(line)}";
            var currency = Currency(fields[column["currency"]], where);
            var amount = Amount(fields[column["amount"]], where);
            var date = LocalDatePattern.Iso.Parse(fields[column["date"]]) is { Success: true } d
                ? d.Value
                : throw new UserErrorException($"{where}: '{fields[column["date"]]}' is not a date (yyyy-MM-dd).");
            var probabilityText = column.TryGetValue("probability", out var p) ? fields[p] : string.Empty;
            var reference = column.TryGetValue("reference", out var r) ? fields[r] : string.Empty;
            var money = Money.Of(amount, currency);
            try
            {
                items.Add(fields[column["kind"]].ToLowerInvariant() switch
                {
                    "receivable" => ExposureItem.Receivable(money, date, reference),
                    "payable" => ExposureItem.Payable(money, date, reference),
                    "forecast" => ExposureItem.Forecast(money, date, Probability(probabilityText, where), reference),
                    var other => throw new UserErrorException($"{where}: kind '{other}' is not receivable, payable or forecast."),
                });
            }
            catch (ArgumentException e)
            {
                throw new UserErrorException($"{where}: {FxFiles.FirstSentence(e.Message)}", e);
            }

            if (probabilityText.Length > 0 && items[^1].Kind != ExposureKind.Forecast)
            {
                throw new UserErrorException($"{where}: a {items[^1].Kind.ToString().ToLowerInvariant()} is certain; leave its probability empty.");
            }
        }

        return items.Count > 0 ? items : throw new UserErrorException($"{What} '{path}' has no rows.");
    }

    private static List<ExistingHedge> ReadHedges(string path)
    {
        const string What = "hedges file";
        var (header, rows) = FxFiles.ReadCsv(path, What);
        var column = Columns(header, path, What, ["currency", "amount", "month"], ["reference"], HedgeColumns);
        var hedges = new List<ExistingHedge>();
        foreach (var (line, fields) in rows)
        {
            var where = $"{What} '{path}' line {FxFiles.Int(line)}";
            var currency = Currency(fields[column["currency"]], where);
            var amount = Amount(fields[column["amount"]], where);
            var month = YearMonthPattern.Iso.Parse(fields[column["month"]]) is { Success: true } m
                ? m.Value
                : throw new UserErrorException($"{where}: '{fields[column["month"]]}' is not a month (yyyy-MM).");
            hedges.Add(new ExistingHedge(Money.Of(amount, currency), month));
        }

        return hedges;
    }

    private static Dictionary<string, int> Columns(string[] header, string path, string what, string[] required, string[] optional, string expected)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            if (!required.Contains(header[i], StringComparer.Ordinal) && !optional.Contains(header[i], StringComparer.Ordinal))
            {
                throw new UserErrorException($"{what} '{path}' has an unknown column '{header[i]}'; expected {expected}.");
            }

            if (!columns.TryAdd(header[i], i))
            {
                throw new UserErrorException($"{what} '{path}' has the column '{header[i]}' twice.");
            }
        }

        var missing = required.FirstOrDefault(c => !columns.ContainsKey(c));
        return missing is null ? columns : throw new UserErrorException($"{what} '{path}' has no column '{missing}'; expected {expected}.");
    }

    private static Currency Currency(string code, string where) =>
        CrossBorder.Currency.TryFromCode(code.ToUpperInvariant(), out var currency)
            ? currency
            : throw new UserErrorException($"{where}: unknown currency code '{code}'.");

    private static decimal Amount(string text, string where) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
            ? amount
            : throw new UserErrorException($"{where}: amount '{text}' is not a number (invariant, such as 1234.56).");

    private static Percentage Probability(string text, string where)
    {
        if (text.Length == 0)
        {
            throw new UserErrorException($"{where}: a forecast needs a probability, such as 80% or 0.8.");
        }

        var percent = text.EndsWith('%');
        if (!decimal.TryParse(text.TrimEnd('%'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ||
            (percent ? value > 100m : value > 1m))
        {
            throw new UserErrorException($"{where}: probability '{text}' is not between 0 and 1 (or 0% and 100%).");
        }

        return percent ? Percentage.FromPercent(value) : Percentage.FromFraction(value);
    }

    private static void Write(
        TextWriter output, string format, LocalDate asOf, Currency home, LayeredHedgePolicy policy,
        IReadOnlyList<HomeExposure> exposure, IReadOnlyList<HedgeTarget> plan, Dictionary<Currency, FxRate> rates, RateFile file)
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
                    FxCommands.Date(asOf),
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
                    [.. plan.Select(t => new FxHedgeTargetJson(
                        t.Bucket.Currency.Code,
                        FxCommands.Month(t.Bucket.Month),
                        t.MonthsAhead,
                        t.Ratio.Percent,
                        FxCommands.Round(t.Bucket.Net),
                        FxCommands.Round(t.Target),
                        FxCommands.Round(t.Existing),
                        FxCommands.Round(t.TopUp),
                        TopUpHome(t),
                        t.IsOverHedged))]),
                CliJson.FxHedge);
            return;
        }

        output.WriteLine($"Exposure by currency and month, in {home.Code} at the mid rates as of {FxCommands.Date(asOf)} from '{file.Path}':");
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
        foreach (var t in plan)
        {
            planTable.AddRow(
                t.Bucket.Currency.Code, FxCommands.Month(t.Bucket.Month), FxFiles.Int(t.MonthsAhead), t.Ratio.ToString(),
                FxCommands.Show(t.Bucket.Net), FxCommands.Show(t.Target), FxCommands.Show(t.Existing), FxCommands.Show(t.TopUp),
                FxCommands.Show(TopUpHome(t)), t.IsOverHedged ? "over-hedged" : string.Empty);
        }

        planTable.Write(output);
    }
}
