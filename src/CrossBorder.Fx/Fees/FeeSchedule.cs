using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using CrossBorder.Fx.Internal;
using NodaTime;
using static System.FormattableString;

namespace CrossBorder.Fx;

/// <summary>
/// A payment provider's card fees as effective-dated data: for each charge currency, card region and card tier a
/// <see cref="Timeline{T}"/> of <see cref="CardFee"/>s, plus a timeline of the provider's conversion spread.
/// Immutable; a missing entry is an error naming what was asked, never a silent zero.
/// </summary>
public sealed class FeeSchedule
{
    private const string Header = "provider,account_currency,card_region,card_tier,percent,fixed_amount,effective_from,effective_to,source";

    private static readonly Lazy<IReadOnlyList<FeeSchedule>> Embedded = new(() => ParseCsv(FxCsv.ReadEmbedded("card-fees.csv", Header), Timeline<Percentage>.Empty));

    private readonly FrozenDictionary<(Currency Currency, CardRegion Region, CardTier Tier), Timeline<CardFee>> _fees;

    /// <summary>Creates a schedule.</summary>
    /// <param name="provider">The schedule's id: "stripe-eea".</param>
    /// <param name="fees">The fee timelines by charge currency, card region and tier.</param>
    /// <param name="conversionSpread">The spread the provider takes below the mid rate when it converts, by date; <see cref="Timeline{T}.Empty"/> when unknown.</param>
    /// <exception cref="ArgumentException">The provider is blank, or a fee's currency differs from its key's currency.</exception>
    public FeeSchedule(
        string provider,
        IEnumerable<KeyValuePair<(Currency Currency, CardRegion Region, CardTier Tier), Timeline<CardFee>>> fees,
        Timeline<Percentage> conversionSpread)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(provider);
        ArgumentNullException.ThrowIfNull(fees);
        ArgumentNullException.ThrowIfNull(conversionSpread);
        var table = fees.ToFrozenDictionary();
        foreach (var (key, timeline) in table)
        {
            if (timeline.Any(e => !e.Value.Currency.Equals(key.Currency)))
            {
                throw new ArgumentException(Invariant($"The {provider} fees for {key.Currency.Code} {key.Region} {key.Tier} include a fee in another currency."), nameof(fees));
            }
        }

        if (conversionSpread.Any(e => e.Value < Percentage.Zero || e.Value >= Percentage.OneHundred))
        {
            throw new ArgumentException(Invariant($"A conversion spread of {provider} is outside [0%, 100%)."), nameof(conversionSpread));
        }

        Provider = provider;
        _fees = table;
        ConversionSpread = conversionSpread;
    }

    /// <summary>
    /// Stripe's card fees for businesses based in the EEA (EUR), before and from the 2023-04-10 repricing, as embedded
    /// in <c>Data/card-fees.csv</c> with their source. No conversion spread is embedded (none could be sourced).
    /// </summary>
    public static FeeSchedule StripeEea => Embedded.Value.Single(s => s.Provider == "stripe-eea");

    /// <summary>Every embedded schedule.</summary>
    public static IReadOnlyList<FeeSchedule> Defaults => Embedded.Value;

    /// <summary>The schedule's id.</summary>
    public string Provider { get; }

    /// <summary>The conversion spread by date.</summary>
    public Timeline<Percentage> ConversionSpread { get; }

    /// <summary>The keys the schedule has fees for.</summary>
    public IReadOnlyCollection<(Currency Currency, CardRegion Region, CardTier Tier)> Keys => _fees.Keys;

    /// <summary>The fee timeline for a key.</summary>
    /// <exception cref="KeyNotFoundException">The schedule has no fees for that key; the message names it.</exception>
    public Timeline<CardFee> FeesFor(Currency currency, CardRegion region, CardTier tier)
    {
        ArgumentNullException.ThrowIfNull(currency);
        return _fees.TryGetValue((currency, region, tier), out var timeline)
            ? timeline
            : throw new KeyNotFoundException(Invariant($"{Provider} has no fees for {currency.Code} charges on {tier} {region} cards."));
    }

    /// <summary>The fee in force on <paramref name="date"/>.</summary>
    /// <exception cref="CurrencyWithdrawnException">The charge currency was withdrawn before <paramref name="date"/>.</exception>
    /// <exception cref="KeyNotFoundException">No fee applies; the message names the key and the date.</exception>
    public CardFee FeeOn(LocalDate date, Currency currency, CardRegion region, CardTier tier) =>
        TryGetFee(date, currency, region, tier, out var fee)
            ? fee
            : throw new KeyNotFoundException(Invariant($"{Provider} has no fee for {currency.Code} charges on {tier} {region} cards on {FxText.Format(date)}."));

    /// <summary>The fee in force on <paramref name="date"/>, if any.</summary>
    /// <exception cref="CurrencyWithdrawnException">The charge currency was withdrawn before <paramref name="date"/>.</exception>
    public bool TryGetFee(LocalDate date, Currency currency, CardRegion region, CardTier tier, [NotNullWhen(true)] out CardFee? fee)
    {
        ArgumentNullException.ThrowIfNull(currency);
        CurrencyWithdrawnException.ThrowIfWithdrawn(currency, date, nameof(currency));
        fee = null;
        return _fees.TryGetValue((currency, region, tier), out var timeline) && timeline.TryGetValueAt(date, out fee);
    }

    /// <summary>What arrives from a charge on <paramref name="date"/>.</summary>
    /// <exception cref="KeyNotFoundException">No fee applies.</exception>
    public FeeBreakdown NetDown(Money gross, LocalDate date, CardRegion region, CardTier tier, MidpointRounding rounding) =>
        FeeOn(date, gross.Currency, region, tier).NetDown(gross, rounding);

    /// <summary>What to charge on <paramref name="date"/> so that exactly <paramref name="targetNet"/> arrives.</summary>
    /// <exception cref="KeyNotFoundException">No fee applies.</exception>
    public FeeBreakdown GrossUp(Money targetNet, LocalDate date, CardRegion region, CardTier tier, MidpointRounding rounding) =>
        FeeOn(date, targetNet.Currency, region, tier).GrossUp(targetNet, rounding);

    /// <summary>
    /// Parses schedules from CSV with the header
    /// <c>provider,account_currency,card_region,card_tier,percent,fixed_amount,effective_from,effective_to,source</c>
    /// (tier <c>Any</c> means both tiers; empty dates are open).
    /// </summary>
    /// <exception cref="FormatException">The header or a row is malformed (a row that does not match the header, a repeated column); the message names the line.</exception>
    public static IReadOnlyList<FeeSchedule> ParseCsv(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return ParseCsv(FxCsv.Read(reader, "fee schedule CSV", Header), Timeline<Percentage>.Empty);
    }

    /// <summary>A <see cref="PaymentRoute"/> named after the provider with the fee and the conversion spread in force on <paramref name="date"/>.</summary>
    /// <exception cref="KeyNotFoundException">No fee, or no conversion spread, applies on that date; the message names what is missing.</exception>
    public PaymentRoute RouteOn(LocalDate date, Currency currency, CardRegion region, CardTier tier)
    {
        var fee = FeeOn(date, currency, region, tier);
        return ConversionSpread.TryGetValueAt(date, out var spread)
            ? new PaymentRoute(Invariant($"{Provider} {region} {tier}"), fee, spread)
            : throw new KeyNotFoundException(Invariant($"{Provider} has no conversion spread on {FxText.Format(date)}; give one explicitly."));
    }

    /// <summary>A <see cref="PaymentRoute"/> with the fee in force on <paramref name="date"/> and an explicit conversion spread (for providers whose spread is not in the data).</summary>
    /// <exception cref="KeyNotFoundException">No fee applies on that date.</exception>
    public PaymentRoute RouteOn(LocalDate date, Currency currency, CardRegion region, CardTier tier, Percentage conversionSpread) =>
        new(Invariant($"{Provider} {region} {tier}"), FeeOn(date, currency, region, tier), conversionSpread);

    /// <summary>A copy of this schedule with another conversion-spread timeline (this one is unchanged).</summary>
    /// <exception cref="ArgumentException">A spread is outside [0%, 100%).</exception>
    public FeeSchedule WithConversionSpread(Timeline<Percentage> conversionSpread) =>
        new(Provider, _fees, conversionSpread);

    /// <inheritdoc />
    public override string ToString() => Invariant($"{Provider} ({_fees.Count} fee lines)");

    private static List<FeeSchedule> ParseCsv(IEnumerable<Text.CsvRow> rows, Timeline<Percentage> spread)
    {
        var entries = new List<(string Provider, (Currency, CardRegion, CardTier) Key, EffectiveValue<CardFee> Value)>();
        foreach (var row in rows)
        {
            var currency = Currency.TryFromCode(row.Get(1), out var c) ? c : throw row.Invalid(1, "a known currency code");
            var region = Enum.TryParse<CardRegion>(row.Get(2), ignoreCase: false, out var r) && Enum.IsDefined(r)
                ? r
                : throw row.Invalid(2, "a card region (Domestic, Eea, UnitedKingdom, International)");
            CardTier[] tiers = row.Get(3) switch
            {
                "Any" => [CardTier.Standard, CardTier.Premium],
                "Standard" => [CardTier.Standard],
                "Premium" => [CardTier.Premium],
                _ => throw row.Invalid(3, "a card tier (Standard, Premium, Any)"),
            };
            var percent = FxText.TryParseDecimal(row.Get(4), out var p) ? p : throw row.Invalid(4, "a number");
            var fixedAmount = FxText.TryParseDecimal(row.Get(5), out var f) ? f : throw row.Invalid(5, "a number");
            var period = (ParseOptionalDate(row, 6), ParseOptionalDate(row, 7)) switch
            {
                (null, null) => EffectivePeriod.Always,
                ({ } from, null) => EffectivePeriod.From(from),
                (null, { } to) => EffectivePeriod.Until(to),
                ({ } from, { } to) => EffectivePeriod.Between(from, to),
            };
            var source = row.Get(8);
            var fee = CardFee.Of(Percentage.FromPercent(percent), Money.Of(fixedAmount, currency), source);
            foreach (var tier in tiers)
            {
                entries.Add((row.Get(0), (currency, region, tier), new EffectiveValue<CardFee>(period, fee, source)));
            }
        }

        return [.. entries.GroupBy(e => e.Provider, StringComparer.Ordinal).Select(p => new FeeSchedule(
            p.Key,
            p.GroupBy(e => e.Key).Select(k => KeyValuePair.Create(k.Key, Timeline<CardFee>.Create(k.Select(e => e.Value)))),
            spread))];
    }

    private static LocalDate? ParseOptionalDate(Text.CsvRow row, int column) =>
        row.Get(column).Length == 0 ? null
        : FxText.TryParseDate(row.Get(column), out var date) ? date
        : throw row.Invalid(column, "a date (yyyy-MM-dd)");
}
