using System.Globalization;

namespace CrossBorder.LandedCost;

/// <summary>The minimum and maximum a tariff or a fee schedule puts on a charge, applied in one place with the words the working uses.</summary>
internal static class ChargeBounds
{
    /// <summary>
    /// <paramref name="amount"/> raised to <paramref name="minimum"/> or held to <paramref name="maximum"/>, and the
    /// phrase that says so (<c>, raised to the minimum USD 33.58</c>), empty when neither applied.
    /// </summary>
    public static (decimal Amount, string Note) Hold(decimal amount, Money? minimum, Money? maximum)
    {
        if (minimum is { } min && amount < min.Amount)
        {
            return (min.Amount, string.Create(CultureInfo.InvariantCulture, $", raised to the minimum {min}"));
        }

        return maximum is { } max && amount > max.Amount
            ? (max.Amount, string.Create(CultureInfo.InvariantCulture, $", held to the maximum {max}"))
            : (amount, string.Empty);
    }
}
