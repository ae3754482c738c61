using System.Globalization;
using NodaTime;
using static CrossBorder.Fx.Tests.Helpers.Fx;

namespace CrossBorder.Fx.Tests.Rates;

public class FormattingTests
{
    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("ja-JP")]
    public void Descriptions_and_messages_do_not_depend_on_the_culture(string culture)
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            var rate = FxRate.TwoWay(Pair("USD/CNY"), 7.09m, 7.1m, 7.11m, Day(2026, 11, 20), "bank", RateKind.Spot);
            Assert.Equal("USD/CNY 7.1 (bid 7.09, ask 7.11) Spot as of 2026-11-20T00:00:00Z [bank]", rate.ToString());
            var stale = Assert.Throws<StaleRateException>(() =>
                new FxRateResolver(new InMemoryRateStore([rate]), StalenessPolicy.MaxAgeOf(Duration.FromDays(1))).GetRate(Pair("USD/CNY"), Day(2026, 11, 25), RateKind.Spot));
            Assert.Contains("as of 2026-11-20T00:00:00Z", stale.Message, StringComparison.Ordinal);
            var rule = ThresholdRule.Create("r", Pair("USD/CNY"), ThresholdDirection.FallsBelow, 7.5m, PriceSide.Mid, 0.25m, 1, Duration.FromHours(1), [FxAction.Notify]);
            Assert.Contains("7.5 (band 0.25", rule.ToString(), StringComparison.Ordinal);
            Assert.Equal("ACT/365", DayCountBasis.Act365.ToString());

            // Money and Percentage format with the current culture when interpolated; Fx's own text is invariant.
            var fee = CardFee.Of(Percentage.FromPercent(1.5m), Money.Of(1234.25m, Eur), "x");
            Assert.Equal("1.5% + EUR 1,234.25", fee.ToString());
            var bad = Assert.Throws<ArgumentOutOfRangeException>(() => CardFee.Of(Percentage.FromPercent(100.5m), Money.Of(0.25m, Eur), "x"));
            Assert.Contains("not 100.5%", bad.Message, StringComparison.Ordinal);
            var item = ExposureItem.Forecast(Money.Of(-1500.5m, Usd), new LocalDate(2027, 1, 31), Percentage.FromPercent(12.5m), "f");
            Assert.Equal("Forecast USD -1,500.50 due 2027-01-31 at 12.5%", item.ToString());
            var cost = PaymentCosts.Of(Money.Of(1000m, Eur), new PaymentRoute("A", fee, Percentage.FromPercent(2.5m)), Rate("EUR/USD", 1.05m, Day(2026, 11, 20)), MidpointRounding.ToEven);
            Assert.All(cost.Explain().Steps, step => Assert.DoesNotContain(",5", step.Description, StringComparison.Ordinal));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
