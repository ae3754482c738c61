namespace CrossBorder.Fx.Tests.Hedging;

/// <summary>
/// Survivors of the Fx mutation run in HedgeBook and HedgeLayer: a hedge ratio is a share, 0% and 100% included;
/// weighted rates need positive notionals and rates. Expected values by hand from R_eff = h·K̄ + (1 − h)·S_T and
/// Σ N·S / Σ N.
/// </summary>
public class HedgeBoundsTests
{
    [Theory]
    [InlineData(0, 1.10)] // unhedged: all at spot
    [InlineData(100, 1.05)] // fully hedged: all at the blended forward rate
    [InlineData(40, 1.08)] // 0.4 × 1.05 + 0.6 × 1.10 = 0.42 + 0.66
    public void The_effective_rate_accepts_ratios_from_0_to_100_percent(int percent, double expected) =>
        Assert.Equal((decimal)expected, HedgeBook.EffectiveRate(Percentage.FromPercent(percent), 1.05m, 1.10m));

    [Theory]
    [InlineData("-0.01")]
    [InlineData("100.01")]
    public void The_effective_rate_refuses_ratios_outside_0_to_100_percent(string percent) =>
        Assert.Equal(
            "hedgeRatio",
            Assert.Throws<ArgumentOutOfRangeException>(() => HedgeBook.EffectiveRate(Percentage.FromPercent(decimal.Parse(percent, System.Globalization.CultureInfo.InvariantCulture)), 1.05m, 1.10m)).ParamName);

    [Fact]
    public void The_effective_rate_refuses_non_positive_rates()
    {
        Assert.Equal("blendedRate", Assert.Throws<ArgumentOutOfRangeException>(() => HedgeBook.EffectiveRate(Percentage.FromPercent(50m), 0m, 1.10m)).ParamName);
        Assert.Equal("spotAtSettlement", Assert.Throws<ArgumentOutOfRangeException>(() => HedgeBook.EffectiveRate(Percentage.FromPercent(50m), 1.05m, 0m)).ParamName);
    }

    [Fact]
    public void Layers_take_ratios_from_0_to_100_percent_and_months_from_0()
    {
        Assert.Equal(Percentage.Zero, new HedgeLayer(0, 3, Percentage.Zero).Ratio);
        Assert.Equal(Percentage.OneHundred, new HedgeLayer(0, 3, Percentage.OneHundred).Ratio);
        Assert.Throws<ArgumentOutOfRangeException>(() => new HedgeLayer(0, 3, Percentage.FromPercent(-1m)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new HedgeLayer(0, 3, Percentage.FromPercent(101m)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new HedgeLayer(-1, 3, Percentage.FromPercent(50m)));
    }

    [Fact]
    public void The_weighted_entry_rate_weights_by_notional_and_refuses_zero_or_negative_entries()
    {
        // (100 × 1.10 + 300 × 1.20) / 400 = (110 + 360) / 400 = 1.175.
        Assert.Equal(1.175m, HedgeBook.WeightedEntryRate([(Money.Of(100m, "USD"), 1.10m), (Money.Of(300m, "USD"), 1.20m)]));

        Assert.Throws<ArgumentException>(() => HedgeBook.WeightedEntryRate([(Money.Of(100m, "USD"), 1.10m), (Money.Of(0m, "USD"), 1.20m)]));
        Assert.Throws<ArgumentException>(() => HedgeBook.WeightedEntryRate([(Money.Of(100m, "USD"), 1.10m), (Money.Of(300m, "USD"), 0m)]));
        Assert.Throws<ArgumentException>(() => HedgeBook.WeightedEntryRate([(Money.Of(100m, "USD"), 1.10m), (Money.Of(-5m, "USD"), 1.20m)]));
        Assert.Throws<ArgumentException>(() => HedgeBook.WeightedEntryRate([(Money.Of(100m, "USD"), 1.10m), (Money.Of(300m, "EUR"), 1.20m)]));
        Assert.Throws<ArgumentException>(() => HedgeBook.WeightedEntryRate([]));
        Assert.Throws<ArgumentException>(() => HedgeBook.BlendedRate([]));
    }
}
