using NodaTime;

namespace CrossBorder.Scorecards.Tests.Model;

public class ScorecardResultTests
{
    [Fact]
    public void A_score_outside_0_to_100_or_a_coverage_outside_0_to_1_is_refused()
    {
        Assert.Equal("score", Assert.Throws<ArgumentOutOfRangeException>(() => new ScorecardResult("store", new LocalDate(2026, 12, 1), 101m, 1m, RagStatus.Green, [], [])).ParamName);
        Assert.Equal("coverage", Assert.Throws<ArgumentOutOfRangeException>(() => new ScorecardResult("store", new LocalDate(2026, 12, 1), 50m, 1.5m, RagStatus.Green, [], [])).ParamName);
        Assert.Null(new ScorecardResult("store", new LocalDate(2026, 12, 1), null, 0.2m, RagStatus.Amber, [], []).Score);
    }
}
