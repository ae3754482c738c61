using System.Globalization;

namespace CrossBorder.Advertising;

/// <summary>
/// Settings of <see cref="Dayparting"/>. Immutable; each property is validated when set, and the bounds against each
/// other when used.
/// </summary>
public sealed class DaypartingSettings
{
    /// <summary>The defaults.</summary>
    public static DaypartingSettings Default { get; } = new();

    /// <summary>
    /// Clicks at the day's value per click added to each hour, so that an hour with few clicks stays near 1. Default 20
    /// (an illustration). Not negative (0 takes each hour's data as it is).
    /// </summary>
    public decimal PseudoClicks
    {
        get;
        init => field = value >= 0m ? value : throw new ArgumentOutOfRangeException(nameof(PseudoClicks), value, "A pseudo-count is not negative.");
    } = 20m;

    /// <summary>
    /// The lowest multiplier. Default 0.5 (an illustration; Perpetua's hourly multipliers go down to 0%, which pauses,
    /// help.perpetua.io/en/articles/6337490). Not negative.
    /// </summary>
    public decimal MinMultiplier
    {
        get;
        init => field = value >= 0m ? value : throw new ArgumentOutOfRangeException(nameof(MinMultiplier), value, "A multiplier is not negative.");
    } = 0.5m;

    /// <summary>The highest multiplier. Default 1.5 (an illustration). Above 0.</summary>
    public decimal MaxMultiplier
    {
        get;
        init => field = Require.Positive(value, nameof(MaxMultiplier));
    } = 1.5m;
}

/// <summary>One hour of the day's bid multiplier and the data behind it.</summary>
/// <param name="Hour">The hour of the day, 0 to 23 (the start of the hour, in the account's time zone).</param>
/// <param name="Multiplier">The multiplier to apply to the base bid in that hour, within the settings' bounds.</param>
/// <param name="Unclamped">The multiplier before the bounds: shrunk value per click ÷ the day's.</param>
/// <param name="Metrics">The hour's metrics.</param>
/// <param name="Reason">Why, with the numbers.</param>
public sealed record HourMultiplier(int Hour, decimal Multiplier, decimal Unclamped, AdMetrics Metrics, Reason Reason)
{
    /// <summary>Whether a bound applied.</summary>
    public bool Clamped => Multiplier != Unclamped;
}

/// <summary>
/// Dayparting: a bid multiplier per hour of the day from hourly data. The rational bid is AOV × CVR × target ACoS, so an
/// hour's bid relative to the day's is its value per click (sales ÷ clicks = CVR × AOV) relative to the day's. Hours with
/// few clicks are shrunk toward the day: (sales + k × day's value per click) ÷ (clicks + k), and an hour with no click and
/// k = 0 keeps 1; the result is bounded by the settings (a bound that applies is said). Multipliers are exact, not rounded.
/// </summary>
public static class Dayparting
{
    /// <summary>The multipliers of the 24 hours of <paramref name="byHour"/> (index = hour of day), summed over the days observed.</summary>
    /// <exception cref="ArgumentException">Not 24 hours, an hour is null, the hours have no sale between them, the bounds are crossed, or the currencies differ (<see cref="CurrencyMismatchException"/>).</exception>
    public static IReadOnlyList<HourMultiplier> Multipliers(IReadOnlyList<AdMetrics> byHour, DaypartingSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(byHour);
        settings ??= DaypartingSettings.Default;
        if (byHour.Count != 24 || byHour.Any(h => h is null))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Give the 24 hours of the day, none null ({byHour.Count} given)."), nameof(byHour));
        }

        if (settings.MinMultiplier > settings.MaxMultiplier)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The lowest multiplier {settings.MinMultiplier} is above the highest {settings.MaxMultiplier}."), nameof(settings));
        }

        var day = byHour.Aggregate((a, b) => a + b);
        if (day.Sales.IsZero || day.Clicks == 0)
        {
            throw new ArgumentException("No hour has a sale (or a click): there is no value per click to compare the hours with.", nameof(byHour));
        }

        var dayValue = day.Sales.Amount / day.Clicks;
        var k = settings.PseudoClicks;
        var result = new HourMultiplier[24];
        for (var hour = 0; hour < 24; hour++)
        {
            var metrics = byHour[hour];
            var denominator = metrics.Clicks + k;
            var unclamped = denominator == 0m ? 1m : (metrics.Sales.Amount + (k * dayValue)) / denominator / dayValue;
            var multiplier = Math.Clamp(unclamped, settings.MinMultiplier, settings.MaxMultiplier);
            var detail = string.Create(CultureInfo.InvariantCulture, $"Hour {hour:00}: ({metrics.Sales.Amount:0.##} sales + {k:0.##} × {dayValue:0.####}) ÷ ({metrics.Clicks} clicks + {k:0.##}) ÷ the day's {dayValue:0.####} per click = {unclamped:0.####}");
            result[hour] = new HourMultiplier(hour, multiplier, unclamped, metrics, multiplier == unclamped
                ? new Reason("hour-value-per-click", detail + ".")
                : new Reason("multiplier-bounded", detail + string.Create(CultureInfo.InvariantCulture, $", bounded to {multiplier:0.####}.")));
        }

        return result.AsReadOnly();
    }
}
