using System.Globalization;

namespace CrossBorder.Forecasting.Evaluation;

/// <summary>Culture-invariant text: every number the harness writes or reads goes through here.</summary>
internal static class Invariant
{
    /// <summary>Formats an interpolated string with the invariant culture.</summary>
    public static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>A true mean as written to <c>test.csv</c>: 6 significant digits.</summary>
    public static string Mean(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    /// <summary>A score with <paramref name="decimals"/> decimals, or <c>NA</c>.</summary>
    public static string Score(double? value, int decimals = 4) =>
        value is { } v ? v.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : "NA";

    /// <summary>Parses a number written by this harness or by R (<c>NA</c> is <see langword="null"/>).</summary>
    public static double? ParseNullable(string text) =>
        text is "NA" or "" ? null : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
