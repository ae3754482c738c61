using System.CommandLine;
using CrossBorder.Cli.Input;
using CrossBorder.Cli.Output;
using CrossBorder.Fx;
using NodaTime;

namespace CrossBorder.Cli.Commands.Fx;

/// <summary><c>crossborder fx convert</c>: converts money with the rate of a file, showing the rate's chain and source.</summary>
internal static class FxConvertCommand
{
    /// <summary>The default largest rate age: a weekend plus a holiday for daily rates.</summary>
    public static readonly Duration DefaultMaxAge = Duration.FromDays(5);

    public static Command Create(CliContext context)
    {
        var amount = new Option<string?>("--amount", "-a")
        {
            Description = "The amount with its ISO 4217 code, invariant number format: \"USD 1000.00\".",
            HelpName = "\"CCY amount\"",
        };
        var to = new Option<string?>("--to")
        {
            Description = "The currency to convert into: CNY.",
            HelpName = "CCY",
        };
        var rates = FxCommands.FileOption(
            "--rates",
            "Rates: an ECB daily XML (eurofxref-daily.xml), the ECB historical CSV (eurofxref-hist.csv), a CSV 'date,base,quote,rate' " +
            "or a history 'date,base,quote,bid,mid,ask'. Missing pairs are inverted or crossed via EUR, then USD.",
            "FILE");
        var date = FxCommands.DateOption("--date", "The date of the rate: the newest on or before it is used (default: today).");
        var side = new Option<string>("--side")
        {
            Description = "The price used: bid, mid or ask (default mid).",
            HelpName = "bid|mid|ask",
            DefaultValueFactory = _ => "mid",
        };
        side.AcceptOnlyFromAmong("bid", "mid", "ask");
        var maxAge = new Option<string?>("--max-age")
        {
            Description = "The oldest rate accepted, judged at the end of --date: 5d (default), 36h, 90m.",
            HelpName = "DURATION",
        };
        var format = CommonOptions.CreateFormatOption();

        var command = new Command(
            "convert",
            "Convert an amount into another currency with a rate from a file, rounded to the target's minor unit " +
            "(half away from zero); prints the rate, its chain (direct, inverse, cross via EUR) and its source. " +
            "A missing or stale rate is an error naming the pair and the date.")
        {
            amount, to, rates, date, side, maxAge, format,
        };

        command.SetAction(parseResult => CommonOptions.Execute(context, files =>
        {
            var money = CommonOptions.ParseAmount(parseResult.GetValue(amount));
            var target = FxCommands.ParseCurrency(parseResult.GetValue(to), "--to");
            if (money.Currency.Equals(target))
            {
                throw new UserErrorException($"--amount is already in {target.Code}: give another currency with --to.");
            }

            FxCommands.RequireMinorUnit(target, "--to");
            var day = CommonOptions.ParseDateOrToday(parseResult.GetValue(date), "--date", context);
            var priceSide = FxCommands.ParseSide(parseResult.GetValue(side), "--side");
            var age = FxCommands.ParseMaxAge(parseResult.GetValue(maxAge), "--max-age", DefaultMaxAge);
            var ratesPath = files.Input("--rates", FxCommands.Require(parseResult.GetValue(rates), "--rates", "a rates file"));
            var file = FxFiles.ReadRates(ratesPath, "--rates", "rates file");
            var rate = FxCommands.GetRate(FxCommands.Resolver(file, age), file, new CurrencyPair(money.Currency, target), day);
            var conversion = FxCommands.Compute("--amount", () => rate.Convert(money, priceSide, FxCommands.Rounding));
            Write(context.Output, parseResult.GetRequiredValue(format), conversion, day, file);
        }));
        return command;
    }

    private static void Write(TextWriter output, string format, Conversion conversion, LocalDate date, RateFile file)
    {
        var rate = conversion.Rate;
        if (format == CommonOptions.Json)
        {
            CliJson.Write(
                output,
                new FxConvertJson(
                    conversion.From,
                    conversion.To,
                    conversion.ExactAmount,
                    CommonOptions.FormatDate(date),
                    FxCommands.SideName(conversion.Side),
                    conversion.AppliedPrice,
                    conversion.Rounding.ToString(),
                    FxCommands.Chain(rate),
                    file.Path,
                    file.Format,
                    ToJson(rate)),
                CliJson.FxConvert);
            return;
        }

        output.WriteLine($"{FxCommands.Show(conversion.From)} = {FxCommands.Show(conversion.To)}");
        output.WriteLine($"rate:     {rate.Pair} {FxCommands.SideName(conversion.Side)} {FxCommands.ShowRate(conversion.AppliedPrice)} as of {FxCommands.At(rate.AsOf)} (for {CommonOptions.FormatDate(date)})");
        output.WriteLine($"chain:    {FxCommands.Chain(rate)}");
        output.WriteLine($"source:   {rate.Source}");
        output.WriteLine($"rounding: {FxCommands.Show(conversion.From)} × {FxCommands.ShowRate(conversion.AppliedPrice)} = {conversion.ExactAmount.ToString(System.Globalization.CultureInfo.InvariantCulture)}, rounded to the minor unit ({conversion.Rounding})");
        output.WriteLine();
        var table = new TableWriter(
            new Column("pair"), new Column("origin"), new Column("as of"),
            new Column("bid", Align.Right), new Column("mid", Align.Right), new Column("ask", Align.Right), new Column("source"));
        AddRows(table, rate, 0);
        table.Write(output);
    }

    private static void AddRows(TableWriter table, FxRate rate, int depth)
    {
        table.AddRow(
            new string(' ', depth * 2) + rate.Pair,
            rate.Origin.ToString().ToLowerInvariant(),
            FxCommands.At(rate.AsOf),
            FxCommands.ShowRate(rate.Bid),
            FxCommands.ShowRate(rate.Mid),
            FxCommands.ShowRate(rate.Ask),
            rate.Source);
        foreach (var leg in rate.Legs)
        {
            AddRows(table, leg, depth + 1);
        }
    }

    private static FxRateJson ToJson(FxRate rate) => new(
        rate.Pair.ToString(),
        rate.Origin.ToString(),
        rate.Kind.ToString(),
        rate.Bid,
        rate.Mid,
        rate.Ask,
        FxCommands.At(rate.AsOf),
        rate.Source,
        [.. rate.Legs.Select(ToJson)]);
}
