using System.Globalization;

namespace CrossBorder.Advertising;

/// <summary>Validation of settings' values, naming the property.</summary>
internal static class Require
{
    public static long AtLeast(long value, long minimum, string name, string unit) =>
        value >= minimum ? value : throw new ArgumentOutOfRangeException(name, value, string.Create(CultureInfo.InvariantCulture, $"At least {minimum} {unit}."));

    public static decimal Positive(decimal value, string name) =>
        value > 0m ? value : throw new ArgumentOutOfRangeException(name, value, "A multiple is above 0.");
}
