using System.Numerics;
using System.Globalization;

namespace CrossBorder.Advertising;

/// <summary>The checks the inputs and settings of budgets and anomalies go through, each naming what it refuses.</summary>
internal static class Checks
{
    /// <summary>Throws naming <paramref name="parameter"/> when <paramref name="amount"/> is default or negative.</summary>
    internal static void RequireNonNegative(Money amount, string parameter, string what)
    {
        if (amount.IsDefault || amount.IsNegative)
        {
            throw new ArgumentOutOfRangeException(parameter, amount.IsDefault ? "default" : amount.ToString(), $"{what} is a non-negative amount.");
        }
    }

    /// <summary><paramref name="value"/> when it is within [<paramref name="min"/>, <paramref name="max"/>], else an exception naming <paramref name="name"/>.</summary>
    internal static T Between<T>(T value, T min, T max, string name)
        where T : INumber<T> =>
        value >= min && value <= max && T.IsFinite(value)
            ? value
            : throw new ArgumentOutOfRangeException(name, value, string.Create(CultureInfo.InvariantCulture, $"{name} is between {min} and {max}."));

    /// <summary><paramref name="value"/> when it is positive and finite, else an exception naming <paramref name="name"/>.</summary>
    internal static double Positive(double value, string name) =>
        value > 0d && double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} is a positive, finite number.");
}
