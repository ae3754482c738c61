namespace CrossBorder.Advertising;

/// <summary>The checks every amount handed to budgets and anomalies goes through.</summary>
internal static class MoneyChecks
{
    /// <summary>Throws naming <paramref name="parameter"/> when <paramref name="amount"/> is default or negative.</summary>
    internal static void RequireNonNegative(Money amount, string parameter, string what)
    {
        if (amount.IsDefault || amount.IsNegative)
        {
            throw new ArgumentOutOfRangeException(parameter, amount.IsDefault ? "default" : amount.ToString(), $"{what} is a non-negative amount.");
        }
    }
}
