namespace CrossBorder.Tests;

public class ExplanationTests
{
    [Fact]
    public void Steps_print_base_rate_rule_source_and_rounding()
    {
        var step = new ExplanationStep("Import VAT", Money.Of(20.00m, "GBP"))
        {
            Base = Money.Of(100m, "GBP"),
            Rate = Percentage.Parse("20%"),
            Rule = "UK standard rate",
            Source = "VATA 1994 s.2",
            Rounding = "to 0.01, ToEven",
        };

        Assert.Equal("Import VAT: GBP 20.00 = GBP 100.00 × 20% [UK standard rate; VATA 1994 s.2] (rounded to 0.01, ToEven)", step.ToString());
        Assert.Equal("Duty: GBP 5.00 on GBP 100.00", new ExplanationStep("Duty", Money.Of(5m, "GBP")) { Base = Money.Of(100m, "GBP") }.ToString());
    }

    [Fact]
    public void Explanations_are_immutable_sequences_of_steps()
    {
        var first = new ExplanationStep("A", Money.Of(1m, "EUR"));
        var second = new ExplanationStep("B", Money.Of(2m, "EUR"));

        var one = Explanation.Empty.Then(first);
        var two = one.Then(second);

        Assert.Single(one.Steps);
        Assert.Equal([first, second], two.Steps);
        Assert.Equal(two.Steps, Explanation.Of(first, second).Steps);
        Assert.Equal($"A: EUR 1.00{Environment.NewLine}B: EUR 2.00", two.ToString());
        Assert.Empty(Explanation.Empty.Steps);
    }
}
