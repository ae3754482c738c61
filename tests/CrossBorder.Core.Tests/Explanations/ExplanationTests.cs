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
        Assert.Equal("Converted: CNY 7,102.50 = USD 1,000.00 × 7.1025", new ExplanationStep("Converted", Money.Of(7102.5m, "CNY")) { Base = Money.Of(1000m, "USD"), Factor = 7.1025m }.ToString());
    }

    [Fact]
    public void Text_does_not_depend_on_the_thread_culture() =>
        Helpers.Cultures.With("tr-TR", () => Assert.Equal(
            "Fee: EUR 1,234.25 = EUR 10,000.00 × 12.3425%",
            new ExplanationStep("Fee", Money.Of(1234.25m, "EUR")) { Base = Money.Of(10000m, "EUR"), Rate = Percentage.FromPercent(12.3425m) }.ToString()));

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
