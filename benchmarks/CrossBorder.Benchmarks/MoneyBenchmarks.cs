using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace CrossBorder.Benchmarks;

/// <summary>
/// <see cref="Money"/> against raw <see cref="decimal"/>, one baseline per category.
/// Target: arithmetic within 2x of decimal and 0 B allocated.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class MoneyBenchmarks
{
    private Money _price;
    private Money _freight;
    private Percentage _vat;
    private decimal _priceAmount;
    private decimal _freightAmount;
    private decimal _factor;
    private Money _total;
    private decimal _totalAmount;
    private decimal[] _threeRatios = [];
    private decimal[] _twelveRatios = [];
    private char[] _buffer = [];
    private string _moneyText = string.Empty;
    private string _decimalText = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var usd = Currency.FromCode("USD");
        _priceAmount = 1234.56m;
        _freightAmount = 78.90m;
        _factor = 1.19m;
        _price = Money.Of(_priceAmount, usd);
        _freight = Money.Of(_freightAmount, usd);
        _vat = Percentage.FromPercent(19m);
        _totalAmount = 1000.00m;
        _total = Money.Of(_totalAmount, usd);

        // Freight over three SKUs by weight in kg; a yearly amount over months by days.
        _threeRatios = [0.5m, 1.25m, 3m];
        _twelveRatios = [31m, 28m, 31m, 30m, 31m, 30m, 31m, 31m, 30m, 31m, 30m, 31m];
        _buffer = new char[64];
        _moneyText = "USD 1234.56";
        _decimalText = "1234.56";
    }

    // Add

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Add")]
    public decimal DecimalAdd() => _priceAmount + _freightAmount;

    [Benchmark]
    [BenchmarkCategory("Add")]
    public Money MoneyAdd() => _price + _freight;

    // Multiply

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Multiply")]
    public decimal DecimalMultiply() => _priceAmount * _factor;

    [Benchmark]
    [BenchmarkCategory("Multiply")]
    public Money MoneyMultiply() => _price * _factor;

    [Benchmark]
    [BenchmarkCategory("Multiply")]
    public Money MoneyMultiplyPercentage() => _price * _vat;

    // Allocate

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Allocate3")]
    public decimal[] DecimalNaiveSplit3() => NaiveSplit(_totalAmount, _threeRatios);

    [Benchmark]
    [BenchmarkCategory("Allocate3")]
    public Money[] MoneyAllocate3() => _total.Allocate(_threeRatios);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Allocate12")]
    public decimal[] DecimalNaiveSplit12() => NaiveSplit(_totalAmount, _twelveRatios);

    [Benchmark]
    [BenchmarkCategory("Allocate12")]
    public Money[] MoneyAllocate12() => _total.Allocate(_twelveRatios);

    // Format

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Format")]
    public string DecimalToString() => _priceAmount.ToString(CultureInfo.InvariantCulture);

    [Benchmark]
    [BenchmarkCategory("Format")]
    public string MoneyToString() => _price.ToString();

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("TryFormat")]
    public int DecimalTryFormat()
    {
        _ = _priceAmount.TryFormat(_buffer, out var written, default, CultureInfo.InvariantCulture);
        return written;
    }

    [Benchmark]
    [BenchmarkCategory("TryFormat")]
    public int MoneyTryFormatR()
    {
        _ = _price.TryFormat(_buffer, out var written, "R", CultureInfo.InvariantCulture);
        return written;
    }

    // Parse

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Parse")]
    public decimal DecimalParse() => decimal.Parse(_decimalText, CultureInfo.InvariantCulture);

    [Benchmark]
    [BenchmarkCategory("Parse")]
    public Money MoneyParse() => Money.Parse(_moneyText, CultureInfo.InvariantCulture);

    /// <summary>
    /// What people write without a Money type: each share rounded toward zero to cents, the last part takes the rest.
    /// It sums to the total but puts every leftover cent on the last part.
    /// </summary>
    private static decimal[] NaiveSplit(decimal total, decimal[] ratios)
    {
        var sum = 0m;
        foreach (var ratio in ratios)
        {
            sum += ratio;
        }

        var parts = new decimal[ratios.Length];
        var allocated = 0m;
        for (var i = 0; i < ratios.Length - 1; i++)
        {
            parts[i] = Math.Round(total * ratios[i] / sum, 2, MidpointRounding.ToZero);
            allocated += parts[i];
        }

        parts[^1] = total - allocated;
        return parts;
    }
}
