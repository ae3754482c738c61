using NodaTime;

namespace CrossBorder.Fx.Tests.Docs;

/// <summary>The code quoted in docs/fx.md, kept compiling and passing here.</summary>
public class DocsExampleTests
{
    [Fact]
    public void Quick_tour()
    {
        // --- docs/fx.md: quick tour ---
        var usd = Currency.FromCode("USD");
        var cny = Currency.FromCode("CNY");

        // Rates with provenance, from the ECB historical CSV (pure parsing, no network).
        using var csv = File.OpenText(Path.Combine(AppContext.BaseDirectory, "Data", "eurofxref-hist-sample.csv"));
        var store = new InMemoryRateStore(EcbReferenceRates.ParseHistoricalCsv(csv, RateKind.Official, null), "ECB sample");
        var resolver = new FxRateResolver(store, StalenessPolicy.MaxAgeOf(Duration.FromDays(4)));

        // USD/CNY is not published by the ECB: it is crossed through EUR, and the chain is recorded.
        var rate = resolver.GetRate(new CurrencyPair(usd, cny), new LocalDate(2026, 11, 20), RateKind.Official);
        var conversion = rate.Convert(Money.Of(100m, usd), PriceSide.Mid, MidpointRounding.ToEven);
        // conversion.To == 710.00 CNY; rate.Origin == Crossed; rate.Legs == [USD/EUR (inverse of EUR/USD), EUR/CNY]

        // Forward by covered interest parity and mark-to-market (worked by hand in docs/fx.md §5).
        var forward = Forwards.Price(new CurrencyPair(usd, cny), 7.10m, Percentage.FromPercent(4m), Percentage.FromPercent(1.5m),
            180, DayCountBasis.Act360, DayCountBasis.Act360);                       // F ≈ 7.0130
        var sold = ForwardContract.Of(new CurrencyPair(usd, cny), ForwardPosition.SellBase, Money.Of(100_000m, usd), 7.0130m,
            new LocalDate(2027, 5, 20), "FWD-1");
        var mtm = Forwards.MarkToMarket(sold, 6.95m, Percentage.FromPercent(1.5m), 90, DayCountBasis.Act360, MidpointRounding.AwayFromZero);
        // mtm.Value == 6276.46 CNY

        // "When USD/CNY falls below 7.00 on the mid for 2 observations, pause new orders"; re-arm above 7.02.
        var rule = ThresholdRule.Create("usdcny-7", new CurrencyPair(usd, cny), ThresholdDirection.FallsBelow, 7.00m, PriceSide.Mid,
            band: 0.02m, debounce: 2, maxAge: Duration.FromHours(24), actions: [FxAction.PauseNewOrders, FxAction.Notify]);
        // --- end ---

        Assert.Equal(Money.Of(710.00m, cny), conversion.To);
        Assert.Equal(RateOrigin.Crossed, rate.Origin);
        Assert.Equal(7.0130m, Math.Round(forward.Forward, 4, MidpointRounding.AwayFromZero));
        Assert.Equal(Money.Of(6276.46m, cny), mtm.Value);
        Assert.Equal(7.02m, rule.ReArmLevel);
    }
}
