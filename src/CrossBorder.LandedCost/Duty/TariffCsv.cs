using System.Globalization;
using CrossBorder.Text;
using NodaTime.Text;

namespace CrossBorder.LandedCost;

/// <summary>
/// Reads a tariff from CSV, so a host can load a full national tariff: a header with <c>area,code,from,source</c>, at
/// least one of <c>ad_valorem</c> (<c>"5%"</c>) and <c>specific</c> (with <c>specific_unit</c> <c>kg</c> or
/// <c>item</c> and <c>currency</c>), and optionally <c>minimum</c>, <c>maximum</c>, <c>origins</c> (ISO codes separated
/// by spaces, for a preferential rate), <c>layer</c> (an additional duty such as <c>US-301</c>) and <c>to</c>. Rows
/// that do not match the header and malformed values are <see cref="FormatException"/>s naming the source and line.
/// </summary>
public static class TariffCsv
{
    private const string Expected = "area,code,ad_valorem,specific,specific_unit,currency,minimum,maximum,origins,layer,from,to,source";

    private static readonly string[] Known = Expected.Split(',');

    /// <summary>Reads every line of the tariff.</summary>
    /// <exception cref="FormatException">The CSV does not follow the format, or two lines overlap; the message names the line.</exception>
    public static Tariff Read(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var table = CsvTable.Open(reader, sourceName);
        foreach (var column in table.Columns)
        {
            if (!Known.Contains(column, StringComparer.OrdinalIgnoreCase))
            {
                throw table.Error(1, string.Create(CultureInfo.InvariantCulture, $"unknown column '{CsvTable.Echo(column)}'; expected {Expected}."));
            }
        }

        var area = table.Require("area", Expected);
        var code = table.Require("code", Expected);
        var from = table.Require("from", Expected);
        var source = table.Require("source", Expected);
        var adValorem = table.IndexOf("ad_valorem");
        var specific = table.IndexOf("specific");
        if (adValorem < 0 && specific < 0)
        {
            throw table.Error(1, "the header needs ad_valorem, specific, or both.");
        }

        var (unit, currency, minimum, maximum, origins, layer, to) = (table.IndexOf("specific_unit"), table.IndexOf("currency"), table.IndexOf("minimum"), table.IndexOf("maximum"), table.IndexOf("origins"), table.IndexOf("layer"), table.IndexOf("to"));
        var lines = new List<TariffLine>();
        foreach (var row in table.Rows())
        {
            Currency? money = row.Get(currency) is { Length: > 0 } c
                ? Currency.TryFromCode(c, out var found) ? found : throw row.Invalid(currency, "an ISO 4217 currency code")
                : null;
            Money? Amount(int column)
            {
                if (row.Get(column) is not { Length: > 0 } text)
                {
                    return null;
                }

                if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
                {
                    throw row.Invalid(column, "a non-negative amount such as 1.20");
                }

                return money is { } m ? Money.Of(value, m) : throw row.Error(string.Create(CultureInfo.InvariantCulture, $"{table.Columns[column]} needs the currency column."));
            }

            Percentage? rate = row.Get(adValorem) is { Length: > 0 } p
                ? p.EndsWith('%') && Percentage.TryParse(p, CultureInfo.InvariantCulture, out var parsed) ? parsed : throw row.Invalid(adValorem, "a percentage such as 5% or 2.7%")
                : null;
            var perUnit = row.Get(unit) switch
            {
                "" or "kg" => SpecificUnit.Kilogram,
                "item" => SpecificUnit.Item,
                _ => throw row.Invalid(unit, "kg or item"),
            };
            var start = LocalDatePattern.Iso.Parse(row.Get(from));
            var end = row.Get(to) is { Length: > 0 } t ? LocalDatePattern.Iso.Parse(t) : null;
            if (!start.Success || end is { Success: false })
            {
                throw row.Invalid(!start.Success ? from : to, "a yyyy-MM-dd date");
            }

            var countries = row.Get(origins).Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(o => o.Length == 2 && CountryCode.TryParse(o, out var country) ? country : throw row.Invalid(origins, "ISO alpha-2 codes separated by spaces"))
                .ToArray();
            try
            {
                var period = end is { } e ? EffectivePeriod.Between(start.Value, e.Value) : EffectivePeriod.From(start.Value);
                var duty = new DutyRate(rate, Amount(specific), perUnit, Amount(minimum), Amount(maximum));
                lines.Add(new TariffLine(row.Get(area), row.Get(code), duty, period, row.Get(source), countries, row.Get(layer) is { Length: > 0 } l ? l : null));
            }
            catch (ArgumentException ex)
            {
                throw row.Error(ExceptionText.FirstSentence(ex.Message));
            }
        }

        try
        {
            return new Tariff(lines);
        }
        catch (ArgumentException ex)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"{sourceName}: {ExceptionText.FirstSentence(ex.Message)}"), ex);
        }
    }
}
