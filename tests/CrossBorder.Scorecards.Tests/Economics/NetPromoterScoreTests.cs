namespace CrossBorder.Scorecards.Tests.Economics;

public class NetPromoterScoreTests
{
    [Fact]
    public void The_NPS_of_a_small_list_worked_by_hand()
    {
        // 10, 9, 9 promoters (3); 8, 7 passives (2); 6, 3, 0, 5, 10 → 6, 3, 0, 5 detractors (4) and one more promoter (10).
        // 10 answers: 4 promoters, 2 passives, 4 detractors → 40% − 40% = 0. Drop the last 10: 3 − 4 of 9 → −11.11…
        var result = NetPromoterScore.From([10, 9, 9, 8, 7, 6, 3, 0, 5, 10]);

        Assert.Equal((4, 2, 4, 10), (result.Promoters, result.Passives, result.Detractors, result.Responses));
        Assert.Equal(0m, result.Score);
        Assert.Equal(-100m / 9m, NetPromoterScore.From([10, 9, 9, 8, 7, 6, 3, 0, 5]).Score);
        Assert.Equal(100m, NetPromoterScore.From([9]).Score);
        Assert.Equal(-100m, NetPromoterScore.From([6, 0]).Score);
    }

    [Fact]
    public void Bad_input_is_refused_naming_the_parameter()
    {
        Assert.Equal("scores", Assert.Throws<ArgumentException>(() => NetPromoterScore.From([])).ParamName);
        Assert.Equal("scores", Assert.Throws<ArgumentOutOfRangeException>(() => NetPromoterScore.From([9, 11])).ParamName);
        Assert.Equal("scores", Assert.Throws<ArgumentOutOfRangeException>(() => NetPromoterScore.From([-1])).ParamName);
    }
}
