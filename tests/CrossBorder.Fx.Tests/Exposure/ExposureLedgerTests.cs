using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using static CrossBorder.Fx.Tests.Helpers.Fx;

namespace CrossBorder.Fx.Tests.Exposure;

public sealed record Items(ExposureItem[] Values)
{
    public override string ToString() => string.Join("; ", Values.Select(v => v.ToString()));
}

public static class ExposureArbitraries
{
    public static Arbitrary<Items> Items()
    {
        var item =
            from kind in Gen.Elements(ExposureKind.Receivable, ExposureKind.Payable, ExposureKind.Forecast)
            from currency in Gen.Elements("USD", "EUR", "JPY").Select(Currency.FromCode)
            from units in Gen.Choose(0, 10_000_000)
            from negative in Gen.Elements(true, false)
            from day in Gen.Choose(0, 400)
            from probability in Gen.Choose(0, 100)
            let amount = Money.FromMinorUnits(units, currency)
            let due = new LocalDate(2026, 1, 1).PlusDays(day)
            select kind switch
            {
                ExposureKind.Receivable => ExposureItem.Receivable(amount, due, "r"),
                ExposureKind.Payable => ExposureItem.Payable(amount, due, "p"),
                _ => ExposureItem.Forecast(negative ? -amount : amount, due, Percentage.FromPercent(probability), "f"),
            };
        return Arb.From(Gen.Choose(0, 40).SelectMany(n => item.ArrayOf(n)).Select(a => new Items(a)));
    }
}

public class ExposureLedgerTests
{
    private static ExposureLedger Sample() => new([
        ExposureItem.Receivable(Money.Of(1000m, Usd), new LocalDate(2027, 1, 5), "INV-1"),
        ExposureItem.Payable(Money.Of(400m, Usd), new LocalDate(2027, 1, 20), "PO-7"),
        ExposureItem.Forecast(Money.Of(1000m, Usd), new LocalDate(2027, 1, 31), Percentage.FromPercent(50m), "Jan sales"),
        ExposureItem.Forecast(Money.Of(-200m, Usd), new LocalDate(2027, 2, 1), Percentage.OneHundred, "Feb ads"),
        ExposureItem.Receivable(Money.Of(500m, Eur), new LocalDate(2027, 2, 14), "INV-2"),
    ]);

    [Fact]
    public void Buckets_net_receivables_payables_and_weighted_forecasts_by_currency_and_month()
    {
        var buckets = Sample().Buckets();
        Assert.Equal(["EUR 2027-02", "USD 2027-01", "USD 2027-02"], buckets.Select(b => $"{b.Currency.Code} {b.Month.Year:D4}-{b.Month.Month:D2}"));
        var january = buckets[1];
        Assert.Equal(Money.Of(1000m, Usd), january.Receivables);
        Assert.Equal(Money.Of(400m, Usd), january.Payables);
        Assert.Equal(Money.Of(500m, Usd), january.WeightedForecasts);
        Assert.Equal(Money.Of(1100m, Usd), january.Net);
        Assert.Equal(Money.Of(-200m, Usd), buckets[2].Net);
        Assert.Equal(Money.Of(900m, Usd), Sample().NetExposure(Usd));
    }

    [Fact]
    public void Exposure_converts_to_the_home_currency_with_the_given_rate_set()
    {
        var t = Day(2026, 11, 20);
        // By hand: EUR 500 ÷ 0.125 (CNY/EUR, inverted) = CNY 4,000; USD 1,100 × 7.10 = 7,810; USD −200 × 7.10 = −1,420.
        var home = Sample().InHomeCurrency(Cny, [Rate("USD/CNY", 7.10m, t), Rate("CNY/EUR", 0.125m, t)], MidpointRounding.ToEven);
        Assert.Equal([Money.Of(4000m, Cny), Money.Of(7810m, Cny), Money.Of(-1420m, Cny)], home.Select(h => h.Home));
        Assert.Equal(Pair("CNY/EUR"), home[0].Conversion!.Rate.Pair);
    }

    [Fact]
    public void A_missing_rate_names_the_currencies()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => Sample().InHomeCurrency(Cny, [Rate("USD/CNY", 7.10m, Day(2026, 11, 20))], MidpointRounding.ToEven));
        Assert.Contains("EUR", ex.Message, StringComparison.Ordinal);
        Assert.Contains("CNY", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_items_are_rejected_naming_the_parameter()
    {
        Assert.Equal("amount", Assert.Throws<ArgumentOutOfRangeException>(() => ExposureItem.Payable(Money.Of(-1m, Usd), new LocalDate(2027, 1, 1), "x")).ParamName);
        Assert.Equal("probability", Assert.Throws<ArgumentOutOfRangeException>(() => ExposureItem.Forecast(Money.Of(1m, Usd), new LocalDate(2027, 1, 1), Percentage.FromPercent(101m), "x")).ParamName);
    }

    [ScaledProperty(Arbitrary = [typeof(ExposureArbitraries)])]
    public bool Netting_sums_bucket_by_bucket_to_the_currency_total(Items items)
    {
        var ledger = new ExposureLedger(items.Values);
        var buckets = ledger.Buckets();
        return items.Values.Select(i => i.Amount.Currency).Distinct().All(c =>
            buckets.Where(b => b.Currency.Equals(c)).Sum(b => b.Net.Amount) == ledger.NetExposure(c).Amount
            && ledger.NetExposure(c).Amount == items.Values.Where(i => i.Amount.Currency.Equals(c)).Sum(i => i.Weighted.Amount))
            && buckets.Sum(b => b.Receivables.Amount) == items.Values.Where(i => i.Kind == ExposureKind.Receivable).Sum(i => i.Amount.Amount);
    }
}
