using NodaTime;

namespace CrossBorder.Fx.Tests.Fees;

/// <summary>
/// Survivors of the Fx mutation run in FeeSchedule's constructor: the conversion spread is a share of the amount
/// converted, so it lies in [0%, 100%) — 0% (no spread) is a valid spread, 100% would take everything.
/// </summary>
public class FeeScheduleBoundsTests
{
    private static FeeSchedule WithSpread(decimal percent) =>
        new("test", [], Timeline<Percentage>.FromChanges([(new LocalDate(2025, 1, 1), Percentage.FromPercent(percent))]));

    [Theory]
    [InlineData("0")]
    [InlineData("0.01")]
    [InlineData("99.99")]
    public void Spreads_from_0_to_below_100_percent_are_accepted(string percent) =>
        Assert.Equal("test", WithSpread(decimal.Parse(percent, System.Globalization.CultureInfo.InvariantCulture)).Provider);

    [Theory]
    [InlineData("100")]
    [InlineData("-0.01")]
    [InlineData("150")]
    public void Spreads_outside_0_to_100_percent_are_refused(string percent) =>
        Assert.Equal(
            "conversionSpread",
            Assert.Throws<ArgumentException>(() => WithSpread(decimal.Parse(percent, System.Globalization.CultureInfo.InvariantCulture))).ParamName);

    [Fact]
    public void Arguments_are_checked()
    {
        Assert.Throws<ArgumentException>(() => new FeeSchedule(" ", [], Timeline<Percentage>.Empty));
        Assert.Throws<ArgumentNullException>(() => new FeeSchedule("test", null!, Timeline<Percentage>.Empty));
        Assert.Throws<ArgumentNullException>(() => new FeeSchedule("test", [], null!));
    }
}
