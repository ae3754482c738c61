using System.Globalization;
using CrossBorder.Text;
using NodaTime;
using NodaTime.Text;

namespace CrossBorder.LandedCost;

/// <summary>The value a de minimis limit or a fee's consignment limit is tested on.</summary>
public enum ValueBasis
{
    /// <summary>The goods' price, without transport and insurance shown separately (JSON <c>intrinsic</c>, also <c>fob</c>).</summary>
    Intrinsic,

    /// <summary>The customs value on the destination's own basis (JSON <c>customs-value</c>).</summary>
    CustomsValue,

    /// <summary>Goods, freight and insurance, whatever the destination's basis (JSON <c>cif</c>).</summary>
    Cif,

    /// <summary>The duty or tax computed: it is waived when it is below the limit (JSON <c>tax-amount</c>).</summary>
    TaxAmount,
}

/// <summary>What a de minimis relieves.</summary>
[Flags]
public enum Relief
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>Customs duty.</summary>
    Duty = 1,

    /// <summary>Import VAT/GST at the border.</summary>
    Tax = 2,

    /// <summary>Customs fees (the US Merchandise Processing Fee under the $800 de minimis).</summary>
    Fees = 4,
}

/// <summary>A destination's customs valuation basis over a period, with its source.</summary>
/// <param name="Area">The customs area.</param>
/// <param name="Basis">CIF or FOB.</param>
/// <param name="Period">The days it applies.</param>
/// <param name="Source">The law that sets it.</param>
public sealed record ValuationRule(string Area, ValuationBasis Basis, EffectivePeriod Period, string Source);

/// <summary>
/// A de minimis: consignments whose value (on <see cref="Basis"/>, in <see cref="Limit"/>'s currency) is within the
/// limit are relieved of <see cref="Relieves"/>. A limit of zero records that there is none (a relief abolished).
/// </summary>
public sealed record DeMinimisRule(string Area, Relief Relieves, Money Limit, ValueBasis Basis, bool LimitIncluded, EffectivePeriod Period, string Source)
{
    /// <summary>Goods of these origins are not relieved (the US suspension for products of China and Hong Kong).</summary>
    public IReadOnlyList<CountryCode> ExcludedOrigins { get; init; } = [];

    /// <summary>The relief applies only to goods shipped from these countries (Canada's CUSMA limits); empty for any.</summary>
    public IReadOnlyList<CountryCode> ShipFrom { get; init; } = [];

    /// <summary>The relief does not apply to goods shipped from these countries.</summary>
    public IReadOnlyList<CountryCode> ShipFromNot { get; init; } = [];

    /// <summary>The modes it applies to; empty for every mode.</summary>
    public IReadOnlyList<ShippingMode> Modes { get; init; } = [];

    /// <summary>Whether a limit of zero says that no relief exists.</summary>
    public bool IsAbolished => Limit.IsZero && Basis != ValueBasis.TaxAmount;

    /// <summary>Whether the rule applies to a shipment from <paramref name="shipFrom"/> by <paramref name="mode"/>.</summary>
    public bool AppliesTo(CountryCode shipFrom, ShippingMode mode) =>
        (ShipFrom.Count == 0 || ShipFrom.Contains(shipFrom)) && !ShipFromNot.Contains(shipFrom) && (Modes.Count == 0 || Modes.Contains(mode));

    /// <summary>Whether <paramref name="value"/> (in the limit's currency) is within the limit.</summary>
    public bool Within(Money value) => LimitIncluded ? value <= Limit : value < Limit;
}

/// <summary>
/// A flat duty per distinct tariff subheading in low-value consignments (the EU's temporary €3, Council Regulation (EU)
/// 2026/382), replacing the tariff duty where it applies.
/// </summary>
public sealed record FlatDutyRule(string Area, Money Amount, Money ConsignmentLimit, bool LimitIncluded, EffectivePeriod Period, string Source);

/// <summary>What the import VAT/GST base adds to the customs value, over a period.</summary>
/// <param name="Area">The customs area.</param>
/// <param name="None">No import tax at the border (the United States).</param>
/// <param name="AddsDuty">Whether duty is added.</param>
/// <param name="AddsFreightAndInsurance">Whether international freight and insurance are added to an FOB customs value (Australia's value of the taxable importation).</param>
/// <param name="AddsFees">Whether fees the law puts in the base are added.</param>
/// <param name="Period">The days it applies.</param>
/// <param name="Source">The law.</param>
public sealed record ImportTaxRule(string Area, bool None, bool AddsDuty, bool AddsFreightAndInsurance, bool AddsFees, EffectivePeriod Period, string Source);

/// <summary>An import tax rate the tax pack does not hold (Brazil's ICMS on remittances), by subdivision, possibly grossed up.</summary>
public sealed record ImportTaxRate(string Area, string Tax, Percentage Rate, IReadOnlyDictionary<string, Percentage> BySubdivision, bool GrossUp, EffectivePeriod Period, string Source)
{
    /// <summary>The rate of a subdivision, or the default.</summary>
    public Percentage For(string? subdivision) => subdivision is not null && BySubdivision.TryGetValue(subdivision, out var rate) ? rate : Rate;
}

/// <summary>One band of a simplified import regime: up to a value, a rate, less a deduction from the computed tax.</summary>
public sealed record RegimeBand(Money UpTo, Percentage Rate, Money Deduction);

/// <summary>A simplified regime that replaces the tariff (Brazil's Remessa Conforme): import duty by value band for registered sellers.</summary>
public sealed record SpecialRegimeRule(string Code, string Area, string Registration, ValueBasis Basis, IReadOnlyList<RegimeBand> Bands, EffectivePeriod Period, string Source);

/// <summary>
/// The landed-cost rules as dated data with their sources: valuation bases, de minimis, flat duties, import-tax bases,
/// special regimes, and what the tax pack's sale regimes mean for duty. The embedded rules are
/// <c>Data/landed-cost-rules.json</c> (format <c>crossborder-landed-cost-rules/1</c>); hosts load their own with
/// <see cref="Parse"/>.
/// </summary>
public sealed class LandedCostRules
{
    private static readonly Lazy<LandedCostRules> Embedded = new(() => Parse(EmbeddedData.Read("landed-cost-rules.json"), "the embedded landed-cost rules"));

    private LandedCostRules(string version, ValuationRule[] valuation, DeMinimisRule[] deMinimis, FlatDutyRule[] flatDuties, ImportTaxRule[] importTax, ImportTaxRate[] importTaxRates, SpecialRegimeRule[] specialRegimes, IReadOnlyDictionary<string, string> dutyExemptRegimes)
    {
        Version = version;
        Valuation = valuation;
        DeMinimis = deMinimis;
        FlatDuties = flatDuties;
        ImportTax = importTax;
        ImportTaxRates = importTaxRates;
        SpecialRegimes = specialRegimes;
        DutyExemptRegimes = dutyExemptRegimes;
        _valuation = ByArea(valuation, r => r.Area);
        _deMinimis = ByArea(deMinimis.Select(r => new DeMinimisEntry(r, r.IsAbolished ? string.Create(CultureInfo.InvariantCulture, $"no de minimis for {ReliefName(r.Relieves)} into {r.Area} on this date ({r.Period})") : null)), e => e.Rule.Area);
        _flatDuties = ByArea(flatDuties, r => r.Area);
        _importTax = ByArea(importTax, r => r.Area);
        _importTaxRates = ByArea(importTaxRates, r => r.Area);
        _specialRegimes = ByArea(specialRegimes, r => r.Area);
    }

    // The rules of each area, in the data's order, so that a calculation looks at its area's few rules only.
    private readonly Dictionary<string, ValuationRule[]> _valuation;
    private readonly Dictionary<string, DeMinimisEntry[]> _deMinimis;
    private readonly Dictionary<string, FlatDutyRule[]> _flatDuties;
    private readonly Dictionary<string, ImportTaxRule[]> _importTax;
    private readonly Dictionary<string, ImportTaxRate[]> _importTaxRates;
    private readonly Dictionary<string, SpecialRegimeRule[]> _specialRegimes;

    /// <summary>The rules embedded in the package.</summary>
    public static LandedCostRules Default => Embedded.Value;

    /// <summary>The data's version (the day it was compiled).</summary>
    public string Version { get; }

    /// <summary>Valuation bases.</summary>
    public IReadOnlyList<ValuationRule> Valuation { get; }

    /// <summary>De minimis limits, with their history.</summary>
    public IReadOnlyList<DeMinimisRule> DeMinimis { get; }

    /// <summary>Flat duties.</summary>
    public IReadOnlyList<FlatDutyRule> FlatDuties { get; }

    /// <summary>Import-tax bases.</summary>
    public IReadOnlyList<ImportTaxRule> ImportTax { get; }

    /// <summary>Import tax rates outside the tax pack.</summary>
    public IReadOnlyList<ImportTaxRate> ImportTaxRates { get; }

    /// <summary>Special import regimes.</summary>
    public IReadOnlyList<SpecialRegimeRule> SpecialRegimes { get; }

    /// <summary>The tax pack's sale regimes under which goods pay no customs duty, with the source that says so.</summary>
    public IReadOnlyDictionary<string, string> DutyExemptRegimes { get; }

    /// <summary>The valuation basis of <paramref name="area"/> on <paramref name="date"/>.</summary>
    /// <exception cref="LandedCostRuleMissingException">The rules hold no basis for the area on the date.</exception>
    public ValuationRule ValuationOn(string area, LocalDate date) =>
        On(_valuation, area, date, r => r.Period)
        ?? throw new LandedCostRuleMissingException(area, date, "customs valuation basis (CIF or FOB)");

    /// <summary>The import-tax base of <paramref name="area"/> on <paramref name="date"/>.</summary>
    /// <exception cref="LandedCostRuleMissingException">The rules hold no base for the area on the date.</exception>
    public ImportTaxRule ImportTaxOn(string area, LocalDate date) =>
        On(_importTax, area, date, r => r.Period)
        ?? throw new LandedCostRuleMissingException(area, date, "import VAT/GST base");

    /// <summary>The de minimis rules of <paramref name="area"/>, every date, in the data's order, each abolished one with its trace line.</summary>
    internal ReadOnlySpan<DeMinimisEntry> DeMinimisIn(string area) => _deMinimis.TryGetValue(area, out var rules) ? rules : [];

    /// <summary>The flat duty of <paramref name="area"/> on <paramref name="date"/>, or null.</summary>
    internal FlatDutyRule? FlatDutyOn(string area, LocalDate date) => On(_flatDuties, area, date, r => r.Period);

    /// <summary>The import tax rate outside the tax pack of <paramref name="area"/> on <paramref name="date"/>, or null.</summary>
    internal ImportTaxRate? ImportTaxRateOn(string area, LocalDate date) => On(_importTaxRates, area, date, r => r.Period);

    /// <summary>The special import regime of <paramref name="area"/> on <paramref name="date"/>, or null.</summary>
    internal SpecialRegimeRule? SpecialRegimeOn(string area, LocalDate date) => On(_specialRegimes, area, date, r => r.Period);

    /// <summary>The words of a relief in the trace: <c>duty and import tax</c>.</summary>
    internal static string ReliefName(Relief relief) => relief switch
    {
        Relief.Duty => "duty",
        Relief.Tax => "import tax",
        Relief.Fees => "fees",
        Relief.Duty | Relief.Tax => "duty and import tax",
        Relief.Duty | Relief.Fees => "duty and fees",
        Relief.Tax | Relief.Fees => "import tax and fees",
        Relief.Duty | Relief.Tax | Relief.Fees => "duty and import tax and fees",
        _ => string.Join(" and ", new[] { (Relief.Duty, "duty"), (Relief.Tax, "import tax"), (Relief.Fees, "fees") }.Where(r => relief.HasFlag(r.Item1)).Select(r => r.Item2)),
    };

    private static Dictionary<string, T[]> ByArea<T>(IEnumerable<T> rules, Func<T, string> area) =>
        rules.GroupBy(area, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    /// <summary>The first rule of the area whose period contains the date, as the data orders them.</summary>
    private static T? On<T>(Dictionary<string, T[]> byArea, string area, LocalDate date, Func<T, EffectivePeriod> period)
        where T : class
    {
        if (byArea.TryGetValue(area, out var rules))
        {
            foreach (var rule in rules)
            {
                if (period(rule).Contains(date))
                {
                    return rule;
                }
            }
        }

        return null;
    }

    /// <summary>Reads rules in the format of the embedded ones.</summary>
    /// <exception cref="FormatException">The JSON is malformed or a rule invalid; the message names its path.</exception>
    public static LandedCostRules Parse(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        return StrictJson.Read(stream, sourceName, (message, inner) => new FormatException(message, inner), Read);
    }

    private static LandedCostRules Read(StrictJson root)
    {
        root.Only("format", "version", "notes", "valuation", "deMinimis", "flatDuties", "importTax", "importTaxRates", "specialRegimes", "saleRegimes");
        if (root.String("format") != "crossborder-landed-cost-rules/1")
        {
            throw root.Error("format", "is not crossborder-landed-cost-rules/1.");
        }

        var valuation = root.Array("valuation").Select(n =>
        {
            n.Only("area", "basis", "from", "to", "source", "sourceUrl", "note");
            var basis = n.String("basis") switch
            {
                "cif" => ValuationBasis.Cif,
                "fob" => ValuationBasis.Fob,
                var other => throw n.Error("basis", string.Create(CultureInfo.InvariantCulture, $"'{StrictJson.Echo(other)}' is not cif or fob.")),
            };
            return new ValuationRule(n.String("area"), basis, Period(n), n.String("source"));
        }).ToArray();

        var deMinimis = root.Array("deMinimis").Select(n =>
        {
            n.Only("area", "applies", "limit", "currency", "basis", "limitIncluded", "excludedOrigins", "shipFrom", "shipFromNot", "modes", "from", "to", "source", "sourceUrl", "note");
            var relief = n.StringArray("applies").Aggregate(Relief.None, (all, word) => all | word switch
            {
                "duty" => Relief.Duty,
                "tax" => Relief.Tax,
                "fees" => Relief.Fees,
                _ => throw n.Error("applies", string.Create(CultureInfo.InvariantCulture, $"'{StrictJson.Echo(word)}' is not duty, tax or fees.")),
            });
            return new DeMinimisRule(n.String("area"), relief, Amount(n, "limit"), Basis(n, "basis"), n.OptionalBool("limitIncluded") ?? throw n.Error("limitIncluded", "is required."), Period(n), n.String("source"))
            {
                ExcludedOrigins = Countries(n, "excludedOrigins"),
                ShipFrom = Countries(n, "shipFrom"),
                ShipFromNot = Countries(n, "shipFromNot"),
                Modes = Modes(n, "modes"),
            };
        }).ToArray();

        var flat = root.OptionalArray("flatDuties").Select(n =>
        {
            n.Only("area", "amount", "currency", "per", "consignmentLimit", "limitIncluded", "scope", "from", "to", "source", "sourceUrl", "note");
            if (n.String("per") != "subheading" || n.String("scope") != "ioss-or-post")
            {
                throw n.Error("per", "only flat duties per subheading with the scope ioss-or-post are supported.");
            }

            return new FlatDutyRule(n.String("area"), Amount(n, "amount"), Amount(n, "consignmentLimit"), n.OptionalBool("limitIncluded") ?? true, Period(n), n.String("source"));
        }).ToArray();

        var importTax = root.Array("importTax").Select(n =>
        {
            n.Only("area", "none", "adds", "base", "from", "to", "source", "sourceUrl", "note");
            var adds = n.StringArray("adds");
            foreach (var word in adds.Where(w => w is not ("duty" or "freight" or "insurance" or "fees")))
            {
                throw n.Error("adds", string.Create(CultureInfo.InvariantCulture, $"'{StrictJson.Echo(word)}' is not duty, freight, insurance or fees."));
            }

            if (adds.Contains("freight") != adds.Contains("insurance"))
            {
                throw n.Error("adds", "adds freight and insurance together or neither.");
            }

            return new ImportTaxRule(n.String("area"), n.OptionalBool("none") ?? false, adds.Contains("duty"), adds.Contains("freight"), adds.Contains("fees"), Period(n), n.String("source"));
        }).ToArray();

        var rates = root.OptionalArray("importTaxRates").Select(n =>
        {
            n.Only("area", "tax", "rate", "bySubdivision", "grossUp", "base", "from", "to", "source", "sourceUrl", "note");
            var by = new Dictionary<string, Percentage>(StringComparer.Ordinal);
            if (n.OptionalObject("bySubdivision") is { } map)
            {
                foreach (var name in map.Names())
                {
                    by[name] = Rate(map, name);
                }
            }

            return new ImportTaxRate(n.String("area"), n.String("tax"), Rate(n, "rate"), by, n.OptionalBool("grossUp") ?? false, Period(n), n.String("source"));
        }).ToArray();

        var regimes = root.OptionalArray("specialRegimes").Select(n =>
        {
            n.Only("code", "area", "registration", "currency", "basis", "bands", "description", "from", "to", "source", "sourceUrl", "note");
            var currency = n.CurrencyOf("currency");
            var bands = n.Array("bands").Select(b =>
            {
                b.Only("upTo", "rate", "deduction");
                return new RegimeBand(Money.Of(b.Decimal("upTo"), currency), Rate(b, "rate"), Money.Of(b.OptionalDecimal("deduction") ?? 0m, currency));
            }).ToArray();
            return new SpecialRegimeRule(n.String("code"), n.String("area"), n.String("registration"), Basis(n, "basis"), bands, Period(n), n.String("source"));
        }).ToArray();

        var exempt = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var n in root.OptionalArray("saleRegimes"))
        {
            n.Only("regime", "duty", "source", "sourceUrl", "note");
            if (n.String("duty") != "exempt")
            {
                throw n.Error("duty", "is exempt (the only treatment of duty a sale regime states).");
            }

            exempt[n.String("regime")] = n.String("source");
        }

        return new LandedCostRules(root.String("version"), valuation, deMinimis, flat, importTax, rates, regimes, exempt);
    }

    private static EffectivePeriod Period(StrictJson n)
    {
        var to = n.OptionalDate("to");
        return n.OptionalDate("from") is not { } from
            ? to is { } end ? EffectivePeriod.Until(end) : EffectivePeriod.Always
            : to is not { } last ? EffectivePeriod.From(from)
            : last >= from ? EffectivePeriod.Between(from, last)
            : throw n.Error("to", string.Create(CultureInfo.InvariantCulture, $"{LocalDatePattern.Iso.Format(last)} is before from {LocalDatePattern.Iso.Format(from)}."));
    }

    private static Money Amount(StrictJson n, string name)
    {
        var amount = n.Decimal(name);
        return amount >= 0m ? Money.Of(amount, n.CurrencyOf("currency")) : throw n.Error(name, "is not negative.");
    }

    private static Percentage Rate(StrictJson n, string name)
    {
        var text = n.String(name);
        return Percentage.TryParse(text, CultureInfo.InvariantCulture, out var rate) && rate >= Percentage.Zero && rate < Percentage.OneHundred
            ? rate
            : throw n.Error(name, string.Create(CultureInfo.InvariantCulture, $"'{StrictJson.Echo(text)}' is not a rate such as \"17%\" (0% to below 100%)."));
    }

    private static ValueBasis Basis(StrictJson n, string name) => n.String(name) switch
    {
        "intrinsic" or "fob" => ValueBasis.Intrinsic,
        "customs-value" => ValueBasis.CustomsValue,
        "cif" => ValueBasis.Cif,
        "tax-amount" => ValueBasis.TaxAmount,
        var other => throw n.Error(name, string.Create(CultureInfo.InvariantCulture, $"'{StrictJson.Echo(other)}' is not intrinsic, fob, customs-value, cif or tax-amount.")),
    };

    private static CountryCode[] Countries(StrictJson n, string name) =>
        [.. n.StringArray(name).Select(code => CountryCode.TryParse(code, out var c) ? c : throw n.Error(name, string.Create(CultureInfo.InvariantCulture, $"'{StrictJson.Echo(code)}' is not a country code.")))];

    private static ShippingMode[] Modes(StrictJson n, string name) =>
        [.. n.StringArray(name).Select(word => ShippingModes.TryParse(word, out var mode) ? mode : throw n.Error(name, string.Create(CultureInfo.InvariantCulture, $"'{StrictJson.Echo(word)}' is not post, courier, air or ocean.")))];
}

/// <summary>A de minimis rule and, when it records that no relief exists, its trace line, written once when the rules are read.</summary>
internal readonly record struct DeMinimisEntry(DeMinimisRule Rule, string? AbolishedText);

/// <summary>The landed-cost rules have nothing for an area on a date: the host must add the rule rather than receive a guess.</summary>
public sealed class LandedCostRuleMissingException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public LandedCostRuleMissingException(string area, LocalDate date, string what)
        : base(string.Create(CultureInfo.InvariantCulture, $"The landed-cost rules have no {what} for {area} on {LocalDatePattern.Iso.Format(date)}; add one to the rules (LandedCostRules.Parse) rather than guess it."))
    {
        Area = area;
        Date = date;
        What = what;
    }

    /// <summary>The area.</summary>
    public string Area { get; }

    /// <summary>The date.</summary>
    public LocalDate Date { get; }

    /// <summary>What is missing.</summary>
    public string What { get; }
}
