using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CrossBorder.Tax;
using NodaTime;

namespace CrossBorder.Benchmarks;

/// <summary>
/// <see cref="TaxCalculator"/> on a one-line and a ten-line EU B2C order (an OSS sale to Estonia), against a hand-written
/// baseline that looks the rate up in a dictionary and rounds net × rate per line; and <see cref="ThresholdMonitor"/>
/// over a million sales rows. Targets: under 1 µs per line; the monitor over 1,000,000 rows under a second.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class TaxBenchmarks
{
    private static readonly LocalDate Date = new(2025, 7, 1);

    private TaxCalculator _calculator = null!;
    private TaxSale _oneLine = null!;
    private TaxSale _tenLines = null!;
    private Dictionary<(string, string), decimal> _rates = [];
    private decimal[] _prices = [];
    private ThresholdSale[] _history = [];

    [GlobalSetup]
    public void Setup()
    {
        _calculator = new TaxCalculator(TaxRulePack.Default);
        _oneLine = Sale(1);
        _tenLines = Sale(10);
        _rates = new() { [("EE", "standard")] = 0.24m };
        _prices = [.. Enumerable.Range(0, 10).Select(i => 10m + i)];
        var random = new Random(42);
        string[] eu = ["FR", "IT", "AT", "NL", "ES", "BE", "PL", "DE"];
        _history = [.. Enumerable.Range(0, 1_000_000).Select(i => new ThresholdSale(
            new LocalDate(2025, 1, 1).PlusDays(random.Next(0, 700)),
            CountryCode.Parse(eu[random.Next(eu.Length)]),
            Money.Of(random.Next(100, 20_000) / 100m, "EUR")))];
    }

    private static TaxSale Sale(int lines) => new(
        Date,
        new TaxSeller(CountryCode.Parse("CN"), ["EU-OSS"]),
        CountryCode.Parse("DE"),
        SalesChannel.OwnStore,
        new TaxBuyer(CountryCode.Parse("EE"), BuyerType.Consumer),
        Enumerable.Range(0, lines).Select(i => new TaxSaleLine($"SKU-{i}", 1 + (i % 3), Money.Of(10m + i, "EUR"), TaxCategory.Standard)),
        Money.Of(0m, "EUR"),
        pricesIncludeTax: false);

    /// <summary>The least a tax engine does per line: find the rate, multiply, round.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("OneLine")]
    public decimal HandWrittenOneLine() => Math.Round(_prices[0] * _rates[("EE", "standard")], 2, MidpointRounding.AwayFromZero);

    [Benchmark, BenchmarkCategory("OneLine")]
    public TaxResult CalculateOneLine() => _calculator.Calculate(_oneLine);

    [Benchmark(Baseline = true), BenchmarkCategory("TenLines")]
    public decimal HandWrittenTenLines()
    {
        var rate = _rates[("EE", "standard")];
        var total = 0m;
        foreach (var price in _prices)
        {
            total += Math.Round(price * rate, 2, MidpointRounding.AwayFromZero);
        }

        return total;
    }

    [Benchmark, BenchmarkCategory("TenLines")]
    public TaxResult CalculateTenLines() => _calculator.Calculate(_tenLines);

    [Benchmark, BenchmarkCategory("Thresholds")]
    public int MonitorMillionSales() => ThresholdMonitor.Default.Evaluate(_history, CountryCode.Parse("DE"), new LocalDate(2026, 11, 30)).Count;
}
