using CrossBorder.Text;
using System.Globalization;

namespace CrossBorder.Tax;

/// <summary>
/// Reads the JSON rule-pack format (<c>crossborder-tax-rules/1</c>, documented in docs/tax.md). Strict: unknown and
/// repeated properties, unknown codes, malformed rates and dates, overlapping periods and gaps in a standard rate are
/// <see cref="TaxRulePackException"/>s naming the source, the jurisdiction and the rule.
/// </summary>
public static class TaxRulePackReader
{
    /// <summary>The value of the <c>format</c> property this reader understands.</summary>
    public const string Format = "crossborder-tax-rules/1";

    /// <summary>Reads a pack from a UTF-8 stream.</summary>
    /// <param name="utf8Json">The JSON.</param>
    /// <param name="sourceName">What to call the input in messages, such as its file name.</param>
    /// <exception cref="TaxRulePackException">The pack is malformed or invalid.</exception>
    public static TaxRulePack Read(Stream utf8Json, string sourceName)
    {
        return StrictJson.Read(utf8Json, sourceName, (message, inner) => inner is null ? new TaxRulePackException(message) : new TaxRulePackException(message, inner), ReadPack);
    }

    /// <summary>Reads a pack from a JSON string.</summary>
    /// <inheritdoc cref="Read(Stream, string)" />
    public static TaxRulePack Parse(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        return Read(stream, sourceName);
    }

    /// <summary>Reads a pack from a file.</summary>
    /// <inheritdoc cref="Read(Stream, string)" />
    public static TaxRulePack ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    private static TaxRulePack ReadPack(StrictJson pack)
    {
        pack.Only("format", "version", "jurisdictions", "regimes", "thresholds", "territories", "notes");
        var format = pack.String("format");
        if (!string.Equals(format, Format, StringComparison.Ordinal))
        {
            throw pack.Error("format", $"is '{format}'; this reader understands '{Format}'.");
        }

        var version = pack.String("version");
        var jurisdictions = new List<JurisdictionRules>();
        var seen = new HashSet<TaxJurisdiction>();
        foreach (var item in pack.Array("jurisdictions"))
        {
            var rules = ReadJurisdiction(item);
            if (!seen.Add(rules.Jurisdiction))
            {
                throw item.Error("code", $"{rules.Jurisdiction} appears twice in the pack.");
            }

            jurisdictions.Add(rules);
        }

        var regimes = pack.OptionalArray("regimes").Select(ReadRegime).ToList();
        var thresholds = pack.OptionalArray("thresholds").Select(ReadThreshold).ToList();
        var territories = pack.OptionalArray("territories").Select(ReadTerritory).ToList();
        try
        {
            return new TaxRulePack(version, jurisdictions, regimes, thresholds) { Territories = territories };
        }
        catch (ArgumentException e)
        {
            throw pack.Error(e.ParamName == "thresholds" ? "thresholds" : "regimes", ExceptionText.FirstSentence(e.Message));
        }
    }

    private static JurisdictionRules ReadJurisdiction(StrictJson node)
    {
        var codeText = node.String("code");
        var jurisdiction = TaxJurisdiction.TryParse(codeText, out var parsed)
            ? parsed
            : throw node.Error("code", $"'{codeText}' is not a known ISO 3166-1 country code or an ISO 3166-2 subdivision code such as US-CA.");
        node = node.Named(jurisdiction.ToString());
        node.Only("code", "name", "tax", "coverageFrom", "coverageTo", "addsTo", "rounding", "rates", "categories", "notes");
        var coverageFrom = node.Date("coverageFrom");
        var coverageTo = node.OptionalDate("coverageTo");
        var rates = node.Array("rates").Select(r => ReadRate(r, jurisdiction)).ToList();
        var categories = node.OptionalArray("categories").Select(ReadCategory).ToList();
        try
        {
            TaxJurisdiction? addsTo = node.OptionalString("addsTo") is { } parentCode
                ? TaxJurisdiction.TryParse(parentCode, out var parent) ? parent : throw node.Error("addsTo", $"'{parentCode}' is not a jurisdiction code.")
                : null;
            return new JurisdictionRules(jurisdiction, node.String("name"), node.String("tax"), coverageFrom, rates, categories, coverageTo) { AddsTo = addsTo, Rounding = TaxRoundingJson.Read(node) };
        }
        catch (ArgumentException e)
        {
            throw node.Error(null, ExceptionText.FirstSentence(e.Message));
        }
    }

    private static TaxRate ReadRate(StrictJson node, TaxJurisdiction jurisdiction)
    {
        node.Only("tier", "rate", "from", "to", "source", "sourceUrl", "note");
        var tierText = node.String("tier");
        var tier = TaxTiers.TryParse(tierText, out var t) ? t : throw node.Error("tier", $"'{tierText}' is not a tier; expected standard, reduced, reduced-2, super-reduced, parking, zero or higher.");
        var rateText = node.String("rate");
        if (!rateText.EndsWith('%') || !Percentage.TryParse(rateText, CultureInfo.InvariantCulture, out var rate))
        {
            throw node.Error("rate", $"'{rateText}' is not a percentage such as \"19%\" or \"25.5%\".");
        }

        var period = node.Period();
        try
        {
            return new TaxRate(jurisdiction, tier, rate, period, node.String("source"), node.OptionalString("sourceUrl"), node.OptionalString("note"));
        }
        catch (ArgumentException e)
        {
            throw node.Error(null, ExceptionText.FirstSentence(e.Message));
        }
    }

    private static CategoryRule ReadCategory(StrictJson node)
    {
        node.Only("category", "tier", "from", "to", "source", "note");
        var categoryText = node.String("category");
        var category = TaxCategory.TryParse(categoryText, out var c) ? c : throw node.Error("category", $"'{categoryText}' is not a category code (lower-case letters, digits, hyphens).");
        var tierText = node.String("tier");
        TaxTier? tier = tierText == "exempt" ? null
            : TaxTiers.TryParse(tierText, out var t) ? t
            : throw node.Error("tier", $"'{tierText}' is not a tier; expected standard, reduced, reduced-2, super-reduced, parking, zero, higher or exempt.");
        return new CategoryRule(category, tier, node.Period(), node.String("source"), node.OptionalString("note"));
    }

    private static RegimeRule ReadRegime(StrictJson node)
    {
        node.Only("regime", "area", "limit", "currency", "basis", "limitIncluded", "consignmentAlsoLimited", "annualLimit", "taxShare", "rate", "from", "to", "source", "sourceUrl", "note");
        var regime = node.String("regime");
        var area = node.String("area");
        if (area != "EU-VAT" && !TaxJurisdiction.TryParse(area, out _))
        {
            throw node.Error("area", $"'{area}' is not EU-VAT or a country code.");
        }

        Currency? currency = null;
        if (node.OptionalString("currency") is { } code)
        {
            currency = Currency.TryFromCode(code, out var c) ? c : throw node.Error("currency", $"'{code}' is not an ISO 4217 currency code.");
        }

        Money? Amount(string name)
        {
            if (node.OptionalString(name) is not { } text)
            {
                return null;
            }

            if (currency is null)
            {
                throw node.Error("currency", $"is required with {name}.");
            }

            return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
                ? Money.Of(amount, currency)
                : throw node.Error(name, $"'{text}' is not a non-negative decimal amount such as \"150\" or \"1000.00\".");
        }

        Percentage? Percent(string name)
        {
            if (node.OptionalString(name) is not { } text)
            {
                return null;
            }

            return text.EndsWith('%') && Percentage.TryParse(text, CultureInfo.InvariantCulture, out var p) ? p : throw node.Error(name, $"'{text}' is not a percentage such as \"70%\".");
        }

        var basisText = node.OptionalString("basis") ?? "consignment";
        var basis = basisText switch
        {
            "consignment" => ValueBasis.Consignment,
            "item" => ValueBasis.Item,
            _ => throw node.Error("basis", $"'{basisText}' is not consignment or item."),
        };
        var included = node.OptionalBool("limitIncluded") ?? true;
        try
        {
            return new RegimeRule(regime, area, Amount("limit"), basis, included, node.Period(), node.String("source"), node.OptionalString("sourceUrl"))
            {
                ConsignmentAlsoLimited = node.OptionalBool("consignmentAlsoLimited") ?? false,
                AnnualLimit = Amount("annualLimit"),
                TaxShare = Percent("taxShare"),
                Rate = Percent("rate"),
            };
        }
        catch (ArgumentException e)
        {
            throw node.Error(null, ExceptionText.FirstSentence(e.Message));
        }
    }

    private static TerritoryPostcodes ReadTerritory(StrictJson node)
    {
        node.Only("territory", "country", "postcodes", "source", "note");
        var code = node.String("territory");
        var countryCode = node.String("country");
        var country = countryCode.Length == 2 && CountryCode.TryParse(countryCode, out var c) ? c : throw node.Error("country", $"'{countryCode}' is not an ISO 3166-1 alpha-2 code.");
        try
        {
            return new TerritoryPostcodes(code, country, node.StringArray("postcodes"), node.String("source"));
        }
        catch (ArgumentException e)
        {
            throw node.Error(null, ExceptionText.FirstSentence(e.Message));
        }
    }

    private static RegistrationThreshold ReadThreshold(StrictJson node)
    {
        node.Only("id", "kind", "area", "amount", "currency", "transactions", "logic", "window", "scope", "appliesTo", "from", "to", "source", "sourceUrl", "note");
        var id = node.String("id");
        node = node.Named(id);
        var area = node.String("area");
        if (area != "EU-VAT" && !TaxJurisdiction.TryParse(area, out _))
        {
            throw node.Error("area", $"'{area}' is not EU-VAT, a country code or a subdivision code.");
        }

        Money? amount = null;
        if (node.OptionalDecimal("amount") is { } value)
        {
            var code = node.String("currency");
            amount = Currency.TryFromCode(code, out var currency) ? Money.Of(value, currency) : throw node.Error("currency", $"'{code}' is not an ISO 4217 currency code.");
        }

        var transactions = node.OptionalDecimal("transactions") is { } count
            ? count == decimal.Truncate(count) && count is > 0 and <= int.MaxValue ? (int)count : throw node.Error("transactions", $"{count} is not a positive whole number.")
            : (int?)null;
        var both = (node.OptionalString("logic") ?? "or") switch
        {
            "or" => false,
            "and" => true,
            var other => throw node.Error("logic", $"'{other}' is not and or or."),
        };
        var window = node.String("window") switch
        {
            "current-or-previous-calendar-year" => MeasurementWindow.CurrentOrPreviousCalendarYear,
            "previous-calendar-year" => MeasurementWindow.PreviousCalendarYear,
            "rolling-12-months" => MeasurementWindow.Rolling12Months,
            "preceding-4-quarters" => MeasurementWindow.PrecedingFourQuarters,
            "12-months-to-september-30" => MeasurementWindow.TwelveMonthsToSeptember30,
            var other => throw node.Error("window", $"'{other}' is not current-or-previous-calendar-year, previous-calendar-year, rolling-12-months, preceding-4-quarters or 12-months-to-september-30."),
        };
        var scope = node.String("scope") switch
        {
            "sales-into-area" => ThresholdScope.SalesIntoArea,
            "consumer-sales-into-area" => ThresholdScope.ConsumerSalesIntoArea,
            "sales-within-area" => ThresholdScope.SalesWithinArea,
            "worldwide-sales" => ThresholdScope.WorldwideSales,
            "eu-distance-sales" => ThresholdScope.EuDistanceSales,
            var other => throw node.Error("scope", $"'{other}' is not sales-into-area, consumer-sales-into-area, sales-within-area, worldwide-sales or eu-distance-sales."),
        };
        var appliesTo = (node.OptionalString("appliesTo") ?? "any") switch
        {
            "any" => ThresholdApplicability.Any,
            "established" => ThresholdApplicability.EstablishedInArea,
            "non-established" => ThresholdApplicability.EstablishedOutsideArea,
            var other => throw node.Error("appliesTo", $"'{other}' is not any, established or non-established."),
        };
        try
        {
            return new RegistrationThreshold(id, node.String("kind"), area, amount, transactions, both, window, scope, appliesTo, node.Period(), node.String("source"))
            {
                SourceUrl = node.OptionalString("sourceUrl"),
                Note = node.OptionalString("note"),
            };
        }
        catch (ArgumentException e)
        {
            throw node.Error(null, ExceptionText.FirstSentence(e.Message));
        }
    }

}
