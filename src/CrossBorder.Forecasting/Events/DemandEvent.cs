namespace CrossBorder.Forecasting;

/// <summary>
/// A dated event that lifts (or depresses) demand by a factor: Black Friday ×3, Prime Day ×2.5, a Q4 season ×1.4,
/// a stock-out week ×0.2. Factors are multiplicative and events that overlap multiply.
/// </summary>
public sealed class DemandEvent
{
    /// <summary>Creates an event.</summary>
    /// <param name="name">A name for reports: "Black Friday 2025".</param>
    /// <param name="period">The days it covers (Core's inclusive <see cref="EffectivePeriod"/>); it must end.</param>
    /// <param name="factor">Demand multiplier on those days; finite and positive (1 means no effect).</param>
    /// <exception cref="ArgumentException">The name is blank, the period is open-ended, or the factor is not finite and positive.</exception>
    public DemandEvent(string name, EffectivePeriod period, double factor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (period.IsOpenEnded)
        {
            throw new ArgumentException($"Event '{name}' needs a last day.", nameof(period));
        }

        if (!double.IsFinite(factor) || factor <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(factor), factor, $"Event '{name}' needs a finite, positive demand factor (1 means no effect).");
        }

        Name = name;
        Period = period;
        Factor = factor;
    }

    /// <summary>The event's name.</summary>
    public string Name { get; }

    /// <summary>The days it covers.</summary>
    public EffectivePeriod Period { get; }

    /// <summary>The demand multiplier.</summary>
    public double Factor { get; }

    /// <inheritdoc />
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Name} {Period} ×{Factor}");
}
