using System.Globalization;
using CrossBorder.Text;

namespace CrossBorder.Advertising;

/// <summary>
/// Reads current bids from CSV: <c>key,bid,currency</c> and optionally <c>placement_adjustment</c> (<c>50%</c>) and
/// <c>dynamic_factor</c> (<c>1.2</c>); the key is the target's at targeting level
/// (<c>campaign / ad group / targeting</c>), as <c>crossborder ads --group-by targeting</c> prints it.
/// </summary>
public static class CurrentBidsCsv
{
    private const string Header = "key,bid,currency[,placement_adjustment,dynamic_factor]";

    /// <summary>Reads the bids.</summary>
    /// <exception cref="FormatException">A column is missing, a value malformed, or a key repeated; the message names the file and line.</exception>
    public static IReadOnlyList<CurrentBid> Read(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var table = CsvTable.Open(reader, sourceName);
        var key = table.Require("key", Header);
        var bid = table.Require("bid", Header);
        var currency = table.Require("currency", Header);
        var placement = table.IndexOf("placement_adjustment");
        var dynamic = table.IndexOf("dynamic_factor");
        var bids = new List<CurrentBid>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in table.Rows())
        {
            var code = row.Get(currency);
            var unit = Currency.TryFromCode(code, out var c) ? c : throw row.Invalid(currency, "an ISO 4217 currency code");
            var amount = decimal.TryParse(row.Get(bid), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var a) ? a : throw row.Invalid(bid, "a bid such as 0.85");
            if (!seen.Add(row.Get(key)))
            {
                throw row.Error($"the key '{CsvTable.Echo(row.Get(key))}' is given twice.");
            }

            try
            {
                bids.Add(new CurrentBid(row.Get(key), Money.Of(amount, unit))
                {
                    PlacementAdjustment = placement < 0 || row.Get(placement).Length == 0 ? Percentage.Zero
                        : Percentage.TryParse(row.Get(placement), CultureInfo.InvariantCulture, out var p) ? p : throw row.Invalid(placement, "a percentage such as 50%"),
                    DynamicFactor = dynamic < 0 || row.Get(dynamic).Length == 0 ? 1m
                        : decimal.TryParse(row.Get(dynamic), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) ? d : throw row.Invalid(dynamic, "a factor such as 1.2"),
                });
            }
            catch (ArgumentException e)
            {
                throw row.Error(ExceptionText.FirstSentence(e.Message));
            }
        }

        return bids;
    }
}
