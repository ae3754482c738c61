using System.Globalization;
using CrossBorder.Text;
using NodaTime.Text;

namespace CrossBorder.Tax;

/// <summary>
/// Reads a seller's sales history for the <see cref="ThresholdMonitor"/> from CSV (docs/tax.md): a header with
/// <c>date,destination,amount,currency</c> and optionally <c>subdivision</c>, <c>buyer_type</c> (<c>B2C</c> | <c>B2B</c>,
/// default B2C) and <c>ship_from</c>; one sale per row, amounts without tax, any order. Rows that do not match the
/// header, malformed values, negative amounts and a file with a header but no rows are <see cref="FormatException"/>s
/// naming the file and the line.
/// </summary>
public static class ThresholdSalesCsv
{
    private const string Expected = "date,destination,amount,currency[,subdivision,buyer_type,ship_from]";

    /// <summary>Reads every sale, eagerly.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="sourceName">What to call the input in messages.</param>
    /// <exception cref="FormatException">The file does not follow the format; the message names the line and the field.</exception>
    public static IReadOnlyList<ThresholdSale> Read(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var table = CsvTable.Open(reader, sourceName);
        var date = table.Require("date", Expected);
        var destination = table.Require("destination", Expected);
        var amount = table.Require("amount", Expected);
        var currency = table.Require("currency", Expected);
        var subdivision = table.IndexOf("subdivision");
        var buyerType = table.IndexOf("buyer_type");
        var shipFrom = table.IndexOf("ship_from");
        foreach (var column in table.Columns)
        {
            if (column is not ("date" or "destination" or "amount" or "currency" or "subdivision" or "buyer_type" or "ship_from"))
            {
                throw table.Error(1, $"unknown column '{CsvTable.Echo(column)}'; expected {Expected}.");
            }
        }

        var sales = new List<ThresholdSale>();
        foreach (var row in table.Rows())
        {
            var day = LocalDatePattern.Iso.Parse(row.Get(date));
            if (!day.Success)
            {
                throw row.Invalid(date, "a yyyy-MM-dd date");
            }

            var to = CountryCode.TryParse(row.Get(destination), out var country) && row.Get(destination).Length == 2 ? country : throw row.Invalid(destination, "an ISO 3166-1 alpha-2 country code");
            var code = Currency.TryFromCode(row.Get(currency), out var c) ? c : throw row.Invalid(currency, "an ISO 4217 currency code");
            if (!decimal.TryParse(row.Get(amount), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                throw row.Invalid(amount, "a non-negative amount with a decimal point, such as 129.90");
            }

            var type = row.Get(buyerType) switch
            {
                "" or "B2C" => BuyerType.Consumer,
                "B2B" => BuyerType.Business,
                _ => throw row.Invalid(buyerType, "B2C or B2B"),
            };
            CountryCode? from = row.Get(shipFrom) is { Length: > 0 } fromText
                ? CountryCode.TryParse(fromText, out var f) && fromText.Length == 2 ? f : throw row.Invalid(shipFrom, "an ISO 3166-1 alpha-2 country code")
                : null;
            var state = row.Get(subdivision) is { Length: > 0 } s ? s : null;
            try
            {
                sales.Add(new ThresholdSale(day.Value, to, Money.Of(value, code), type, state, from));
            }
            catch (ArgumentException e)
            {
                throw row.Error(e.Message);
            }
        }

        return sales.Count > 0 ? sales : throw table.Error(1, $"the file has a header but no rows; expected {Expected} and one row per sale.");
    }

    /// <summary>Reads every sale of a file.</summary>
    /// <inheritdoc cref="Read(TextReader, string)" />
    public static IReadOnlyList<ThresholdSale> ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }
}
