using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace CrossBorder.Scorecards;

/// <summary>The invariant wording of reasons and explanations.</summary>
internal static class Text
{
    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static string Number(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);

    public static string Value(decimal value, MetricUnit unit) => unit switch
    {
        MetricUnit.Percent => Math.Round(value * 100m, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture) + "%",
        MetricUnit.Currency => Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture),
        _ => Number(value),
    };

    public static string Status(RagStatus status) => status switch
    {
        RagStatus.Green => "green",
        RagStatus.Amber => "amber",
        _ => "red",
    };

    /// <summary>A signed percentage with a true minus sign (−12%, +8%).</summary>
    public static string Change(decimal fraction)
    {
        var percent = Math.Round(fraction * 100m, 0, MidpointRounding.AwayFromZero);
        return (percent < 0m ? "\u2212" : "+") + Math.Abs(percent).ToString("0", CultureInfo.InvariantCulture) + "%";
    }
}
