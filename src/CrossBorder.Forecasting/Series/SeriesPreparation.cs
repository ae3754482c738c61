namespace CrossBorder.Forecasting;

/// <summary>What to do with missing values (<see cref="double.NaN"/>) in a series.</summary>
public enum MissingValuePolicy
{
    /// <summary>Fill interior gaps by linear interpolation between the neighbouring observations; gaps at either end take the nearest observation.</summary>
    Interpolate,

    /// <summary>Treat a missing period as zero demand (no sale recorded).</summary>
    Zero,

    /// <summary>Reject the series with an <see cref="ArgumentException"/>.</summary>
    Throw,
}

/// <summary>Options of <see cref="SeriesPreparation"/> and the <see cref="ForecastFallback"/> chain. The defaults suit unit demand.</summary>
public sealed class SeriesOptions
{
    /// <summary>The defaults: interpolate NaN, demand non-negative, trim long leading zero runs, at least 3 points, detect obsolescence, clip negative forecasts.</summary>
    public static SeriesOptions Default { get; } = new();

    /// <summary>How to fill missing values; <see cref="MissingValuePolicy.Interpolate"/> by default.</summary>
    public MissingValuePolicy MissingValues { get; init; } = MissingValuePolicy.Interpolate;

    /// <summary>Reject negative values (demand); <see langword="true"/> by default. Turn off for net sales with returns.</summary>
    public bool RequireNonNegative { get; init; } = true;

    /// <summary>
    /// Drop a run of zeros before the first non-zero value when it looks like the periods before launch (see
    /// <see cref="LeadingZeroRunMultiple"/>); <see langword="true"/> by default.
    /// </summary>
    public bool TrimLeadingZeros { get; init; } = true;

    /// <summary>
    /// A leading run of zeros is trimmed only when it is at least this many mean inter-demand intervals (ADI of the
    /// rest of the series) long; 4 by default. Under independent occurrence with probability 1/ADI a run that long
    /// has probability about e^(−4) ≈ 2%, so ordinary intermittency at the start is kept, while a product launched
    /// during the history loses its pre-launch zeros. 0 trims every leading zero.
    /// </summary>
    public double LeadingZeroRunMultiple { get; init; } = 4;

    /// <summary>The fewest observations the requested method is given; shorter series get the mean. 3 by default.</summary>
    public int MinimumLength { get; init; } = 3;

    /// <summary>Check for obsolescence (<see cref="IntermittentDemand.DetectObsolescence"/>) and forecast a decay to zero; on by default when demand is non-negative.</summary>
    public bool DetectObsolescence { get; init; } = true;

    /// <summary>Raise negative point forecasts and interval bounds to zero; on by default when demand is non-negative.</summary>
    public bool ClipNegativeForecasts { get; init; } = true;
}

/// <summary>A series after validation, filling and trimming, with what was done to it.</summary>
public sealed class PreparedSeries
{
    private readonly double[] _values;

    internal PreparedSeries(double[] values, int originalLength, int leadingZerosTrimmed, int missingFilled)
    {
        _values = values;
        OriginalLength = originalLength;
        LeadingZerosTrimmed = leadingZerosTrimmed;
        MissingValuesFilled = missingFilled;
    }

    /// <summary>The prepared values, oldest first.</summary>
    public ReadOnlySpan<double> Values => _values;

    /// <summary>The length of the input series.</summary>
    public int OriginalLength { get; }

    /// <summary>How many leading zeros were dropped.</summary>
    public int LeadingZerosTrimmed { get; }

    /// <summary>How many missing values were filled.</summary>
    public int MissingValuesFilled { get; }

    /// <summary>Every input value was zero (or the input was empty): nothing is left after trimming.</summary>
    public bool IsEmpty => _values.Length == 0;

    /// <summary>Every prepared value is the same.</summary>
    public bool IsConstant
    {
        get
        {
            foreach (var v in _values)
            {
                if (v != _values[0])
                {
                    return false;
                }
            }

            return _values.Length > 0;
        }
    }

    internal double[] Array => _values;
}

/// <summary>Validation, missing-value filling and leading-zero trimming of a series before forecasting.</summary>
public static class SeriesPreparation
{
    /// <summary>Prepares <paramref name="y"/> according to <paramref name="options"/>.</summary>
    /// <param name="y">The series, oldest first; may be empty and may hold <see cref="double.NaN"/> for missing values.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="SeriesOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">
    /// A value is ±∞; a value is negative while <see cref="SeriesOptions.RequireNonNegative"/> is set; or a value is
    /// missing under <see cref="MissingValuePolicy.Throw"/>. The parameter named is <c>y</c>.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="SeriesOptions.LeadingZeroRunMultiple"/> is negative or not finite.</exception>
    public static PreparedSeries Prepare(ReadOnlySpan<double> y, SeriesOptions? options = null)
    {
        options ??= SeriesOptions.Default;
        if (!(options.LeadingZeroRunMultiple >= 0) || double.IsInfinity(options.LeadingZeroRunMultiple))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.LeadingZeroRunMultiple, "LeadingZeroRunMultiple must be finite and not negative.");
        }

        var missing = 0;
        for (var i = 0; i < y.Length; i++)
        {
            var v = y[i];
            if (double.IsNaN(v))
            {
                if (options.MissingValues == MissingValuePolicy.Throw)
                {
                    throw new ArgumentException($"Observation {i} is missing (NaN) and the missing-value policy is Throw.", nameof(y));
                }

                missing++;
            }
            else if (double.IsInfinity(v))
            {
                throw new ArgumentException($"Observation {i} is {v}; infinite values are not data.", nameof(y));
            }
            else if (v < 0 && options.RequireNonNegative)
            {
                throw new ArgumentException($"Observation {i} is {v}; demand must not be negative (set RequireNonNegative to false for net sales).", nameof(y));
            }
        }

        var values = y.ToArray();
        if (missing == values.Length)
        {
            return new PreparedSeries([], y.Length, 0, missing);
        }

        if (missing > 0)
        {
            Fill(values, options.MissingValues);
        }

        var start = 0;
        if (options.TrimLeadingZeros)
        {
            while (start < values.Length && values[start] == 0)
            {
                start++;
            }

            if (start > 0 && start < values.Length && start < options.LeadingZeroRunMultiple * MeanInterval(values.AsSpan(start)))
            {
                start = 0;
            }
        }

        return new PreparedSeries(start == 0 ? values : values[start..], y.Length, start, missing);
    }

    /// <summary>The mean inter-demand interval of a series that starts with a demand: (last non-zero index + 1) / count.</summary>
    private static double MeanInterval(ReadOnlySpan<double> values)
    {
        int count = 0, last = 0;
        for (var t = 0; t < values.Length; t++)
        {
            if (values[t] != 0)
            {
                count++;
                last = t;
            }
        }

        return (double)(last + 1) / count;
    }

    private static void Fill(double[] values, MissingValuePolicy policy)
    {
        if (policy == MissingValuePolicy.Zero)
        {
            for (var i = 0; i < values.Length; i++)
            {
                if (double.IsNaN(values[i]))
                {
                    values[i] = 0;
                }
            }

            return;
        }

        var previous = -1;
        for (var i = 0; i <= values.Length; i++)
        {
            if (i < values.Length && double.IsNaN(values[i]))
            {
                continue;
            }

            // Gap (previous, i) exclusive.
            for (var j = previous + 1; j < i; j++)
            {
                values[j] = previous < 0 ? values[i]
                    : i == values.Length ? values[previous]
                    : values[previous] + ((values[i] - values[previous]) * (j - previous) / (i - previous));
            }

            previous = i;
        }
    }
}
