using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CrossBorder.LandedCost;

namespace CrossBorder.Benchmarks;

/// <summary>
/// <see cref="LandedCostCalculator.Calculate"/> end to end (tax regime and rates through <c>CrossBorder.Tax</c>,
/// valuation, de minimis, duty, fees, import tax, incoterm split and the trace) on one-line and ten-line orders of
/// three kinds (<see cref="LandedCostOrders.Case"/>): an EU import above €150 (tariff duty and import VAT), an IOSS order
/// with the €3 flat duty, and a US formal entry in fiscal year 2026 (tariff duty and the MPF). Target: a ten-line order
/// under 5 µs, allocating only the result. The baseline of each category is the one-line EU import.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class LandedCostBenchmarks
{
    private LandedCostCalculator _calculator = null!;
    private LandedCostOrder _euOne = null!;
    private LandedCostOrder _euTen = null!;
    private LandedCostOrder _iossOne = null!;
    private LandedCostOrder _iossTen = null!;
    private LandedCostOrder _usOne = null!;
    private LandedCostOrder _usTen = null!;

    [GlobalSetup]
    public void Setup()
    {
        _calculator = LandedCostCalculator.Default;
        _euOne = LandedCostOrders.Fixed(LandedCostOrders.Case.EuImport, 1);
        _euTen = LandedCostOrders.Fixed(LandedCostOrders.Case.EuImport, 10);
        _iossOne = LandedCostOrders.Fixed(LandedCostOrders.Case.Ioss, 1);
        _iossTen = LandedCostOrders.Fixed(LandedCostOrders.Case.Ioss, 10);
        _usOne = LandedCostOrders.Fixed(LandedCostOrders.Case.UsFormal, 1);
        _usTen = LandedCostOrders.Fixed(LandedCostOrders.Case.UsFormal, 10);
    }

    [Benchmark(Baseline = true), BenchmarkCategory("OneLine")]
    public LandedCostResult EuImportOneLine() => _calculator.Calculate(_euOne);

    [Benchmark, BenchmarkCategory("OneLine")]
    public LandedCostResult IossFlatDutyOneLine() => _calculator.Calculate(_iossOne);

    [Benchmark, BenchmarkCategory("OneLine")]
    public LandedCostResult UsFormalEntryOneLine() => _calculator.Calculate(_usOne);

    [Benchmark(Baseline = true), BenchmarkCategory("TenLines")]
    public LandedCostResult EuImportTenLines() => _calculator.Calculate(_euTen);

    [Benchmark, BenchmarkCategory("TenLines")]
    public LandedCostResult IossFlatDutyTenLines() => _calculator.Calculate(_iossTen);

    [Benchmark, BenchmarkCategory("TenLines")]
    public LandedCostResult UsFormalEntryTenLines() => _calculator.Calculate(_usTen);
}
