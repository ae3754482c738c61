using System.CommandLine;
using System.Globalization;
using CrossBorder.Cli.Input;
using CrossBorder.Cli.Output;
using CrossBorder.Tax;

namespace CrossBorder.Cli.Commands;

/// <summary><c>crossborder tax</c>: the tax of one sale, from a JSON file in the contract of docs/tax.md.</summary>
internal static class TaxCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var input = new Option<string?>("--input", "-i")
        {
            Description = "The sale, as JSON (docs/tax.md): date, currency, seller, shipFrom, channel, buyer, lines, shipping.",
            HelpName = "sale.json",
        };
        var rules = new Option<string[]>("--rules")
        {
            Description = "Rule packs (docs/tax.md) added to the built-in one; a jurisdiction in a pack replaces the built-in one. Repeatable.",
            HelpName = "pack.json",
            AllowMultipleArgumentsPerToken = false,
        };
        var format = CommonOptions.CreateFormatOption();
        var command = new Command(
            "tax",
            "Work out the indirect tax of a sale: the regime (domestic, EU OSS/IOSS, UK £135, low-value regimes, US sales tax, import…), " +
            "who collects it, each line's rate, tax and reason with its legal source, totals exact to the cent, and the trace of every test.")
        {
            input,
            rules,
            format,
        };
        command.SetAction(parseResult => CommonOptions.Execute(context, files => Run(
            context,
            files,
            parseResult.GetValue(input),
            parseResult.GetValue(rules) ?? [],
            parseResult.GetRequiredValue(format))));
        return command;
    }

    private static void Run(CliContext context, RunFiles files, string? inputPath, string[] rulePacks, string format)
    {
        if (inputPath is null)
        {
            throw new UserErrorException("--input is required: a sale as JSON, such as samples/data/tax-sale.json.");
        }

        files.Input("--input", inputPath);
        foreach (var path in rulePacks)
        {
            files.Input("--rules", path);
        }

        var pack = TaxRulePack.Default;
        if (rulePacks.Length > 0)
        {
            var builder = new TaxRulePackBuilder().Add(pack);
            foreach (var path in rulePacks)
            {
                builder.Add(JsonInput.ReadWith(path, "--rules", text => TaxRulePackReader.Parse(text, path)));
            }

            pack = builder.Build();
        }

        var sale = JsonInput.ReadWith(inputPath, "--input", text => TaxSaleJson.Parse(text, inputPath));
        var result = CommonOptions.Calculate(inputPath, () => new TaxCalculator(pack).Calculate(sale));
        if (format == CommonOptions.Json)
        {
            CommonOptions.WriteJson(context, stream => TaxResultJson.Write(stream, result));
            return;
        }

        WriteTable(context.Output, sale, result);
    }

    private static void WriteTable(TextWriter output, TaxSale sale, TaxResult result)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{result.Regime} in {result.Jurisdiction}, collected by the {TaxResultJson.CollectorCode(result.Collector)} — sale of {NodaTime.Text.LocalDatePattern.Iso.Format(sale.Date)} in {sale.Currency.Code}, prices {(sale.PricesIncludeTax ? "including" : "excluding")} tax"));
        output.WriteLine();
        var table = new TableWriter(
            new Column("SKU"),
            new Column("Rate", Align.Right),
            new Column("Net", Align.Right),
            new Column("Tax", Align.Right),
            new Column("Gross", Align.Right),
            new Column("Reason"),
            new Column("Rule"));
        foreach (var line in result.Lines)
        {
            var rate = line.Rate == line.ApplicableRate ? line.Rate.ToString() : $"{line.Rate} ({line.ApplicableRate})";
            table.AddRow(line.Sku, rate, TaxResultJson.FormatAmount(line.Net), TaxResultJson.FormatAmount(line.Tax), TaxResultJson.FormatAmount(line.Gross), line.Reason, line.Rule);
        }

        table.AddRule();
        table.AddRow("Total", string.Empty, TaxResultJson.FormatAmount(result.Net), TaxResultJson.FormatAmount(result.Tax), TaxResultJson.FormatAmount(result.Gross), string.Empty, string.Empty);
        table.Write(output);
        CommonOptions.WriteTrace(output, result.Trace, result.Warnings);
    }
}
