using System.Globalization;
using CrossBorder.Advertising;
using CrossBorder.Cli;
using CrossBorder.Forecasting.Files;
using CrossBorder.Fx;
using CrossBorder.LandedCost;
using CrossBorder.Replenishment.Files;
using CrossBorder.Scorecards;
using CrossBorder.Tax;
using NodaTime;

namespace CrossBorder.Fuzz;

/// <summary>
/// Every parser and reader the <c>crossborder</c> CLI calls on a user's text, one target each, with the exception types
/// its XML docs give for bad input. Readers are fully enumerated (a lazy reader's errors count too).
/// </summary>
internal static class FuzzTargets
{
    private static readonly Type Format = typeof(FormatException);

    /// <summary>The targets, in the order <c>eng/fuzz.sh list</c> prints them.</summary>
    public static IReadOnlyList<FuzzTarget> All { get; } =
    [
        // Values (CrossBorder.Core).
        FuzzTarget.Text("money", "Money.Parse(s, InvariantCulture)", Naming.Value, s => Money.Parse(s, CultureInfo.InvariantCulture), Format),
        FuzzTarget.Text("percentage", "Percentage.Parse(s, InvariantCulture)", Naming.Value, s => Percentage.Parse(s, CultureInfo.InvariantCulture), Format),
        FuzzTarget.Text("currency-code", "Currency.FromCode(s)", Naming.Value, s => Currency.FromCode(s), typeof(ArgumentException)),
        FuzzTarget.Text("country-code", "CountryCode.Parse(s)", Naming.Value, s => CountryCode.Parse(s), Format),
        FuzzTarget.Text("currency-pair", "CurrencyPair.Parse(s)", Naming.Value, s => CurrencyPair.Parse(s), Format),

        // CSV and XML files.
        FuzzTarget.Text("long-format", "LongFormatReader.Read (forecast, replenish --sales)", Naming.Line, s => LongFormatReader.Read(new StringReader(s), FuzzTarget.Source, null).ToList(), Format),
        FuzzTarget.Text("csv-rates", "CsvRates.Parse (date,base,quote,rate)", Naming.Line, s => CsvRates.Parse(new StringReader(s), FuzzTarget.Source, RateKind.Spot, null), Format),
        FuzzTarget.Text("rate-history", "RateHistoryCsv.Parse (date|timestamp,base,quote,bid,mid,ask)", Naming.Line, s => RateHistoryCsv.Parse(new StringReader(s), FuzzTarget.Source, RateKind.Spot, null), Format),
        FuzzTarget.Text("ecb-xml", "EcbReferenceRates.ParseXml", Naming.Line, s => EcbReferenceRates.ParseXml(new StringReader(s), RateKind.Official, null), Format),
        FuzzTarget.Text("ecb-csv", "EcbReferenceRates.ParseHistoricalCsv", Naming.Line, s => EcbReferenceRates.ParseHistoricalCsv(new StringReader(s), RateKind.Official, null), Format),
        FuzzTarget.Text("exposures", "ExposureCsv.Parse (fx hedge --exposures)", Naming.Line, s => ExposureCsv.Parse(new StringReader(s), FuzzTarget.Source, null), Format),
        FuzzTarget.Text("hedges", "HedgeCsv.Parse (fx hedge --hedges)", Naming.Line, s => HedgeCsv.Parse(new StringReader(s), FuzzTarget.Source, null), Format),
        FuzzTarget.Text("lead-times", "LeadTimeFile.Read (purchase orders: replenish --lead-times)", Naming.Line, s => LeadTimeFile.Read(new StringReader(s), FuzzTarget.Source), Format),
        FuzzTarget.Text("stock", "StockFile.Read (replenish --stock)", Naming.Line, s => StockFile.Read(new StringReader(s), FuzzTarget.Source), Format),
        FuzzTarget.Text("threshold-sales", "ThresholdSalesCsv.Read (thresholds --sales)", Naming.Line, s => ThresholdSalesCsv.Read(new StringReader(s), FuzzTarget.Source), Format),
        FuzzTarget.Text("tariff", "TariffCsv.Read (landed-cost --tariff)", Naming.Line, s => TariffCsv.Read(new StringReader(s), FuzzTarget.Source), Format),
        FuzzTarget.Text("scorecard-values", "ScorecardValuesCsv.Read (scorecard --values)", Naming.Line, s => ScorecardValuesCsv.Read(new StringReader(s), FuzzTarget.Source), Format),
        FuzzTarget.Text("current-bids", "CurrentBidsCsv.Read (ads --bids)", Naming.Line, s => CurrentBidsCsv.Read(new StringReader(s), FuzzTarget.Source), Format),
        FuzzTarget.Bytes("long-format-parquet", "LongFormatParquet.Read (forecast, replenish --sales on a .parquet file)", Naming.Source, data => LongFormatParquet.Read(new MemoryStream(data), FuzzTarget.Source, null).ToList(), Format),
        FuzzTarget.Bytes("ad-report", "AdReportReader.Read (ads --report: CSV or XLSX)", Naming.Line, data => AdReportReader.Read(new MemoryStream(data), FuzzTarget.Source), Format),

        // JSON files.
        FuzzTarget.Text("threshold-rules", "ThresholdRulePack.Parse (fx watch --rules)", Naming.Source, s => ThresholdRulePack.Parse(new StringReader(s), FuzzTarget.Source, null), Format),
        FuzzTarget.Text("tax-rules", "TaxRulePackReader.Parse (tax --rules)", Naming.Source, s => TaxRulePackReader.Parse(s, FuzzTarget.Source), typeof(TaxRulePackException)),
        FuzzTarget.Text("tax-sale", "TaxSaleJson.Parse (tax --input)", Naming.Source, s => TaxSaleJson.Parse(s, FuzzTarget.Source), Format),
        FuzzTarget.Text("landed-cost-order", "LandedCostJson.ParseOrder (landed-cost --input)", Naming.Source, s => LandedCostJson.ParseOrder(s, FuzzTarget.Source), Format),
        FuzzTarget.Text("customs-fees", "CustomsFeeSchedule.Parse (landed-cost --fees)", Naming.Source, s => CustomsFeeSchedule.Parse(s, FuzzTarget.Source), Format),
        FuzzTarget.Text("scorecard-definition", "ScorecardDefinitionJson.Parse (scorecard --definition)", Naming.Source, s => ScorecardDefinitionJson.Parse(s, FuzzTarget.Source), Format),

        // JSON read by the CLI itself: through the tool in-process, which must answer with one error line, never an internal error.
        FuzzTarget.Bytes("allocation", "crossborder money allocate --input FILE", Naming.Value, data => CliRun.Check(data, ".json", "money", "allocate", "--input", CliRun.InputPath)),
        FuzzTarget.Bytes("payment-routes", "crossborder fx fees -a 'EUR 100.00' --routes FILE", Naming.Value, data => CliRun.Check(data, ".json", "fx", "fees", "-a", "EUR 100.00", "--date", "2026-11-20", "--routes", CliRun.InputPath)),
    ];

    /// <summary>The target named <paramref name="name"/>, or null.</summary>
    public static FuzzTarget? Find(string name) => All.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.Ordinal));
}

/// <summary>Runs the CLI in-process on an input written to a temporary file, and checks it answered as a user error or a result.</summary>
internal static class CliRun
{
    /// <summary>The placeholder for the input file in the arguments.</summary>
    public const string InputPath = "{input}";

    private static readonly IClock Clock = new FixedClock(Instant.FromUtc(2026, 11, 20, 12, 0));

    /// <exception cref="FuzzContractException">The tool reported an internal error, several error lines, or an exit code other than 0 and 1.</exception>
    public static void Check(byte[] data, string extension, params string[] args)
    {
        var path = Path.Combine(Path.GetTempPath(), $"crossborder-fuzz-{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}-{Environment.CurrentManagedThreadId.ToString(CultureInfo.InvariantCulture)}{extension}");
        File.WriteAllBytes(path, data);
        try
        {
            using var output = new StringWriter(CultureInfo.InvariantCulture);
            using var error = new StringWriter(CultureInfo.InvariantCulture);
            var code = CliApp.Run([.. args.Select(a => a == InputPath ? path : a)], output, error, Clock);
            var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var ok = code switch
            {
                0 => lines.Length == 0,
                1 => lines.Length == 1 && lines[0].StartsWith("error: ", StringComparison.Ordinal) && !lines[0].Contains("internal error", StringComparison.Ordinal),
                _ => false,
            };
            if (!ok)
            {
                throw new FuzzContractException($"crossborder {string.Join(' ', args)} exited {code.ToString(CultureInfo.InvariantCulture)}: {error}");
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
