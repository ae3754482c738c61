namespace CrossBorder.Tests.Helpers;

/// <summary>The one rule for property case counts (tests/Shared/ScaledPropertyAttribute.cs).</summary>
public class ScaledPropertyTests
{
    [Theory]
    [InlineData(null, 1)]
    [InlineData("", 1)]
    [InlineData(" 100 ", 100)]
    [InlineData("1", 1)]
    public void The_scale_is_a_positive_integer_or_one_when_unset(string? text, int expected) =>
        Assert.Equal(expected, ScaledPropertyAttribute.ParseScale(text));

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("1e2")]
    [InlineData("١٠٠")]
    public void Anything_else_is_refused_naming_the_variable(string text) =>
        Assert.Contains(ScaledPropertyAttribute.ScaleVariable, Assert.Throws<InvalidOperationException>(() => ScaledPropertyAttribute.ParseScale(text)).Message, StringComparison.Ordinal);

    [Fact]
    public void Cases_multiply_by_the_scale()
    {
        // By hand: the attribute's run count is the CI count times the scale read from the environment.
        Assert.Equal(ScaledPropertyAttribute.DefaultCases * ScaledPropertyAttribute.Scale, new ScaledPropertyAttribute().MaxTest);
        Assert.Equal(250 * ScaledPropertyAttribute.Scale, new ScaledPropertyAttribute { Cases = 250 }.MaxTest);
    }
}
