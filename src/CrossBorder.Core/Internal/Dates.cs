using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace CrossBorder.Internal;

internal static class Dates
{
    public static LocalDate? ParseOptional(string text) =>
        text.Length == 0 ? null : LocalDatePattern.Iso.Parse(text).Value;

    public static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static int? ParseOptionalInt(string text) =>
        text.Length == 0 ? null : int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
}
