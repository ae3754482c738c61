using System.Globalization;
using CrossBorder.Text;
using NodaTime;
using NodaTime.Text;

namespace CrossBorder.LandedCost;

/// <summary>How goods travel.</summary>
public enum ShippingMode
{
    /// <summary>By post (JSON <c>post</c>).</summary>
    Post,

    /// <summary>By express courier (JSON <c>courier</c>).</summary>
    Courier,

    /// <summary>By air cargo (JSON <c>air</c>).</summary>
    Air,

    /// <summary>By sea (JSON <c>ocean</c>).</summary>
    Ocean,
}

/// <summary>The words of <see cref="ShippingMode"/> in the JSON contracts.</summary>
public static class ShippingModes
{
    /// <summary>The mode named <c>post</c>, <c>courier</c>, <c>air</c> or <c>ocean</c>.</summary>
    public static bool TryParse(string? word, out ShippingMode mode)
    {
        (var known, mode) = word switch
        {
            "post" => (true, ShippingMode.Post),
            "courier" => (true, ShippingMode.Courier),
            "air" => (true, ShippingMode.Air),
            "ocean" => (true, ShippingMode.Ocean),
            _ => (false, default),
        };
        return known;
    }

    /// <summary>The word of a mode.</summary>
    public static string Format(ShippingMode mode) => mode switch
    {
        ShippingMode.Post => "post",
        ShippingMode.Courier => "courier",
        ShippingMode.Air => "air",
        ShippingMode.Ocean => "ocean",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Not a shipping mode."),
    };
}

/// <summary>The words of <see cref="CustomsEntry"/> in the JSON contracts.</summary>
public static class CustomsEntries
{
    /// <summary>The entry named <c>formal</c> or <c>informal</c>.</summary>
    public static bool TryParse(string? word, out CustomsEntry entry)
    {
        (var known, entry) = word switch
        {
            "formal" => (true, CustomsEntry.Formal),
            "informal" => (true, CustomsEntry.Informal),
            _ => (false, default),
        };
        return known;
    }
}

/// <summary>The kind of customs entry, where fees differ by it (US formal and informal entries).</summary>
public enum CustomsEntry
{
    /// <summary>A formal entry (JSON <c>formal</c>).</summary>
    Formal,

    /// <summary>An informal entry (JSON <c>informal</c>).</summary>
    Informal,
}

/// <summary>How a customs fee is charged.</summary>
public enum FeeKind
{
    /// <summary>A share of the customs value, with an optional minimum and maximum (JSON <c>ad-valorem</c>).</summary>
    AdValorem,

    /// <summary>An amount per shipment (JSON <c>per-shipment</c>).</summary>
    PerShipment,

    /// <summary>An amount per declared line of goods (JSON <c>per-line</c>: France's small-parcel tax).</summary>
    PerLine,
}

/// <summary>Who pays a part of the landed cost.</summary>
public enum Party
{
    /// <summary>The seller (JSON <c>seller</c>).</summary>
    Seller,

    /// <summary>The buyer (JSON <c>buyer</c>).</summary>
    Buyer,
}

/// <summary>The words of <see cref="Party"/> in the JSON contracts and the trace.</summary>
public static class Parties
{
    /// <summary>The party named <c>seller</c> or <c>buyer</c>.</summary>
    public static bool TryParse(string? word, out Party party)
    {
        (var known, party) = word switch
        {
            "seller" => (true, Party.Seller),
            "buyer" => (true, Party.Buyer),
            _ => (false, default),
        };
        return known;
    }

    /// <summary>The word of a party.</summary>
    public static string Format(Party party) => party == Party.Seller ? "seller" : "buyer";
}

/// <summary>A value limit on a consignment: a fee charged only on consignments below it.</summary>
/// <param name="Limit">The limit.</param>
/// <param name="Basis">The value tested.</param>
/// <param name="LimitIncluded">Whether a value equal to the limit is within it.</param>
public sealed record ConsignmentLimit(Money Limit, ValueBasis Basis, bool LimitIncluded)
{
    /// <summary>Whether <paramref name="value"/> (in the limit's currency) is within the limit.</summary>
    public bool Within(Money value) => LimitIncluded ? value <= Limit : value < Limit;
}

/// <summary>
/// A customs fee over a period, as data: a share of the value with a minimum and maximum (the US Merchandise Processing
/// Fee), an amount per shipment or per declared line, for some entries, modes and consignments only, with its source.
/// </summary>
public sealed class CustomsFeeRule
{
    internal CustomsFeeRule(string code, string area, FeeKind kind, Percentage? rate, Money? amount, EffectivePeriod period, string source)
    {
        Code = code;
        Area = area;
        Kind = kind;
        Rate = rate;
        Amount = amount;
        Period = period;
        Source = source;
    }

    /// <summary>The fee's code, such as <c>US-MPF</c>.</summary>
    public string Code { get; }

    /// <summary>Where it is charged: a customs area (<c>US</c>) or a country within one (<c>FR</c>).</summary>
    public string Area { get; }

    /// <summary>How it is charged.</summary>
    public FeeKind Kind { get; }

    /// <summary>The share of the value, for ad valorem fees.</summary>
    public Percentage? Rate { get; }

    /// <summary>The amount per shipment or per line, for flat fees.</summary>
    public Money? Amount { get; }

    /// <summary>The least an ad valorem fee charges.</summary>
    public Money? Minimum { get; init; }

    /// <summary>The most an ad valorem fee charges.</summary>
    public Money? Maximum { get; init; }

    /// <summary>The entry it is charged on, or null for every entry.</summary>
    public CustomsEntry? Entry { get; init; }

    /// <summary>The modes it is charged on; empty for every mode.</summary>
    public IReadOnlyList<ShippingMode> Modes { get; init; } = [];

    /// <summary>Charged only on consignments within this limit, or on every consignment when null.</summary>
    public ConsignmentLimit? ConsignmentBelow { get; init; }

    /// <summary>Charged only on goods shipped from outside this area (<c>EU</c>), or from anywhere when null.</summary>
    public string? ShipFromOutside { get; init; }

    /// <summary>Whether the import VAT base includes the fee, where the destination's base adds fees.</summary>
    public bool InTaxBase { get; init; }

    /// <summary>Who the law makes pay it whatever the incoterm (Romania's logistics tax falls on the seller), or null for the importer of record.</summary>
    public Party? Payer { get; init; }

    /// <summary>Whether this row's <c>from</c> is the day the fee began: earlier dates owe nothing rather than lack data.</summary>
    public bool Introduced { get; init; }

    /// <summary>Whether this row's <c>to</c> is the fee's last day: later dates owe nothing rather than lack data.</summary>
    public bool Abolished { get; init; }

    /// <summary>The days it applies (a fiscal year for the US fees).</summary>
    public EffectivePeriod Period { get; }

    /// <summary>The notice or act that sets it.</summary>
    public string Source { get; }

    /// <summary>Where to read it.</summary>
    public string? SourceUrl { get; init; }

    /// <summary>Whether it is charged on this kind of shipment (entry, mode and origin; the consignment limit is tested on the value).</summary>
    public bool AppliesTo(ShippingMode mode, CustomsEntry? entry, bool shipsFromOutside) =>
        (Entry is null || Entry == entry) && (Modes.Count == 0 || Modes.Contains(mode)) && (ShipFromOutside is null || shipsFromOutside);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Code} {(Rate is { } r ? r.ToString() : Amount.ToString())} {Period}");
}

/// <summary>A fee charged on a shipment, with the rule and the working.</summary>
/// <param name="Code">The fee's code.</param>
/// <param name="Amount">The fee.</param>
/// <param name="Working">How it was reached: <c>0.3464% × USD 5,000.00 = 17.32, raised to the minimum USD 33.58</c>.</param>
/// <param name="Rule">The rule applied.</param>
public sealed record CustomsFee(string Code, Money Amount, string Working, CustomsFeeRule Rule);

/// <summary>What a fee schedule needs to know of a shipment.</summary>
/// <param name="Date">The date of entry.</param>
/// <param name="Mode">How the goods travel.</param>
/// <param name="Entry">The entry type, where fees differ by it; null when unknown (an error if a fee depends on it).</param>
/// <param name="ShipFrom">The country the goods are shipped from.</param>
/// <param name="Lines">Declared lines of goods, for fees per line.</param>
/// <param name="Intrinsic">The goods' value without transport and insurance.</param>
/// <param name="CustomsValue">The customs value on the destination's basis (ad valorem fees are charged on it).</param>
/// <param name="Cif">Goods, freight and insurance.</param>
public sealed record FeeShipment(LocalDate Date, ShippingMode Mode, CustomsEntry? Entry, CountryCode ShipFrom, int Lines, Money Intrinsic, Money CustomsValue, Money Cif)
{
    internal Money On(ValueBasis basis) => basis switch
    {
        ValueBasis.Intrinsic => Intrinsic,
        ValueBasis.Cif => Cif,
        _ => CustomsValue,
    };
}

/// <summary>
/// Customs fees as dated data: the embedded schedule (<c>Data/customs-fees.json</c>: the US Merchandise Processing Fee
/// for fiscal years 2025 and 2026, formal and informal, the Harbor Maintenance Fee, the express-consignment and
/// dutiable-mail fees, France's small-parcel tax and Romania's logistics tax) or a host's. A date outside a fee's data
/// is an error, never the nearest year's values, unless the data says the fee began or ended there.
/// </summary>
public sealed class CustomsFeeSchedule
{
    private static readonly Lazy<CustomsFeeSchedule> Embedded = new(() => Parse(EmbeddedData.Read("customs-fees.json"), "the embedded customs fee schedule"));

    private readonly Dictionary<string, IGrouping<string, CustomsFeeRule>[]> _byArea;

    private CustomsFeeSchedule(IReadOnlyList<CustomsFeeRule> rules)
    {
        Rules = rules;
        _byArea = rules.GroupBy(r => r.Area, StringComparer.Ordinal)
            .ToDictionary(a => a.Key, a => a.GroupBy(r => r.Code, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The schedule embedded in the package.</summary>
    public static CustomsFeeSchedule Default => Embedded.Value;

    /// <summary>Every rule.</summary>
    public IReadOnlyList<CustomsFeeRule> Rules { get; }

    /// <summary>
    /// The fees charged on a shipment into <paramref name="area"/>: amounts in each fee's currency, values and limits
    /// converted with <paramref name="rates"/> (direct, inverted or crossed) where currencies differ.
    /// </summary>
    /// <param name="area">The customs area or country (<c>US</c>, <c>FR</c>).</param>
    /// <param name="shipment">The shipment.</param>
    /// <param name="shipsFromOutside">Whether the goods ship from outside a named area (<c>EU</c>), for fees limited to such goods.</param>
    /// <param name="rates">Exchange rates customs uses on the date.</param>
    /// <param name="rounding">Rounding of ad valorem fees to the minor unit.</param>
    /// <exception cref="InvalidOperationException">A fee that applies has no data for the date; the message names the fee and the days covered.</exception>
    /// <exception cref="ArgumentException">The entry type is needed and not given, or no rate converts a value into the fee's currency.</exception>
    public IReadOnlyList<CustomsFee> FeesFor(string area, FeeShipment shipment, Func<string, bool> shipsFromOutside, IReadOnlyList<ExchangeRate> rates, MidpointRounding rounding)
    {
        ArgumentNullException.ThrowIfNull(shipment);
        ArgumentNullException.ThrowIfNull(shipsFromOutside);
        ArgumentNullException.ThrowIfNull(rates);
        return FeesFor(area, shipment, shipsFromOutside, new RateTable(rates), rounding);
    }

    internal IReadOnlyList<CustomsFee> FeesFor(string area, FeeShipment shipment, Func<string, bool> shipsFromOutside, RateTable rates, MidpointRounding rounding)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(area);
        if (!_byArea.TryGetValue(area, out var groups))
        {
            return [];
        }

        var fees = new List<CustomsFee>();
        foreach (var group in groups)
        {
            var date = shipment.Date;
            CustomsFeeRule? rule = null;
            foreach (var candidate in group)
            {
                if (candidate.Period.Contains(date))
                {
                    rule = candidate;
                    break;
                }
            }

            if (rule is null)
            {
                if (group.Any(r => (r.Introduced && date < r.Period.Start) || (r.Abolished && r.Period.End < date))
                    || !group.Any(r => (r.Modes.Count == 0 || r.Modes.Contains(shipment.Mode)) && (r.Entry is null || shipment.Entry is null || r.Entry == shipment.Entry)))
                {
                    continue;
                }

                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                    $"No {group.Key} data for {LocalDatePattern.Iso.Format(date)}: the schedule covers {string.Join(", ", group.Select(r => r.Period.ToString()))}. Add the fee's values for that date (a new fiscal year's notice) to the schedule."));
            }

            if (rule.Entry is not null && shipment.Entry is null && (rule.Modes.Count == 0 || rule.Modes.Contains(shipment.Mode)))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{rule.Code} depends on the entry type: say whether the entry into {area} is formal or informal."), nameof(shipment));
            }

            if (!rule.AppliesTo(shipment.Mode, shipment.Entry, rule.ShipFromOutside is { } outside && shipsFromOutside(outside)))
            {
                continue;
            }

            if (rule.ConsignmentBelow is { } limit && !limit.Within(rates.Convert(shipment.On(limit.Basis), limit.Limit.Currency)))
            {
                continue;
            }

            fees.Add(Compute(rule, shipment, rates, rounding));
        }

        return fees;
    }

    /// <summary>This schedule with the rules of <paramref name="other"/> added (a new fiscal year's fees, a national fee).</summary>
    /// <exception cref="ArgumentException">A rule of one overlaps a rule of the same fee and area in the other.</exception>
    public CustomsFeeSchedule Add(CustomsFeeSchedule other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var rules = Rules.Concat(other.Rules).ToList();
        return Overlap(rules) is { } overlap ? throw new ArgumentException(overlap, nameof(other)) : new CustomsFeeSchedule(rules);
    }

    private static string? Overlap(IEnumerable<CustomsFeeRule> rules)
    {
        foreach (var group in rules.GroupBy(r => (r.Code, r.Area)))
        {
            var sorted = group.OrderBy(r => r.Period.Start).ToArray();
            for (var i = 1; i < sorted.Length; i++)
            {
                if (sorted[i - 1].Period.Overlaps(sorted[i].Period))
                {
                    return string.Create(CultureInfo.InvariantCulture, $"{sorted[i - 1]} and {sorted[i]} overlap.");
                }
            }
        }

        return null;
    }

    /// <summary>Reads a schedule in the JSON format of the embedded one (<c>crossborder-customs-fees/1</c>).</summary>
    /// <exception cref="FormatException">The JSON is malformed or a rule invalid; the message names it.</exception>
    public static CustomsFeeSchedule Parse(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        return StrictJson.Read(stream, sourceName, (message, inner) => new FormatException(message, inner), root =>
        {
            root.Only("format", "version", "fees");
            if (root.String("format") != "crossborder-customs-fees/1")
            {
                throw root.Error("format", "is not crossborder-customs-fees/1.");
            }

            var rules = root.Array("fees").Select(ReadRule).ToList();
            if (Overlap(rules) is { } overlap)
            {
                throw root.Error("fees", overlap);
            }

            return new CustomsFeeSchedule(rules);
        });
    }

    private static CustomsFeeRule ReadRule(StrictJson fee)
    {
        fee.Only("code", "area", "kind", "rate", "amount", "minimum", "maximum", "currency", "entry", "modes", "consignmentBelow", "shipFromOutside", "inTaxBase", "payer", "introduced", "abolished", "from", "to", "source", "sourceUrl", "note");
        var code = fee.String("code");
        fee = fee.Named(code);
        var currency = fee.CurrencyOf("currency");
        Money? Amount(StrictJson node, string name, Currency unit) => node.OptionalDecimal(name) is { } a
            ? a >= 0m ? Money.Of(a, unit) : throw node.Error(name, "is not negative.")
            : null;
        var kind = fee.String("kind") switch
        {
            "ad-valorem" => FeeKind.AdValorem,
            "per-shipment" => FeeKind.PerShipment,
            "per-line" => FeeKind.PerLine,
            var other => throw fee.Error("kind", string.Create(CultureInfo.InvariantCulture, $"'{StrictJson.Echo(other)}' is not ad-valorem, per-shipment or per-line.")),
        };
        Percentage? rate = null;
        if (kind == FeeKind.AdValorem)
        {
            var text = fee.OptionalString("rate") ?? throw fee.Error("rate", "is required: an ad valorem fee needs a rate.");
            rate = Percentage.TryParse(text, CultureInfo.InvariantCulture, out var r) && r >= Percentage.Zero ? r : throw fee.Error("rate", string.Create(CultureInfo.InvariantCulture, $"'{StrictJson.Echo(text)}' is not a rate such as \"0.3464%\"."));
        }

        var amount = kind == FeeKind.AdValorem ? (Money?)null : Amount(fee, "amount", currency) ?? throw fee.Error("amount", "is required: a flat fee needs an amount.");
        CustomsEntry? entry = fee.OptionalString("entry") switch
        {
            null => null,
            var word when CustomsEntries.TryParse(word, out var e) => e,
            var other => throw fee.Error("entry", string.Create(CultureInfo.InvariantCulture, $"'{StrictJson.Echo(other)}' is not formal or informal.")),
        };
        ConsignmentLimit? below = null;
        if (fee.OptionalObject("consignmentBelow") is { } limit)
        {
            limit.Only("limit", "currency", "basis", "limitIncluded");
            var limitCurrency = limit.CurrencyOf("currency");
            var basis = limit.String("basis") switch
            {
                "intrinsic" => ValueBasis.Intrinsic,
                "customs-value" => ValueBasis.CustomsValue,
                "cif" => ValueBasis.Cif,
                var other => throw limit.Error("basis", string.Create(CultureInfo.InvariantCulture, $"'{StrictJson.Echo(other)}' is not intrinsic, customs-value or cif.")),
            };
            below = new ConsignmentLimit(Amount(limit, "limit", limitCurrency) ?? throw limit.Error("limit", "is required."), basis, limit.OptionalBool("limitIncluded") ?? throw limit.Error("limitIncluded", "is required."));
        }

        var modes = fee.StringArray("modes").Select(word => ShippingModes.TryParse(word, out var mode) ? mode : throw fee.Error("modes", string.Create(CultureInfo.InvariantCulture, $"'{StrictJson.Echo(word)}' is not post, courier, air or ocean."))).ToArray();
        Party? payer = fee.OptionalString("payer") switch
        {
            null => null,
            var word when Parties.TryParse(word, out var p) => p,
            var other => throw fee.Error("payer", string.Create(CultureInfo.InvariantCulture, $"'{StrictJson.Echo(other)}' is not seller or buyer.")),
        };
        return new CustomsFeeRule(code, fee.String("area"), kind, rate, amount, fee.Period(), fee.String("source"))
        {
            Minimum = Amount(fee, "minimum", currency),
            Maximum = Amount(fee, "maximum", currency),
            Entry = entry,
            Modes = modes,
            ConsignmentBelow = below,
            ShipFromOutside = fee.OptionalString("shipFromOutside"),
            InTaxBase = fee.OptionalBool("inTaxBase") ?? false,
            Payer = payer,
            Introduced = fee.OptionalBool("introduced") ?? false,
            Abolished = fee.OptionalBool("abolished") ?? false,
            SourceUrl = fee.OptionalString("sourceUrl"),
        };
    }

    private static CustomsFee Compute(CustomsFeeRule rule, FeeShipment shipment, RateTable rates, MidpointRounding rounding)
    {
        if (rule.Kind == FeeKind.PerShipment)
        {
            return new CustomsFee(rule.Code, rule.Amount!.Value, string.Create(CultureInfo.InvariantCulture, $"{rule.Amount} per shipment"), rule);
        }

        if (rule.Kind == FeeKind.PerLine)
        {
            var total = rule.Amount!.Value * shipment.Lines;
            return new CustomsFee(rule.Code, total, string.Create(CultureInfo.InvariantCulture, $"{rule.Amount} × {shipment.Lines} lines"), rule);
        }

        var currency = (rule.Minimum ?? rule.Maximum)?.Currency ?? shipment.CustomsValue.Currency;
        var value = rates.Convert(shipment.CustomsValue, currency);
        var raw = Math.Round(value.Amount * rule.Rate!.Value.Fraction, currency.MinorUnit ?? 0, rounding);
        var working = string.Create(CultureInfo.InvariantCulture, $"{rule.Rate} × {value} = {Money.Of(raw, currency)}");
        var (held, bound) = ChargeBounds.Hold(raw, rule.Minimum, rule.Maximum);
        return new CustomsFee(rule.Code, Money.Of(held, currency), working + bound, rule);
    }
}
