using CrossBorder.Fx.Internal;
using NodaTime;
using static System.FormattableString;

namespace CrossBorder.Fx;

/// <summary>Maps options to immutable domain objects at resolution time.</summary>
internal static class FxOptionsMapper
{
    public static CurrencyPair ToPair(string text, CurrencyRegistry registry)
    {
        var parts = (text ?? string.Empty).Split('/');
        if (parts.Length != 2)
        {
            throw new FormatException(Invariant($"'{text}' is not a pair written BASE/QUOTE."));
        }

        return new CurrencyPair(registry.FromCode(parts[0].Trim()), registry.FromCode(parts[1].Trim()));
    }

    public static FxRate ToRate(FxRateOptions options, CurrencyRegistry registry)
    {
        if (!FxText.TryParseDate(options.Date, out var date))
        {
            throw new FormatException(Invariant($"'{options.Date}' is not a date (yyyy-MM-dd)."));
        }

        return FxRate.TwoWay(
            ToPair(options.Pair, registry), options.Bid ?? options.Mid, options.Mid, options.Ask ?? options.Mid,
            FxText.StampOf(date), options.Source, options.Kind);
    }

    public static ThresholdRule ToRule(ThresholdRuleOptions options, CurrencyRegistry registry) =>
        ThresholdRule.Create(
            options.Id, ToPair(options.Pair, registry), options.Direction, options.Threshold, options.PriceSide,
            options.Band, options.Debounce, Duration.FromTimeSpan(options.MaxAge), options.Actions);

    public static IReadOnlyList<Currency> Pivots(FxOptions options, CurrencyRegistry registry) =>
        options.PivotCurrencies is null
            ? [registry.FromCode("EUR"), registry.FromCode("USD")]
            : [.. options.PivotCurrencies.Select(registry.FromCode)];
}
