using System.Globalization;
using System.Text.Json;
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

/// <summary>The kind of customs entry, where fees differ by it (US formal and informal entries).</summary>
public enum CustomsEntry
{
    /// <summary>A formal entry (JSON <c>formal</c>).</summary>
    Formal,

    /// <summary>An informal entry (JSON <c>informal</c>).</summary>
    Informal,
}

/// <summary>
/// A customs fee over a period, as data: a share of the value with a minimum and maximum (the US Merchandise Processing
/// Fee) or an amount per shipment, for some entries and modes only, with its source.
/// </summary>
public sealed class CustomsFeeRule
{
    internal CustomsFeeRule(string code, string area, Percentage? rate, Money? amount, Money? minimum, Money? maximum, CustomsEntry? entry, IReadOnlyList<ShippingMode> modes, EffectivePeriod period, string source, string? sourceUrl)
    {
        Code = code;
        Area = area;
        Rate = rate;
        Amount = amount;
        Minimum = minimum;
        Maximum = maximum;
        Entry = entry;
        Modes = modes;
        Period = period;
        Source = source;
        SourceUrl = sourceUrl;
    }

    /// <summary>The fee's code, such as <c>US-MPF</c>.</summary>
    public string Code { get; }

    /// <summary>Where it is charged.</summary>
    public string Area { get; }

    /// <summary>The share of the value, for ad valorem fees.</summary>
    public Percentage? Rate { get; }

    /// <summary>The amount per shipment, for flat fees.</summary>
    public Money? Amount { get; }

    /// <summary>The least an ad valorem fee charges.</summary>
    public Money? Minimum { get; }

    /// <summary>The most an ad valorem fee charges.</summary>
    public Money? Maximum { get; }

    /// <summary>The entry it is charged on, or null for every entry.</summary>
    public CustomsEntry? Entry { get; }

    /// <summary>The modes it is charged on; empty for every mode.</summary>
    public IReadOnlyList<ShippingMode> Modes { get; }

    /// <summary>The days it applies (a fiscal year for the US fees).</summary>
    public EffectivePeriod Period { get; }

    /// <summary>The notice or act that sets it.</summary>
    public string Source { get; }

    /// <summary>Where to read it.</summary>
    public string? SourceUrl { get; }

    /// <summary>Whether it is charged on this kind of shipment.</summary>
    public bool AppliesTo(ShippingMode mode, CustomsEntry entry) =>
        (Entry is null || Entry == entry) && (Modes.Count == 0 || Modes.Contains(mode));

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Code} {(Rate is { } r ? r.ToString() : Amount.ToString())} {Period}");
}

/// <summary>A fee charged on a shipment, with the rule and the working.</summary>
/// <param name="Code">The fee's code.</param>
/// <param name="Amount">The fee.</param>
/// <param name="Working">How it was reached: <c>0.3464% × USD 5,000.00 = 17.32, raised to the minimum USD 33.58</c>.</param>
/// <param name="Rule">The rule applied.</param>
public sealed record CustomsFee(string Code, Money Amount, string Working, CustomsFeeRule Rule);

/// <summary>
/// Customs fees as dated data: the embedded schedule (<c>Data/customs-fees.json</c>: the US Merchandise Processing Fee
/// for fiscal years 2025 and 2026, formal and informal, and the Harbor Maintenance Fee) or a host's. A date past the
/// last period of a fee that would apply is an error, never the last known year's values.
/// </summary>
public sealed class CustomsFeeSchedule
{
    private static readonly Lazy<CustomsFeeSchedule> Embedded = new(LoadEmbedded);

    private CustomsFeeSchedule(IReadOnlyList<CustomsFeeRule> rules) => Rules = rules;

    /// <summary>The schedule embedded in the package.</summary>
    public static CustomsFeeSchedule Default => Embedded.Value;

    /// <summary>Every rule.</summary>
    public IReadOnlyList<CustomsFeeRule> Rules { get; }

    /// <summary>The fees charged on a shipment into <paramref name="area"/> on <paramref name="date"/>.</summary>
    /// <param name="area">The destination country.</param>
    /// <param name="date">The date of entry.</param>
    /// <param name="mode">How the goods travel.</param>
    /// <param name="entry">The entry type.</param>
    /// <param name="value">The value fees are charged on, in the fees' currency.</param>
    /// <param name="rounding">Rounding of ad valorem fees to the minor unit.</param>
    /// <exception cref="InvalidOperationException">A fee that applies has no data for the date (its last fiscal year ended before it, or its data starts after it); the message names the fee and the days covered.</exception>
    /// <exception cref="CurrencyMismatchException">The value is not in the fee's currency.</exception>
    public IReadOnlyList<CustomsFee> FeesFor(string area, LocalDate date, ShippingMode mode, CustomsEntry entry, Money value, MidpointRounding rounding)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(area);
        var fees = new List<CustomsFee>();
        foreach (var group in Rules.Where(r => r.Area == area && r.AppliesTo(mode, entry)).GroupBy(r => r.Code, StringComparer.Ordinal))
        {
            var rule = group.FirstOrDefault(r => r.Period.Contains(date))
                ?? throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                    $"No {group.Key} data for {LocalDatePattern.Iso.Format(date)}: the schedule covers {string.Join(", ", group.Select(r => r.Period.ToString()))}. Add the fee's values for that date (a new fiscal year's notice) to the schedule."));
            fees.Add(Compute(rule, value, rounding));
        }

        return fees;
    }

    /// <summary>Reads a schedule in the JSON format of the embedded one (<c>crossborder-customs-fees/1</c>).</summary>
    /// <exception cref="FormatException">The JSON is malformed or a rule invalid; the message names it.</exception>
    public static CustomsFeeSchedule Parse(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        CrossBorder.Text.JsonDuplicates.Reject(json, sourceName);
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            var root = document.RootElement;
            if (root.GetProperty("format").GetString() != "crossborder-customs-fees/1")
            {
                throw new FormatException($"{sourceName}: format is not crossborder-customs-fees/1.");
            }

            var rules = new List<CustomsFeeRule>();
            var index = 0;
            foreach (var fee in root.GetProperty("fees").EnumerateArray())
            {
                rules.Add(ReadRule(fee, string.Create(CultureInfo.InvariantCulture, $"{sourceName}: fees[{index++}]")));
            }

            foreach (var group in rules.GroupBy(r => (r.Code, r.Area)))
            {
                var sorted = group.OrderBy(r => r.Period.Start).ToArray();
                for (var i = 1; i < sorted.Length; i++)
                {
                    if (sorted[i - 1].Period.Overlaps(sorted[i].Period))
                    {
                        throw new FormatException($"{sourceName}: {sorted[i - 1]} and {sorted[i]} overlap.");
                    }
                }
            }

            return new CustomsFeeSchedule(rules);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new FormatException($"{sourceName}: not a customs fee schedule ({e.Message}).", e);
        }
    }

    private static CustomsFeeRule ReadRule(JsonElement fee, string where)
    {
        string? Text(string name) => fee.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        var currency = Currency.FromCode(Text("currency") ?? throw new FormatException($"{where}: currency is required."));
        Money? Amount(string name) => Text(name) is { } t ? Money.Of(decimal.Parse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture), currency) : null;
        var kind = Text("kind");
        Percentage? rate = kind == "ad-valorem" ? Percentage.Parse(Text("rate") ?? throw new FormatException($"{where}: an ad valorem fee needs a rate."), CultureInfo.InvariantCulture) : null;
        var amount = kind == "per-shipment" ? Amount("amount") ?? throw new FormatException($"{where}: a per-shipment fee needs an amount.") : (Money?)null;
        if (kind is not ("ad-valorem" or "per-shipment"))
        {
            throw new FormatException($"{where}: kind '{kind}' is not ad-valorem or per-shipment.");
        }

        CustomsEntry? entry = Text("entry") switch
        {
            null => null,
            "formal" => CustomsEntry.Formal,
            "informal" => CustomsEntry.Informal,
            var other => throw new FormatException($"{where}: entry '{other}' is not formal or informal."),
        };
        var modes = fee.TryGetProperty("modes", out var list)
            ? [.. list.EnumerateArray().Select(m => m.GetString() switch
            {
                "post" => ShippingMode.Post,
                "courier" => ShippingMode.Courier,
                "air" => ShippingMode.Air,
                "ocean" => ShippingMode.Ocean,
                var other => throw new FormatException($"{where}: mode '{other}' is not post, courier, air or ocean."),
            })]
            : Array.Empty<ShippingMode>();
        var from = LocalDatePattern.Iso.Parse(Text("from") ?? string.Empty);
        var to = Text("to") is { } t ? LocalDatePattern.Iso.Parse(t) : null;
        if (!from.Success || to is { Success: false })
        {
            throw new FormatException($"{where}: from and to are yyyy-MM-dd dates.");
        }

        var period = to is { } end ? EffectivePeriod.Between(from.Value, end.Value) : EffectivePeriod.From(from.Value);
        return new CustomsFeeRule(
            Text("code") ?? throw new FormatException($"{where}: code is required."),
            Text("area") ?? throw new FormatException($"{where}: area is required."),
            rate, amount, Amount("minimum"), Amount("maximum"), entry, modes, period,
            Text("source") ?? throw new FormatException($"{where}: source is required."),
            Text("sourceUrl"));
    }

    private static CustomsFee Compute(CustomsFeeRule rule, Money value, MidpointRounding mode)
    {
        if (rule.Amount is { } flat)
        {
            return new CustomsFee(rule.Code, flat, $"{flat} per shipment", rule);
        }

        if (value.IsDefault || value.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value.IsDefault ? "default" : value.ToString(), "The value is a non-negative amount.");
        }

        var currency = (rule.Minimum ?? rule.Maximum)?.Currency ?? value.Currency;
        if (value.Currency != currency)
        {
            throw new CurrencyMismatchException(currency, value.Currency, "charge " + rule.Code);
        }

        var raw = Math.Round(value.Amount * rule.Rate!.Value.Fraction, currency.MinorUnit ?? 0, mode);
        var working = string.Create(CultureInfo.InvariantCulture, $"{rule.Rate} × {value} = {Money.Of(raw, currency)}");
        var (held, bound) = ChargeBounds.Hold(raw, rule.Minimum, rule.Maximum);
        return new CustomsFee(rule.Code, Money.Of(held, currency), working + bound, rule);
    }

    private static CustomsFeeSchedule LoadEmbedded()
    {
        const string name = "CrossBorder.LandedCost.Data.customs-fees.json";
        using var stream = typeof(CustomsFeeSchedule).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing from CrossBorder.LandedCost.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "the embedded customs fee schedule");
    }
}
