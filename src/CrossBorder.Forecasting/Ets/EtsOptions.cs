namespace CrossBorder.Forecasting;

/// <summary>The information criterion that <see cref="Ets.FitAuto"/> minimises.</summary>
public enum EtsInformationCriterion
{
    /// <summary>Akaike's criterion corrected for small samples (R's default).</summary>
    Aicc,

    /// <summary>Akaike's criterion.</summary>
    Aic,

    /// <summary>Schwarz's Bayesian criterion.</summary>
    Bic,
}

/// <summary>Options for fitting ETS models. The defaults are those of R's <c>forecast::ets</c>.</summary>
public sealed class EtsOptions
{
    /// <summary>The shared defaults.</summary>
    internal static EtsOptions Default { get; } = new();

    /// <summary>The criterion for automatic selection; default <see cref="EtsInformationCriterion.Aicc"/>.</summary>
    public EtsInformationCriterion Criterion { get; init; } = EtsInformationCriterion.Aicc;

    /// <summary>Only consider models whose components are all additive (R's <c>additive.only</c>); default false.</summary>
    public bool AdditiveOnly { get; init; }

    /// <summary>Whether automatic selection may consider damped trends; default true.</summary>
    public bool AllowDamped { get; init; } = true;

    /// <summary>
    /// Whether automatic selection considers seasonal models when the period exceeds 24. R refuses them
    /// (it drops the season with a warning); default true, so weekly data (52) gets seasonal candidates.
    /// </summary>
    public bool AllowLongSeasons { get; init; } = true;

    /// <summary>Maximum number of objective evaluations of the Nelder–Mead optimiser per model; default 2000 (R's maxit).</summary>
    public int MaxIterations { get; init; } = 2000;

    /// <summary>
    /// How many times to restart the simplex from its best point after it stops; default 0, as R. R's Nelder–Mead
    /// often stops short of the optimum (its first step is 10% of the largest parameter, usually the level, so the
    /// smoothing parameters start far outside their bounds); one or two restarts find likelihoods up to a few
    /// units better, but on the classic series they did not forecast better (monthly MASE 0.632 or 0.628 vs 0.624), and
    /// forms and forecasts then differ from R's.
    /// </summary>
    public int Restarts { get; init; }

    /// <summary>
    /// Prediction intervals from simulated sample paths (R's <c>simulate = TRUE</c>) instead of the analytic
    /// formulas, which exist for every allowed form (classes 1–3 of Hyndman et al. 2008); default false.
    /// </summary>
    public bool SimulateIntervals { get; init; }

    /// <summary>Number of simulated paths when <see cref="SimulateIntervals"/> is set; default 5000 (R's npaths).</summary>
    public int SimulationPaths { get; init; } = 5000;

    /// <summary>The seed of the simulation, so that intervals are deterministic; default 20261123.</summary>
    public int Seed { get; init; } = 20261123;

    internal void Validate()
    {
        if (!Enum.IsDefined(Criterion))
        {
            throw new ArgumentOutOfRangeException(nameof(Criterion), Criterion, "Unknown information criterion.");
        }

        if (MaxIterations < 10)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxIterations), MaxIterations, "At least 10 evaluations are needed.");
        }

        if (Restarts is < 0 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(Restarts), Restarts, "Restarts must be between 0 and 100.");
        }

        if (SimulationPaths < 100)
        {
            throw new ArgumentOutOfRangeException(nameof(SimulationPaths), SimulationPaths, "At least 100 paths are needed.");
        }
    }
}
