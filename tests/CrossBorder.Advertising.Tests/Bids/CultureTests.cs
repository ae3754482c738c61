using System.Globalization;
using static CrossBorder.Advertising.Tests.Bids.Rows;

namespace CrossBorder.Advertising.Tests.Bids;

public class CultureTests
{
    public static TheoryData<string> Names => ["en-US", "de-DE", "fr-FR", "tr-TR", "ja-JP", "ar-SA"];

    /// <summary>Runs <see cref="Run"/> on a thread of its own in <paramref name="name"/>'s culture (nothing to restore).</summary>
    private static string In(string name)
    {
        var culture = CultureInfo.GetCultureInfo(name);
        string? result = null;
        Exception? error = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = Run();
            }
            catch (Exception e)
            {
                error = e;
            }
        }) { CurrentCulture = culture, CurrentUICulture = culture };
        thread.Start();
        thread.Join();
        return error is null ? result! : throw new InvalidOperationException($"The run in {name} failed.", error);
    }

    private static string Run()
    {
        var goal = new AcosGoal(Percentage.FromPercent(25m), Percentage.FromPercent(40m));
        var report = Report(
            Row("C", "G", "kw", 100, 45m, 225m, 9, "BIG MUG"),
            Row("C", "G", "cold", 200, 100m, 0m, 0, "IGLOO CUP"),
            Row("C", "G", "good", 100, 40m, 200m, 10, "INDIGO MUG"));
        var bids = new BidOptimizer().Recommend(report, [new CurrentBid("C / G / kw", Eur(0.30m)), new CurrentBid("C / G / cold", Eur(0.60m)), new CurrentBid("C / G / good", Eur(0.50m))], goal);
        var rules = SearchTermRules.Evaluate(report, goal, Day.PlusDays(5));
        return string.Join('\n', bids.Concat(rules).Select(r => r.Key + " " + r.Kind + " " + r.NewBid?.Amount.ToString(CultureInfo.InvariantCulture) + " "
            + string.Join("; ", r.Reasons.Select(x => x.Code + ": " + x.Detail)) + " " + string.Join(",", r.Numbers.Select(n => n.Key + "=" + n.Value.ToString(CultureInfo.InvariantCulture)))));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Recommendations_and_their_reasons_do_not_depend_on_the_culture(string culture)
    {
        var invariant = In("");

        Assert.Equal(invariant, In(culture));
        Assert.Contains("big mug", invariant, StringComparison.Ordinal);
        Assert.Contains("× target ACoS 25% = ", invariant, StringComparison.Ordinal);
    }
}
