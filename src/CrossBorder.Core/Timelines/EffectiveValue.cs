namespace CrossBorder;

/// <summary>A value and the days it applies on, with the legal or published source it comes from.</summary>
/// <typeparam name="T">The dated value: a rate, a threshold, a rule.</typeparam>
public sealed class EffectiveValue<T>
{
    /// <summary>Creates a dated value.</summary>
    /// <param name="period">The days it applies.</param>
    /// <param name="value">The value.</param>
    /// <param name="source">Where it comes from (an act, a notice, a price list); empty when unknown.</param>
    public EffectiveValue(EffectivePeriod period, T value, string source = "")
    {
        ArgumentNullException.ThrowIfNull(source);
        Period = period;
        Value = value;
        Source = source;
    }

    /// <summary>The days the value applies.</summary>
    public EffectivePeriod Period { get; }

    /// <summary>The value.</summary>
    public T Value { get; }

    /// <summary>Where the value comes from.</summary>
    public string Source { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Period}: {Value}";
}
