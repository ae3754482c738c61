namespace CrossBorder.Forecasting;

/// <summary>
/// R's <c>etsTargetFunction</c>: the likelihood criterion over smoothing parameters and initial states, +∞ outside
/// R's "both" bounds (usual bounds and admissibility).
/// </summary>
internal sealed class EtsObjective : IObjective
{
    private readonly double[] _y;
    private readonly EtsSpec _spec;
    private readonly int _m;
    private readonly double[] _ring;

    internal EtsObjective(double[] y, EtsSpec spec, int m)
    {
        _y = y;
        _spec = spec;
        _m = m;
        _ring = new double[spec.HasSeason ? m : 1];
    }

    internal int ParameterCount => 1 + (_spec.HasTrend ? 1 : 0) + (_spec.HasSeason ? 1 : 0) + (_spec.Damped ? 1 : 0);

    public double Evaluate(ReadOnlySpan<double> x)
    {
        var spec = _spec;
        var k = 0;
        var alpha = x[k++];
        var beta = spec.HasTrend ? x[k++] : 0.0;
        var gamma = spec.HasSeason ? x[k++] : 0.0;
        var phi = spec.Damped ? x[k++] : 1.0;
        if (!Feasible(spec, alpha, beta, gamma, phi, _m))
        {
            return double.PositiveInfinity;
        }

        var level = x[k++];
        var trend = spec.HasTrend ? x[k++] : 0.0;
        Span<double> ring = _ring;
        if (spec.HasSeason && !FillRing(spec, x[k..], ring))
        {
            return double.PositiveInfinity;
        }

        return EtsCore.Run(spec, _y, alpha, beta, gamma, phi, ref level, ref trend, spec.HasSeason ? ring : ring[..0], default, default);
    }

    /// <summary>Non-seasonal forms evaluate four points at once (<see cref="EtsCore.RunNonSeasonal4"/>), where vectors are hardware-accelerated.</summary>
    public bool CanEvaluateFour => !_spec.HasSeason && System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated;

    /// <summary>
    /// <see cref="Evaluate"/> at four points (<paramref name="points"/>, one after the other), to the bit: an infeasible
    /// point gets +∞ and its lane runs on harmless stand-in values that are then discarded.
    /// </summary>
    public void EvaluateFour(ReadOnlySpan<double> points, Span<double> values)
    {
        var spec = _spec;
        var dimension = points.Length / 4;
        Span<double> lanes = stackalloc double[20];
        var alpha = lanes[..4];
        var beta = lanes[4..8];
        var phi = lanes[8..12];
        var level = lanes[12..16];
        var trend = lanes[16..20];
        Span<bool> feasible = stackalloc bool[4];
        for (var lane = 0; lane < 4; lane++)
        {
            var x = points.Slice(lane * dimension, dimension);
            var k = 0;
            alpha[lane] = x[k++];
            beta[lane] = spec.HasTrend ? x[k++] : 0.0;
            phi[lane] = spec.Damped ? x[k++] : 1.0;
            level[lane] = x[k++];
            trend[lane] = spec.HasTrend ? x[k] : 0.0;
            feasible[lane] = Feasible(spec, alpha[lane], beta[lane], 0.0, phi[lane], _m);
            if (!feasible[lane])
            {
                (alpha[lane], beta[lane], phi[lane], level[lane], trend[lane]) = (0.5, 0.0, 1.0, 1.0, 0.0);
            }
        }

        EtsCore.RunNonSeasonal4(spec, _y, alpha, beta, phi, level, trend, values);
        for (var lane = 0; lane < 4; lane++)
        {
            if (!feasible[lane])
            {
                values[lane] = double.PositiveInfinity;
            }
        }
    }

    /// <summary>R's usual bounds (0.0001–0.9999, β ≤ α, γ ≤ 1 − α, 0.8 ≤ φ ≤ 0.98) and admissibility.</summary>
    internal static bool Feasible(EtsSpec spec, double alpha, double beta, double gamma, double phi, int m)
    {
        if (!(alpha >= EtsCore.LowerBound && alpha <= EtsCore.UpperBound))
        {
            return false;
        }

        if (spec.HasTrend && !(beta >= EtsCore.LowerBound && beta <= alpha && beta <= EtsCore.UpperBound))
        {
            return false;
        }

        if (spec.Damped && !(phi >= EtsCore.PhiLower && phi <= EtsCore.PhiUpper))
        {
            return false;
        }

        if (spec.HasSeason && !(gamma >= EtsCore.LowerBound && gamma <= 1 - alpha && gamma <= EtsCore.UpperBound))
        {
            return false;
        }

        return EtsCore.Admissible(spec.HasTrend, spec.HasSeason, alpha, beta, gamma, phi, m);
    }

    /// <summary>
    /// Fills the ring (ring[k] due at step k+1) from R's free seasonal states s0…s(m−2) (s0 most recent), adding the
    /// implied s(m−1); false when a multiplicative state is negative.
    /// </summary>
    internal static bool FillRing(EtsSpec spec, ReadOnlySpan<double> free, Span<double> ring)
    {
        var m = ring.Length;
        var sum = 0.0;
        for (var k = 1; k < m; k++)
        {
            var v = free[m - 1 - k];
            ring[k] = v;
            sum += v;
        }

        var mult = spec.Season == EtsSeason.Multiplicative;
        ring[0] = (mult ? m : 0) - sum;
        if (mult)
        {
            foreach (var v in ring)
            {
                if (v < 0)
                {
                    return false;
                }
            }
        }

        return true;
    }
}

/// <summary>Fits one ETS form by maximum likelihood, as R's <c>forecast:::etsmodel</c>.</summary>
internal static class EtsFitter
{
    private static readonly double RelTol = Math.Sqrt(2.220446049250313e-16);

    /// <summary>Fits <paramref name="spec"/>; null when there are too few observations for its parameters.</summary>
    internal static EtsModel? Fit(double[] y, int period, EtsSpec spec, EtsOptions options)
    {
        var m = spec.HasSeason ? period : 1;
        var n = y.Length;

        // initparam
        var alpha = EtsCore.LowerBound + (0.2 * (EtsCore.UpperBound - EtsCore.LowerBound) / m);
        var beta = EtsCore.LowerBound + (0.1 * (Math.Min(EtsCore.UpperBound, alpha) - EtsCore.LowerBound));
        var gamma = EtsCore.LowerBound + (0.05 * (Math.Min(EtsCore.UpperBound, 1 - alpha) - EtsCore.LowerBound));
        var phi = EtsCore.PhiLower + (0.99 * (EtsCore.PhiUpper - EtsCore.PhiLower));

        var states = EtsInit.InitialStates(y, spec, m);
        var objective = new EtsObjective(y, spec, m);
        var npar = objective.ParameterCount;
        var np = npar + states.Length;
        if (np >= n - 1)
        {
            return null;
        }

        var x = new double[np];
        var k = 0;
        x[k++] = alpha;
        if (spec.HasTrend)
        {
            x[k++] = beta;
        }

        if (spec.HasSeason)
        {
            x[k++] = gamma;
        }

        if (spec.Damped)
        {
            x[k++] = phi;
        }

        states.CopyTo(x, k);
        var (value, _) = NelderMead.Minimize(objective, x, RelTol, options.MaxIterations);
        for (var r = 0; r < options.Restarts && double.IsFinite(value) && value < 1e35; r++)
        {
            var (again, _) = NelderMead.Minimize(objective, x, RelTol, options.MaxIterations);
            var gain = value - again;
            value = again;
            if (gain <= 1e-6 * Math.Abs(value))
            {
                break;
            }
        }
        if (!double.IsFinite(value) || value >= 1e35)
        {
            return null;
        }

        return EtsModel.Create(y, period, spec, x, np);
    }
}
