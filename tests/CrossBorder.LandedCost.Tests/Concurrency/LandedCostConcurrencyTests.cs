using CrossBorder.LandedCost.Tests.Calculation;
using FsCheck.Fluent;

namespace CrossBorder.LandedCost.Tests.Concurrency;

/// <summary>
/// <see cref="LandedCostCalculator"/> is documented as pure and thread-safe: one shared instance hammered from 16
/// threads gives, order by order, what a sequential run gives (Hammer.Compare's expected values are that run).
/// </summary>
public class LandedCostConcurrencyTests
{
    [Fact]
    public void The_calculator_answers_16_threads_as_it_answers_one()
    {
        // 200 orders from the property tests' generator: every destination, incoterm and allocation it covers.
        var orders = LandedCostArbitraries.Orders().Generator.Sample(200).Select(o => o.Spec.Build()).ToArray();
        var calculator = LandedCostCalculator.Default;

        var differences = Hammer.Compare(orders, calculator.Calculate);

        Assert.Empty(differences);
    }
}
