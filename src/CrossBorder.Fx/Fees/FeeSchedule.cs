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
    private static readonly Lazy<IReadOnlyList<FeeSchedule>> Embedded = new(() => ParseCsv(Csv.ReadEmbedded("card-fees.csv"), Timeline<Percentage>.Empty));

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
    /// <exception cref="KeyNotFoundException">No fee applies; the message names the key and the date.</exception>
    public CardFee FeeOn(LocalDate date, Currency currency, CardRegion region, CardTier tier) =>
        TryGetFee(date, currency, region, tier, out var fee)
            ? fee
            : throw new KeyNotFoundException(Invariant($"{Provider} has no fee for {currency.Code} charges on {tier} {region} cards on {FxText.Format(date)}."));

    /// <summary>The fee in force on <paramref name="date"/>, if any.</summary>
    public bool TryGetFee(LocalDate date, Currency currency, CardRegion region, CardTier tier, [NotNullWhen(true)] out CardFee? fee)
    {
        ArgumentNullException.ThrowIfNull(currency);
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
    /// <exception cref="FormatException">A row is malformed; the message names the row.</exception>
    public static IReadOnlyList<FeeSchedule> ParseCsv(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return ParseCsv(Csv.Read(reader).ToList(), Timeline<Percentage>.Empty);
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

    private static List<FeeSchedule> ParseCsv(IEnumerable<string[]> rows, Timeline<Percentage> spread)
    {
        var entries = new List<(string Provider, (Currency, CardRegion, CardTier) Key, EffectiveValue<CardFee> Value)>();
        var line = 1;
        foreach (var row in rows)
        {
            line++;
            if (row.Length != 9)
            {
                throw new FormatException(Invariant($"Fee row {line}: expected 9 fields, found {row.Length}."));
            }

            var currency = Currency.TryFromCode(row[1], out var c) ? c : throw new FormatException(Invariant($"Fee row {line}: unknown currency '{row[1]}'."));
            var region = Enum.TryParse<CardRegion>(row[2], ignoreCase: false, out var r) && Enum.IsDefined(r)
                ? r
                : throw new FormatException(Invariant($"Fee row {line}: unknown card region '{row[2]}'."));
            CardTier[] tiers = row[3] switch
            {
                "Any" => [CardTier.Standard, CardTier.Premium],
                "Standard" => [CardTier.Standard],
                "Premium" => [CardTier.Premium],
                _ => throw new FormatException(Invariant($"Fee row {line}: unknown card tier '{row[3]}'.")),
            };
            if (!FxText.TryParseDecimal(row[4], out var percent) || !FxText.TryParseDecimal(row[5], out var fixedAmount))
            {
                throw new FormatException(Invariant($"Fee row {line}: '{row[4]}' or '{row[5]}' is not a number."));
            }

            var period = (ParseOptionalDate(row[6], line), ParseOptionalDate(row[7], line)) switch
            {
                (null, null) => EffectivePeriod.Always,
                ({ } from, null) => EffectivePeriod.From(from),
                (null, { } to) => EffectivePeriod.Until(to),
                ({ } from, { } to) => EffectivePeriod.Between(from, to),
            };
            var fee = CardFee.Of(Percentage.FromPercent(percent), Money.Of(fixedAmount, currency), row[8]);
            foreach (var tier in tiers)
            {
                entries.Add((row[0], (currency, region, tier), new EffectiveValue<CardFee>(period, fee, row[8])));
            }
        }

        return [.. entries.GroupBy(e => e.Provider, StringComparer.Ordinal).Select(p => new FeeSchedule(
            p.Key,
            p.GroupBy(e => e.Key).Select(k => KeyValuePair.Create(k.Key, Timeline<CardFee>.Create(k.Select(e => e.Value)))),
            spread))];
    }

    private static LocalDate? ParseOptionalDate(string text, int line) =>
        text.Trim().Length == 0 ? null
        : FxText.TryParseDate(text, out var date) ? date
        : throw new FormatException(Invariant($"Fee row {line}: '{text}' is not a date (yyyy-MM-dd)."));
}
