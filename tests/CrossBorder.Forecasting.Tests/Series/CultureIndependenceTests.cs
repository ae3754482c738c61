using CrossBorder.Forecasting.Tests.Helpers;

namespace CrossBorder.Forecasting.Tests.Series;

public class CultureIndependenceTests
{
    private static readonly double[] Demand = [0, 3, 0, 0, 2.5, 0, 4, 0, 1, 0, 0, 6, 0, 2];

    [Theory]
    [MemberData(nameof(Cultures.Names), MemberType = typeof(Cultures))]
    public void Method_names_and_descriptions_are_invariant(string culture)
    {
        var texts = Cultures.With(culture, () => new[]
        {
            IntermittentDemand.Tsb(Demand, 2, 0.15, 0.05).Method,
            IntermittentDemand.Classify(Demand).ToString(),
            CrossBorder.Forecasting.Theta.Standard(Demand, 1, 2).Method,
            Baseline.MovingAverage(Demand, 3, 1).Method,
            IntermittentDemand.Croston(Demand, 2, 0.5).ToString(),
        });
        Assert.Equal("TSB(α_d=0.15, α_p=0.05)", texts[0]);
        Assert.Equal("Intermittent (ADI 2.333, CV² 0.3199, 6/14 periods with demand)", texts[1]);
        Assert.Matches(@"^Theta\(α=0\.\d+\)$", texts[2]);
        Assert.Equal("MovingAverage(3)", texts[3]);
        Assert.DoesNotContain(",", texts[4].Split(':')[1].Replace(", ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Cultures.Names), MemberType = typeof(Cultures))]
    public void Numbers_do_not_depend_on_culture(string culture)
    {
        var invariant = Cultures.With(string.Empty, () => CrossBorder.Forecasting.Theta.Standard(Demand, 1, 3).Mean.ToArray());
        var local = Cultures.With(culture, () => CrossBorder.Forecasting.Theta.Standard(Demand, 1, 3).Mean.ToArray());
        Assert.Equal(invariant, local);
    }
}
