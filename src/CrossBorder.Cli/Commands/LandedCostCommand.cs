using System.CommandLine;
using System.Globalization;
using CrossBorder.Cli.Input;
using CrossBorder.Cli.Output;
using CrossBorder.LandedCost;
using CrossBorder.Tax;

namespace CrossBorder.Cli.Commands;

/// <summary><c>crossborder landed-cost</c>: what an order costs to land, from a JSON file in the contract of docs/landed-cost.md.</summary>
internal static class LandedCostCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var input = new Option<string?>("--input", "-i")
        {
            Description = "The order, as JSON (docs/landed-cost.md): date, currency, origin, destination, mode, incoterm, rates, freight, insurance, lines. " +
                "A .jsonl file is a batch: one order a line, each result written to --output.",
            HelpName = "order.json",
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "With a .jsonl --input: the results, one JSON line per order ({\"line\":k,\"result\":{…}}), written only if every order computes.",
            HelpName = "results.jsonl",
        };
        var tariff = new Option<string?>("--tariff")
        {
            Description = "A tariff as CSV (docs/landed-cost.md) used instead of the built-in sample tariff.",
            HelpName = "tariff.csv",
        };
        var fees = new Option<string?>("--fees")
        {
            Description = "A customs fee schedule as JSON (crossborder-customs-fees/1) used instead of the built-in one, such as one with a new fiscal year.",
            HelpName = "fees.json",
        };
        var targetPrice = new Option<string?>("--target-price")
        {
            Description = "Reverse: the delivered price to reach (DDP, tax-inclusive, in the order's currency, such as \"EUR 120.00\"); prints the unit value that yields it.",
            HelpName = "money",
        };
        var sku = new Option<string?>("--sku")
        {
            Description = "With --target-price: the line to reprice (needed when the order has several lines).",
            HelpName = "SKU",
        };
        var format = CommonOptions.CreateFormatOption();
        var command = new Command(
            "landed-cost",
            "Work out what it costs to put an order in the buyer's hands: customs value, duty, import tax or tax collected at sale, fees, " +
            "who pays which part under the incoterm, and the trace of every rule with its source.")
        {
            input,
            output,
            tariff,
            fees,
            targetPrice,
            sku,
            format,
        };
        command.SetAction(parseResult => CommonOptions.Execute(context, files => Run(
            context,
            files,
            parseResult.GetValue(input),
            parseResult.GetValue(output),
            parseResult.GetValue(tariff),
            parseResult.GetValue(fees),
            (parseResult.GetValue(targetPrice), parseResult.GetValue(sku)),
            parseResult.GetRequiredValue(format))));
        return command;
    }

    private static void Run(CliContext context, RunFiles files, string? inputPath, string? outputPath, string? tariffPath, string? feesPath, (string? Price, string? Sku) reverse, string format)
    {
        if (inputPath is null)
        {
            throw new UserErrorException("--input is required: an order as JSON, such as samples/data/landed-cost-order.json.");
        }

        files.Input("--input", inputPath);
        if (tariffPath is not null)
        {
            files.Input("--tariff", tariffPath);
        }

        if (feesPath is not null)
        {
            files.Input("--fees", feesPath);
        }

        var tariff = tariffPath is null ? Tariff.Sample : JsonInput.ReadWith(tariffPath, "--tariff", text => TariffCsv.Read(new StringReader(text), tariffPath));
        var schedule = feesPath is null ? CustomsFeeSchedule.Default : JsonInput.ReadWith(feesPath, "--fees", text => CustomsFeeSchedule.Parse(text, feesPath));
        var calculator = new LandedCostCalculator(TaxCalculator.Default, tariff, schedule, LandedCostRules.Default);
        if (IsBatch(inputPath))
        {
            RunBatch(context, files, inputPath, outputPath, calculator, reverse.Price);
            return;
        }

        if (outputPath is not null)
        {
            throw new UserErrorException("--output is for a batch: give an --input ending in .jsonl (one order a line); one order's result goes to standard output.");
        }

        var order = JsonInput.ReadWith(inputPath, "--input", text => LandedCostJson.ParseOrder(text, inputPath));
        if (reverse.Price is not null)
        {
            var target = CommonOptions.ParseAmount(reverse.Price, "--target-price");
            if (target.Currency != order.Currency)
            {
                throw new UserErrorException(string.Create(CultureInfo.InvariantCulture, $"--target-price is in {target.Currency.Code}; the order's result currency is {order.Currency.Code}."));
            }

            var line = reverse.Sku ?? (order.Lines.Count == 1 ? order.Lines[0].Sku : throw new UserErrorException("--sku is required with --target-price when the order has several lines."));
            var solved = CommonOptions.Calculate(inputPath, () => LandedCostPricing.UnitValueFor(calculator, order, line, target));
            if (format == CommonOptions.Json)
            {
                CommonOptions.WriteJson(context, stream => LandedCostJson.Write(stream, solved));
                return;
            }

            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{solved.Sku} at {solved.UnitValue} a unit gives a delivered price of {solved.Result.Totals.LandedCost}{(solved.IsExact ? string.Empty : ", the highest below " + target.ToString() + " (no unit value reaches it exactly)")}."));
            context.Output.WriteLine();
            WriteTable(context.Output, order, solved.Result);
            return;
        }

        var result = CommonOptions.Calculate(inputPath, () => calculator.Calculate(order));
        if (format == CommonOptions.Json)
        {
            CommonOptions.WriteJson(context, stream => LandedCostJson.Write(stream, result));
            return;
        }

        WriteTable(context.Output, order, result);
    }

    /// <summary>Whether <paramref name="path"/> names a batch of orders (JSON Lines) rather than one order.</summary>
    private static bool IsBatch(string path) => path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase);

    private static void RunBatch(CliContext context, RunFiles files, string inputPath, string? outputPath, LandedCostCalculator calculator, string? targetPrice)
    {
        if (targetPrice is not null)
        {
            throw new UserErrorException("--target-price reprices one order: give an --input with one order as JSON, not a .jsonl batch.");
        }

        if (outputPath is null)
        {
            throw new UserErrorException("--output is required with a .jsonl --input: the results, one JSON line per order, such as results.jsonl.");
        }

        var output = files.Output("--output", outputPath);
        long count;
        using (var reader = new StreamReader(inputPath, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
        {
            try
            {
                count = LandedCostJsonLines.Calculate(reader, inputPath, output.OpenStream(), calculator);
            }
            catch (LandedCostBatchException e)
            {
                throw new UserErrorException(e.Message, e);
            }
        }

        output.Commit();
        context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote the landed cost of {count} orders to {output.Path}."));
    }

    private static void WriteTable(TextWriter output, LandedCostOrder order, LandedCostResult result)
    {
        static string F(Money m) => TaxResultJson.FormatAmount(m);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{order.Origin} → {order.Destination.Country} by {ShippingModes.Format(order.Mode)}, {Incoterms.Format(order.Incoterm)}, {result.Regime}, on {NodaTime.Text.LocalDatePattern.Iso.Format(order.Date)}; amounts in {result.Currency.Code}"));
        output.WriteLine();
        var table = new TableWriter(
            new Column("SKU"),
            new Column("Qty", Align.Right),
            new Column("Goods", Align.Right),
            new Column("Freight+ins", Align.Right),
            new Column("Customs value", Align.Right),
            new Column("Duty", Align.Right),
            new Column("Import tax", Align.Right),
            new Column("Sale tax", Align.Right),
            new Column("Fees", Align.Right),
            new Column("Landed", Align.Right),
            new Column("Per unit", Align.Right));
        foreach (var line in result.Lines)
        {
            var a = line.Amounts;
            table.AddRow(line.Sku, line.Quantity.ToString(CultureInfo.InvariantCulture), F(a.Goods), F(a.Freight + a.Insurance), F(a.CustomsValue), F(a.Duty), F(a.ImportTax), F(a.SaleTax), F(a.Fees), F(a.LandedCost), F(line.LandedCostPerUnit));
        }

        var t = result.Totals;
        table.AddRule();
        table.AddRow("Total", string.Empty, F(t.Goods), F(t.Freight + t.Insurance), F(t.CustomsValue), F(t.Duty), F(t.ImportTax), F(t.SaleTax), F(t.Fees), F(t.LandedCost), string.Empty);
        table.Write(output);
        output.WriteLine();
        foreach (var fee in result.Fees)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Fee {fee.Code}: {fee.Amount}, paid by the {Parties.Format(fee.Payer)} ({fee.Working})"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Payer: seller {result.Payer.Seller}, buyer {result.Payer.Buyer}"));
        if (result.Margin is { } margin)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Margin at {margin.SellingPrice}: {margin.Margin} ({margin.MarginPercent}); break-even price {margin.BreakEvenPrice}"));
        }
        CommonOptions.WriteTrace(output, result.Trace, result.Warnings);
    }
}
