namespace CrossBorder.Forecasting;

/// <summary>
/// Exponential smoothing state-space models ETS(E,T,S) (Hyndman, Koehler, Ord and Snyder 2008) fitted by maximum
/// likelihood as R's <c>forecast::ets</c> fits them: the same recursions, starting values, parameter bounds,
/// Nelder–Mead optimiser and information criteria, with automatic selection by AICc.
/// </summary>
/// <example>
/// <code>
/// var model = Ets.FitAuto(sales, period: 12);
/// Forecast forecast = model.Forecast(18);          // 80% and 95% intervals
/// Console.WriteLine(model.Spec);                     // ETS(M,Ad,M)
/// </code>
/// </example>
public static class Ets
{
    /// <summary>Fits one ETS form by maximum likelihood.</summary>
    /// <param name="y">The series, oldest first; finite values, strictly positive for multiplicative forms.</param>
    /// <param name="period">The seasonal period (12 for monthly, 52 for weekly); 1 when there is none.</param>
    /// <param name="spec">The form to fit.</param>
    /// <param name="options">Options; null for R's defaults.</param>
    /// <exception cref="ArgumentException">
    /// <paramref name="y"/> is empty, has a non-finite value, is too short for the form, or is not strictly positive
    /// for a multiplicative form; <paramref name="period"/> is less than 1, or 1 (or not less than the length) for a seasonal form.
    /// </exception>
    /// <exception cref="InvalidOperationException">The optimiser found no feasible point.</exception>
    public static EtsModel Fit(ReadOnlySpan<double> y, int period, EtsSpec spec, EtsOptions? options = null)
    {
        options ??= EtsOptions.Default;
        options.Validate();
        var data = Validate(y, period);
        if (spec.HasSeason && (period < 2 || data.Length <= period))
        {
            throw new ArgumentException(
                period < 2
                    ? $"{spec} is seasonal but the period is {period}; give the period (such as 12) or a non-seasonal form."
                    : $"{spec} needs more observations than one period ({period}); the series has {data.Length}.",
                nameof(period));
        }

        if (spec.IsMultiplicative && !AllPositive(data))
        {
            throw new ArgumentException($"{spec} has multiplicative components and needs strictly positive data.", nameof(y));
        }

        return EtsFitter.Fit(data, period, spec, options)
            ?? throw new ArgumentException($"{data.Length} observations are too few to fit {spec} with period {period}.", nameof(y));
    }

    /// <summary>
    /// Fits every allowed form and returns the one with the smallest information criterion (AICc by default), as
    /// R's <c>ets(y)</c>: multiplicative forms only for strictly positive data, seasonal forms only when the period
    /// is at least 2 and shorter than the series and there are enough observations for the seasonal states.
    /// Unlike R, periods above 24 (weekly data) keep seasonal candidates unless <see cref="EtsOptions.AllowLongSeasons"/> is off.
    /// </summary>
    /// <param name="y">The series, oldest first; finite values, at least 4 of them.</param>
    /// <param name="period">The seasonal period; 1 when there is none.</param>
    /// <param name="options">Options; null for R's defaults.</param>
    /// <exception cref="ArgumentException"><paramref name="y"/> is empty, too short or has a non-finite value; <paramref name="period"/> is less than 1.</exception>
    public static EtsModel FitAuto(ReadOnlySpan<double> y, int period, EtsOptions? options = null)
    {
        options ??= EtsOptions.Default;
        options.Validate();
        var data = Validate(y, period);
        var positive = AllPositive(data);
        var seasonalAllowed = period >= 2 && data.Length > period && (options.AllowLongSeasons || period <= 24);
        EtsModel? best = null;
        var bestIc = double.PositiveInfinity;
        foreach (var spec in EtsSpec.All)
        {
            if ((spec.HasSeason && !seasonalAllowed)
                || (spec.IsMultiplicative && !positive)
                || (options.AdditiveOnly && spec.IsMultiplicative)
                || (spec.Damped && !options.AllowDamped))
            {
                continue;
            }

            var model = EtsFitter.Fit(data, period, spec, options);
            if (model is null)
            {
                continue;
            }

            var ic = options.Criterion switch
            {
                EtsInformationCriterion.Aic => model.Aic,
                EtsInformationCriterion.Bic => model.Bic,
                _ => model.Aicc,
            };
            if (ic < bestIc)
            {
                bestIc = ic;
                best = model;
            }
        }

        return best ?? throw new ArgumentException($"No ETS model can be fitted to {data.Length} observations.", nameof(y));
    }

    private static double[] Validate(ReadOnlySpan<double> y, int period)
    {
        if (y.IsEmpty)
        {
            throw new ArgumentException("The series is empty.", nameof(y));
        }

        if (period < 1)
        {
            throw new ArgumentException($"The period must be at least 1; it is {period}.", nameof(period));
        }

        for (var i = 0; i < y.Length; i++)
        {
            if (!double.IsFinite(y[i]))
            {
                throw new ArgumentException($"Observation {i} is {y[i]}; ETS needs finite values (fill or drop missing ones first).", nameof(y));
            }
        }

        if (y.Length < 4)
        {
            throw new ArgumentException($"ETS needs at least 4 observations; the series has {y.Length}.", nameof(y));
        }

        return y.ToArray();
    }

    private static bool AllPositive(ReadOnlySpan<double> y)
    {
        foreach (var v in y)
        {
            if (!(v > 0))
            {
                return false;
            }
        }

        return true;
    }
}
