using System.CommandLine;
using CrossBorder.Cli.Input;
using CrossBorder.Cli.Output;
using CrossBorder.Fx;
using CrossBorder.Text;
using NodaTime;

namespace CrossBorder.Cli.Commands.Fx;

/// <summary><c>crossborder fx fees</c>: compares payment routes by all-in cost (fees plus conversion spread).</summary>
internal static class FxFeesCommand
{
    public static Command Create(CliContext context)
    {
        var amount = new Option<string?>("--amount", "-a")
        {
            Description = "The charge with its ISO 4217 code, invariant number format: \"EUR 100.00\".",
            HelpName = "\"CCY amount\"",
        };
        var date = FxCommands.DateOption("--date", "The date whose fees apply (default: today); the embedded Stripe fees changed on 2023-04-10.");
        var routes = FxCommands.FileOption(
            "--routes",
            "Routes to compare instead of the embedded Stripe EEA card fees: " +
            "{\"routes\":[{\"provider\":\"A\",\"percent\":1.4,\"fixed\":{\"amount\":\"0.25\",\"currency\":\"EUR\"},\"spread\":2.0}]} " +
            "(percent and spread in percent).",
            "FILE.json");
        var format = CommonOptions.CreateFormatOption();

        var command = new Command(
            "fees",
            "Compare payment routes for one charge, cheapest first: fees = round(gross × percent) + fixed; " +
            "spread cost = round(net × spread); net received = net − spread cost; all-in % = 1 − net × (1 − spread) / gross.")
        {
            amount, date, routes, format,
        };

        command.SetAction(parseResult => CommonOptions.Execute(context, files =>
        {
            var gross = CommonOptions.ParseAmount(parseResult.GetValue(amount));
            if (gross.Currency.MinorUnit is null || !gross.IsRounded || gross.Amount <= 0m)
            {
                throw new UserErrorException($"--amount {gross.ToString("R", System.Globalization.CultureInfo.InvariantCulture)} must be positive and in whole minor units of its currency.");
            }

            var day = CommonOptions.ParseDateOrToday(parseResult.GetValue(date), "--date", context);
            FxCommands.Compute("--amount", () => { CurrencyWithdrawnException.ThrowIfWithdrawn(gross.Currency, day, "amount"); return day; });
            var path = files.OptionalInput("--routes", parseResult.GetValue(routes));
            var (list, described) = path is null ? Embedded(gross.Currency, day) : FromFile(path, gross.Currency);
            var costs = list
                .Select(r => FxCommands.Compute("--amount", () => Cost(gross, r)))
                .OrderBy(c => c.AllInFraction)
                .ThenBy(c => c.Route.Name, StringComparer.Ordinal)
                .ToList();
            Write(context.Output, parseResult.GetRequiredValue(format), gross, day, described, costs);
        }));
        return command;
    }

    private static (List<PaymentRoute> Routes, string Described) Embedded(Currency currency, LocalDate date)
    {
        var schedule = FeeSchedule.StripeEea;
        var routes = new List<PaymentRoute>();
        foreach (var (keyCurrency, region, tier) in schedule.Keys.OrderBy(k => k.Region).ThenBy(k => k.Tier))
        {
            if (keyCurrency.Equals(currency) && schedule.TryGetFee(date, currency, region, tier, out var fee))
            {
                routes.Add(new PaymentRoute($"{schedule.Provider} {region} {tier}", fee, Percentage.Zero));
            }
        }

        return routes.Count > 0
            ? (routes, $"embedded {schedule.Provider} card fees (no conversion spread embedded)")
            : throw new UserErrorException(
                $"the embedded {schedule.Provider} fees have no rows for {currency.Code} charges on {CommonOptions.FormatDate(date)}; give --routes FILE.json.");
    }

    private static (List<PaymentRoute> Routes, string Described) FromFile(string path, Currency currency)
    {
        var input = JsonInput.Read(path, "--routes", CliJson.RoutesInput, "routes file", (typeof(RouteInput).FullName!, "a route object"));
        if (input.Unknown is { Count: > 0 } unknown)
        {
            throw new UserErrorException($"routes file '{path}' has unknown property '{CommonOptions.Echo(unknown.Keys.First())}'; it has {RoutesInput.KnownProperties}.");
        }

        if (input.Routes is not { Count: > 0 } items)
        {
            throw new UserErrorException($"routes file '{path}' has no \"routes\": expected a list of {{\"provider\", \"percent\", \"fixed\", \"spread\"}}.");
        }

        var routes = new List<PaymentRoute>();
        for (var i = 0; i < items.Count; i++)
        {
            var where = $"routes file '{path}' route {FxFiles.Int(i + 1)}";
            var item = items[i] ?? throw new UserErrorException($"{where} is null.");
            if (item.Unknown is { Count: > 0 } extra)
            {
                throw new UserErrorException($"{where} has unknown property '{CommonOptions.Echo(extra.Keys.First())}'; a route has {RouteInput.KnownProperties}.");
            }

            var name = string.IsNullOrWhiteSpace(item.Provider) ? throw new UserErrorException($"{where} has no \"provider\".") : item.Provider.Trim();
            where = $"routes file '{path}' route '{name}'";
            var percent = item.Percent ?? throw new UserErrorException($"{where} has no \"percent\".");
            var fixedFee = item.Fixed ?? Money.Of(0m, currency);
            if (!fixedFee.Currency.Equals(currency))
            {
                throw new UserErrorException($"{where} has a fixed fee in {fixedFee.Currency.Code}, but the charge is in {currency.Code}.");
            }

            try
            {
                var fee = CardFee.Of(Percentage.FromPercent(percent), fixedFee, string.IsNullOrWhiteSpace(item.Source) ? path : item.Source);
                routes.Add(new PaymentRoute(name, fee, Percentage.FromPercent(item.Spread ?? 0m)));
            }
            catch (ArgumentException e)
            {
                throw new UserErrorException($"{where}: {ExceptionText.FirstSentence(e.Message)}", e);
            }
        }

        var duplicate = routes.GroupBy(r => r.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null
            ? (routes, $"routes from '{path}'")
            : throw new UserErrorException($"routes file '{path}' names route '{duplicate.Key}' twice.");
    }

    private static RouteCost Cost(Money gross, PaymentRoute route)
    {
        var fees = route.Fee.NetDown(gross, FxCommands.Rounding);
        var spread = route.ConversionSpread.Fraction;
        var spreadCost = fees.Net.Multiply(spread).Round(FxCommands.Rounding);
        var allIn = 1m - (fees.Net.Amount * (1m - spread) / gross.Amount);
        return new RouteCost(route, fees, spreadCost, fees.Net - spreadCost, allIn);
    }

    private static void Write(TextWriter output, string format, Money gross, LocalDate date, string described, List<RouteCost> costs)
    {
        if (format == CommonOptions.Json)
        {
            CliJson.Write(
                output,
                new FxFeesJson(gross, CommonOptions.FormatDate(date), described, [.. costs.Select((c, i) => new FxRouteCostJson(
                    i + 1,
                    c.Route.Name,
                    c.Route.Fee.Percent.Percent,
                    c.Route.Fee.Fixed,
                    c.Route.ConversionSpread.Percent,
                    c.Fees.TotalFee,
                    c.Fees.Net,
                    c.SpreadCost,
                    c.NetReceived,
                    decimal.Round(c.AllInFraction * 100m, 6),
                    c.Route.Fee.Source))]),
                CliJson.FxFees);
            return;
        }

        output.WriteLine($"{FxCommands.Show(gross)} charged on {CommonOptions.FormatDate(date)}; {described}; cheapest first.");
        output.WriteLine();
        var table = new TableWriter(
            new Column("#", Align.Right), new Column("route"), new Column("fee"), new Column("spread", Align.Right),
            new Column("fees", Align.Right), new Column("spread cost", Align.Right), new Column("net received", Align.Right), new Column("all-in", Align.Right));
        for (var i = 0; i < costs.Count; i++)
        {
            var c = costs[i];
            table.AddRow(
                FxFiles.Int(i + 1),
                c.Route.Name,
                c.Route.Fee.ToString(),
                c.Route.ConversionSpread.ToString(),
                FxCommands.Show(c.Fees.TotalFee),
                FxCommands.Show(c.SpreadCost),
                FxCommands.Show(c.NetReceived),
                FxCommands.ShowPercent(c.AllInFraction * 100m));
        }

        table.Write(output);
    }

    /// <summary>One route's costs for the charge.</summary>
    private sealed record RouteCost(PaymentRoute Route, FeeBreakdown Fees, Money SpreadCost, Money NetReceived, decimal AllInFraction);
}
