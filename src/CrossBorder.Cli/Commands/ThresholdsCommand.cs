using System.CommandLine;
using System.Globalization;
using CrossBorder.Cli.Input;
using CrossBorder.Cli.Output;
using CrossBorder.Tax;
using NodaTime.Text;

namespace CrossBorder.Cli.Commands;

/// <summary><c>crossborder thresholds</c>: where a seller stands against registration and nexus thresholds, from its sales history.</summary>
internal static class ThresholdsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var sales = new Option<string?>("--sales", "-s")
        {
            Description = "The sales history, CSV: date,destination,amount,currency[,subdivision,buyer_type,ship_from] (docs/tax.md).",
            HelpName = "sales.csv",
        };
        var seller = new Option<string?>("--seller")
        {
            Description = "The country the seller is established in (ISO alpha-2): the EU's €10,000 threshold applies only to EU sellers, the UK's only to UK ones.",
            HelpName = "CC",
        };
        var asOf = new Option<string?>("--as-of")
        {
            Description = "The day to report on, YYYY-MM-DD. Default: today.",
            HelpName = "YYYY-MM-DD",
        };
        var rates = new Option<string[]>("--rate")
        {
            Description = "An exchange rate for sales in other currencies than a threshold's, as BASE/QUOTE=RATE (1 BASE = RATE QUOTE), such as EUR/USD=1.08. Repeatable.",
            HelpName = "BASE/QUOTE=RATE",
        };
        var all = new Option<bool>("--all")
        {
            Description = "Also list the thresholds of areas the history has no sale into.",
        };
        var format = CommonOptions.CreateFormatOption();
        var command = new Command(
            "thresholds",
            "Check a sales history against registration, distance-selling and US economic-nexus thresholds: crossed or not, since when, and the headroom left.")
        {
            sales,
            seller,
            asOf,
            rates,
            all,
            format,
        };
        command.SetAction(parseResult => CommonOptions.Execute(context, files => Run(
            context,
            files,
            parseResult.GetValue(sales),
            parseResult.GetValue(seller),
            parseResult.GetValue(asOf),
            parseResult.GetValue(rates) ?? [],
            parseResult.GetValue(all),
            parseResult.GetRequiredValue(format))));
        return command;
    }

    private static void Run(CliContext context, RunFiles files, string? salesPath, string? sellerText, string? asOfText, string[] rateTexts, bool all, string format)
    {
        if (salesPath is null)
        {
            throw new UserErrorException("--sales is required: a CSV of date,destination,amount,currency such as samples/data/threshold-sales.csv.");
        }

        files.Input("--sales", salesPath);

        if (string.IsNullOrWhiteSpace(sellerText) || sellerText.Length != 2 || !CountryCode.TryParse(sellerText, out var seller))
        {
            throw new UserErrorException($"--seller needs the ISO alpha-2 code of the seller's country of establishment, such as DE{(sellerText is null ? string.Empty : $", not '{sellerText}'")}.");
        }

        var asOf = CommonOptions.ParseDateOrToday(asOfText, "--as-of", context);

        var exchangeRates = rateTexts.Select(text => ParseRate(text, asOf)).ToList();
        var history = JsonInput.ReadWith(salesPath, "--sales", text => ThresholdSalesCsv.Read(new StringReader(text), salesPath));

        IReadOnlyList<ThresholdStatus> statuses;
        try
        {
            statuses = ThresholdMonitor.Default.Evaluate(history, seller, asOf, exchangeRates, all);
        }
        catch (ArgumentException e)
        {
            throw new UserErrorException(e.ParamName == "rates" ? CliErrors.Describe(e) + " Give it with --rate BASE/QUOTE=RATE." : "--as-of: " + CliErrors.Describe(e), e);
        }

        if (format == CommonOptions.Json)
        {
            CommonOptions.WriteJson(context, stream => ThresholdStatusJson.Write(stream, asOf, seller, statuses));
            return;
        }

        context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Thresholds for a seller established in {seller.Alpha2}, as of {LocalDatePattern.Iso.Format(asOf)} ({history.Count} sales read)"));
        context.Output.WriteLine();
        if (statuses.Count == 0)
        {
            context.Output.WriteLine("No threshold in force covers an area this history sells into.");
            return;
        }

        var table = new TableWriter(
            new Column("Area"),
            new Column("Threshold"),
            new Column("Window"),
            new Column("Measured", Align.Right),
            new Column("Sales", Align.Right),
            new Column("Status"),
            new Column("Since"),
            new Column("Headroom", Align.Right));
        foreach (var status in statuses)
        {
            var t = status.Threshold;
            var limit = string.Join(t.RequireBoth ? " and " : " or ", new[] { t.Amount is { } a ? a.ToString() : null, t.Transactions is { } n ? n.ToString(CultureInfo.InvariantCulture) + " sales" : null }.Where(x => x is not null));
            var state = !status.Applies ? (status.Crossed ? "register (no threshold)" : "n/a") : status.Crossed ? "CROSSED" : "within";
            var headroom = status.Headroom is { } h ? TaxResultJson.FormatAmount(h) : status.TransactionsLeft is { } left ? left.ToString(CultureInfo.InvariantCulture) + " sales" : string.Empty;
            table.AddRow(t.Area, $"{t.Kind} {limit}", status.Window, status.Measured.ToString(), status.Transactions.ToString(CultureInfo.InvariantCulture), state,
                status.FirstCrossedOn is { } first ? LocalDatePattern.Iso.Format(first) : string.Empty, headroom);
        }

        table.Write(context.Output);
    }

    private static ExchangeRate ParseRate(string text, NodaTime.LocalDate date)
    {
        var parts = text.Split('=', 2);
        if (parts.Length == 2 && CurrencyPair.TryParse(parts[0], out var pair)
            && decimal.TryParse(parts[1].Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var rate) && rate > 0m)
        {
            return new ExchangeRate(pair, rate, date);
        }

        throw new UserErrorException($"--rate '{text}' is not BASE/QUOTE=RATE with two ISO 4217 codes and a positive rate, such as EUR/USD=1.08.");
    }
}
