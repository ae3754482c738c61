
namespace CrossBorder.Forecasting.Tests.Ets;

public sealed class EtsModelTests
{
    [Theory]
    [InlineData(42.5)]
    [InlineData(0.001)]
    [InlineData(-7)]
    [InlineData(0)]
    public void Constant_series_forecasts_the_constant(double value)
    {
        var y = Enumerable.Repeat(value, 30).ToArray();
        var model = Forecasting.Ets.Fit(y, 1, EtsSpec.Parse("ANN"));
        var forecast = model.Forecast(6);
        Assert.All(forecast.Mean, m => Assert.Equal(value, m, 1e-9));
        Assert.All(forecast.Intervals, i => Assert.All(i.Upper.Zip(i.Lower), p => Assert.Equal(p.First, p.Second, 1e-9)));

        var auto = Forecasting.Ets.FitAuto(y, 12).Forecast(6);
        Assert.All(auto.Mean, m => Assert.Equal(value, m, 1e-9));
    }

    /// <summary>The model itself is scale-equivariant: states × c on data × c give forecasts × c and loglik − n·log c.</summary>
    [ScaledProperty(Arbitrary = [typeof(EtsArbitraries)], Cases = 40)]
    public bool Scaled_states_on_scaled_data_give_scaled_forecasts(FittableCase fittable, Scale scale)
    {
        var (series, spec) = fittable;
        var y = series.Values();
        var model = Forecasting.Ets.Fit(y, series.Period, spec);
        var c = scale.Value;
        var m = model.InitialSeasonal.Count;
        var x = new List<double> { model.Alpha };
        x.AddRange(new[] { model.Beta, model.Gamma, model.Phi }.Where(v => v is not null).Select(v => v!.Value));
        x.Add(model.InitialLevel * c);
        if (model.InitialTrend is { } b0)
        {
            x.Add(b0 * c);
        }

        var seasonScale = spec.Season == EtsSeason.Additive ? c : 1;
        for (var k = m - 1; k >= 1; k--)
        {
            x.Add(model.InitialSeasonal[k] * seasonScale); // R's order: s0 is the most recent
        }

        var scaled = EtsModel.Create([.. y.Select(v => v * c)], series.Period, spec, [.. x], model.ParameterCount);
        var fa = model.Forecast(8).Mean;
        var fb = scaled.Forecast(8).Mean;
        return fa.Zip(fb).All(p => Math.Abs((p.Second / c) - p.First) <= 1e-9 * Math.Abs(p.First))
            && Math.Abs(scaled.LogLikelihood - (model.LogLikelihood - (y.Length * Math.Log(c)))) <= 1e-7 * Math.Abs(model.LogLikelihood)
            && Math.Abs(scaled.Aicc - model.Aicc - (2 * y.Length * Math.Log(c))) <= 1e-7 * Math.Abs(model.Aicc);
    }

    /// <summary>
    /// Fitted models are scale-equivariant up to where the optimiser stops. R's Nelder–Mead is not scale-free (its
    /// first step is 10% of the largest parameter), so we allow 5%, on data with the form's structure (where the
    /// likelihood has a clear optimum).
    /// </summary>
    [ScaledProperty(Arbitrary = [typeof(EtsArbitraries)], Cases = 25)]
    public FsCheck.Property Scaling_the_data_scales_the_forecasts(Scale scale, EtsSpec spec) =>
        FsCheck.Fluent.Prop.ForAll(FsCheck.Fluent.Arb.From(EtsArbitraries.WellIdentified), series => ScalesWith(series, scale, spec));

    private static bool ScalesWith(SyntheticSeries series, Scale scale, EtsSpec spec)
    {
        // Data with the structure of the form, so that the likelihood has one clear optimum: the optimiser (R's,
        // whose first step is 10% of the largest parameter) is not scale-free, so on a misspecified, flat
        // likelihood two scales can stop at different points.
        series = series with
        {
            Period = spec.HasSeason ? Math.Max(series.Period, 4) : 1,
            Trend = spec.HasTrend ? series.Trend : 0,
            SeasonalAmplitude = spec.HasSeason ? Math.Max(series.SeasonalAmplitude, 0.1) : 0,
            MultiplicativeSeason = spec.Season == EtsSeason.Multiplicative,
        };

        var y = series.Values();
        var scaled = y.Select(v => v * scale.Value).ToArray();
        var a = Forecasting.Ets.Fit(y, series.Period, spec);
        var b = Forecasting.Ets.Fit(scaled, series.Period, spec);

        var fa = a.Forecast(8).Mean;
        var fb = b.Forecast(8).Mean;
        return fa.Zip(fb).All(p => Math.Abs((p.Second / scale.Value) - p.First) <= 0.05 * Math.Abs(p.First));
    }

    [ScaledProperty(Arbitrary = [typeof(EtsArbitraries)], Cases = 40)]
    public bool Intervals_nest_and_widen_with_the_horizon(FittableCase fittable)
    {
        var (series, spec) = fittable;
        var forecast = Forecasting.Ets.Fit(series.Values(), series.Period, spec).Forecast(2 * Math.Max(series.Period, 6));
        var i80 = forecast.IntervalAt(0.8)!;
        var i95 = forecast.IntervalAt(0.95)!;
        for (var h = 0; h < forecast.Horizon; h++)
        {
            if (!(i95.Lower[h] <= i80.Lower[h] && i80.Lower[h] <= forecast.Mean[h] + 1e-9
                  && forecast.Mean[h] <= i80.Upper[h] + 1e-9 && i80.Upper[h] <= i95.Upper[h]))
            {
                return false;
            }
        }

        // Widths grow with the horizon: exactly for additive errors; for multiplicative errors the width scales
        // with the level (a falling trend narrows it), so relative widths grow, and for simulated ones (M,x,M) up to
        // Monte Carlo noise.
        double Width(int h) => i95.Upper[h] - i95.Lower[h];
        var last = forecast.Horizon - 1;
        if (spec.Error == EtsError.Additive)
        {
            for (var h = 1; h <= last; h++)
            {
                if (Width(h) < Width(h - 1) * (1 - 1e-12))
                {
                    return false;
                }
            }

            return true;
        }

        return Width(last) / Math.Abs(forecast.Mean[last]) >= 0.95 * Width(0) / Math.Abs(forecast.Mean[0]);
    }

    [Fact]
    public void Analytic_interval_of_simple_exponential_smoothing_follows_the_textbook_formula()
    {
        var y = new SyntheticSeries(7, 60, 1, 100, 0, 0, 0.1).Values();
        var model = Forecasting.Ets.Fit(y, 1, EtsSpec.Parse("ANN"));
        var forecast = model.Forecast(5, 0.9);
        var z = 1.6448536269514722;
        for (var h = 0; h < 5; h++)
        {
            var variance = model.Sigma2 * (1 + (h * model.Alpha * model.Alpha));
            Assert.Equal(forecast.Mean[h] + (z * Math.Sqrt(variance)), forecast.IntervalAt(0.9)!.Upper[h], 1e-9);
        }
    }

    [Fact]
    public void Simulated_intervals_are_deterministic()
    {
        var y = new SyntheticSeries(3, 48, 12, 100, 0.01, 0.3, 0.05).Values();
        var model = Forecasting.Ets.Fit(y, 12, EtsSpec.Parse("MAM"));
        var simulate = new EtsOptions { SimulateIntervals = true };
        var a = model.Forecast(12, simulate);
        var b = model.Forecast(12, simulate);
        Assert.Equal(a.IntervalAt(0.95)!.Upper, b.IntervalAt(0.95)!.Upper);
        var c = model.Forecast(12, new EtsOptions { SimulateIntervals = true, Seed = 1 }, 0.95);
        Assert.NotEqual(a.IntervalAt(0.95)!.Upper, c.IntervalAt(0.95)!.Upper);
    }

    [Fact]
    public void Model_reports_its_parameters_and_states()
    {
        var y = new SyntheticSeries(11, 72, 12, 500, 0.005, 0.2, 0.03).Values();
        var model = Forecasting.Ets.Fit(y, 12, EtsSpec.Parse("MAdM"));
        Assert.Equal("ETS(M,Ad,M)", model.ToString());
        Assert.NotNull(model.Beta);
        Assert.NotNull(model.Gamma);
        Assert.InRange(model.Phi!.Value, 0.8, 0.98);
        Assert.InRange(model.Alpha, 1e-4, 0.9999);
        Assert.True(model.Beta <= model.Alpha);
        Assert.True(model.Gamma <= 1 - model.Alpha);
        Assert.Equal(12, model.InitialSeasonal.Count);
        Assert.Equal(12, model.InitialSeasonal.Sum(), 1e-9);
        Assert.Equal(4 + 2 + 11, model.ParameterCount);
        Assert.Equal(72, model.Count);
        Assert.Equal(72, model.Fitted.Count);
        for (var t = 0; t < y.Length; t++)
        {
            Assert.Equal(y[t], model.Fitted[t] * (1 + model.Residuals[t]), 1e-6 * y[t]);
        }

        Assert.True(model.Aicc > model.Aic);
        var n = 72.0;
        var k = model.ParameterCount + 1.0;
        Assert.Equal(model.Aic + (2 * k * (k + 1) / (n - k - 1)), model.Aicc, 1e-9);
        Assert.Equal((-2 * model.LogLikelihood) + (Math.Log(n) * k), model.Bic, 1e-9);
    }

    [Fact]
    public void Weekly_seasonality_with_period_52_is_fitted()
    {
        // Three years of weekly sales with a Q4 peak (weeks 45-51 at 2.5 times the base) and 5% noise. (A smooth
        // sine would not do: a damped local trend follows it nearly as well with 50 fewer parameters.)
        var random = new Random(5);
        var y = new double[156];
        for (var t = 0; t < y.Length; t++)
        {
            var week = t % 52;
            y[t] = 200 * (week is >= 44 and <= 50 ? 2.5 : 1) * (1 + (0.05 * (random.NextDouble() - 0.5)));
        }

        var model = Forecasting.Ets.FitAuto(y, 52);
        Assert.True(model.Spec.HasSeason, model.Spec.ToString());
        Assert.Equal(52, model.InitialSeasonal.Count);
        var forecast = model.Forecast(52);
        var peak = Array.IndexOf(forecast.Mean.ToArray(), forecast.Mean.Max());
        Assert.InRange(peak, 44, 50);

        var nonSeasonal = Forecasting.Ets.FitAuto(y, 52, new EtsOptions { AllowLongSeasons = false });
        Assert.False(nonSeasonal.Spec.HasSeason);
    }

    [Fact]
    public void Non_positive_data_gets_an_additive_error_model()
    {
        var y = new SyntheticSeries(9, 48, 12, 10, 0, 0.5, 0.2).Values().Select(v => v - 10).ToArray();
        Assert.Contains(y, v => v <= 0);
        var model = Forecasting.Ets.FitAuto(y, 12);
        Assert.Equal(EtsError.Additive, model.Spec.Error);
        Assert.NotEqual(EtsSeason.Multiplicative, model.Spec.Season);
    }

    [Fact]
    public void Options_steer_the_selection()
    {
        var y = new SyntheticSeries(21, 96, 12, 300, 0.01, 0.3, 0.03).Values();
        var additive = Forecasting.Ets.FitAuto(y, 12, new EtsOptions { AdditiveOnly = true });
        Assert.False(additive.Spec.IsMultiplicative);
        var undamped = Forecasting.Ets.FitAuto(y, 12, new EtsOptions { AllowDamped = false, Criterion = EtsInformationCriterion.Bic });
        Assert.False(undamped.Spec.Damped);
    }

    [Fact]
    public void Weekly_class3_intervals_agree_with_simulation()
    {
        var random = new Random(17);
        var y = new double[156];
        for (var t = 0; t < y.Length; t++)
        {
            var week = t % 52;
            y[t] = 100 * (1 + (0.002 * t)) * (week is >= 44 and <= 50 ? 2 : 1) * (1 + (0.1 * (random.NextDouble() - 0.5)));
        }

        foreach (var spec in new[] { EtsSpec.Parse("MNM"), EtsSpec.Parse("MAdM") })
        {
            var model = Forecasting.Ets.Fit(y, 52, spec);
            var analytic = model.Forecast(52, 0.8).IntervalAt(0.8)!;
            var simulated = model.Forecast(52, new EtsOptions { SimulateIntervals = true, SimulationPaths = 20000 }, 0.8).IntervalAt(0.8)!;
            for (var h = 0; h < 52; h++)
            {
                var ratio = (simulated.Upper[h] - simulated.Lower[h]) / (analytic.Upper[h] - analytic.Lower[h]);
                Assert.InRange(ratio, 0.9, 1.1);
            }
        }
    }

    [Fact]
    public void Restarts_never_lower_the_likelihood()
    {
        foreach (var id in new[] { "USAccDeaths", "WWWusage", "JohnsonJohnson" })
        {
            var s = ClassicData.All[id];
            var spec = EtsSpec.Parse(s.RModel);
            var plain = Forecasting.Ets.Fit(s.Train, s.Frequency, spec);
            var restarted = Forecasting.Ets.Fit(s.Train, s.Frequency, spec, new EtsOptions { Restarts = 2 });
            Assert.True(restarted.LogLikelihood >= plain.LogLikelihood - 1e-9, $"{id}: {restarted.LogLikelihood} < {plain.LogLikelihood}");
        }
    }

    [Fact]
    public void Fits_in_parallel_equal_fits_in_sequence()
    {
        var series = ClassicData.All.Values.OrderBy(s => s.Id, StringComparer.Ordinal).ToArray();
        var sequential = series.Select(s => Forecasting.Ets.FitAuto(s.Train, s.Frequency).Forecast(s.Horizon)).ToArray();
        var parallel = new Forecast[series.Length];
        Parallel.For(0, series.Length, i => parallel[i] = Forecasting.Ets.FitAuto(series[i].Train, series[i].Frequency).Forecast(series[i].Horizon));
        for (var i = 0; i < series.Length; i++)
        {
            Assert.Equal(sequential[i].Method, parallel[i].Method);
            Assert.Equal(sequential[i].Mean, parallel[i].Mean);
            Assert.Equal(sequential[i].IntervalAt(0.95)!.Upper, parallel[i].IntervalAt(0.95)!.Upper);
        }
    }

    /// <summary>
    /// The analytic classes agree with 20,000 simulated paths (an independent route to the same distribution), also
    /// around h = m where the seasonal smoothing first feeds back: c_j = α + βφ_j + γ·[j ≡ 0 mod m] (Hyndman et al.
    /// 2008, Table 6.1). R's class1 puts γ on the second seasonal state when there is no trend, which shifts that
    /// term to j ≡ −1; with a small γ the difference is invisible, with these (γ ≈ 0.8) it would move the width at
    /// h = 4 by some 20%. Observed agreement: within 2.5% at every step; 5% allowed for Monte Carlo error.
    /// </summary>
    [Theory]
    [InlineData("ANA")]
    [InlineData("AAdA")]
    [InlineData("MNA")]
    [InlineData("MAA")]
    public void Analytic_intervals_agree_with_simulation(string form)
    {
        var spec = EtsSpec.Parse(form);
        var y = EvolvingSeries.Create(31, 80, 4);
        var model = Forecasting.Ets.Fit(y, 4, spec);
        Assert.True(model.Gamma > 0.5, $"γ = {model.Gamma}: the data should make the seasonal term matter");
        var analytic = model.Forecast(12, 0.8).IntervalAt(0.8)!;
        var simulated = model.Forecast(12, new EtsOptions { SimulateIntervals = true, SimulationPaths = 20000 }, 0.8).IntervalAt(0.8)!;
        for (var h = 0; h < 12; h++)
        {
            var ratio = (simulated.Upper[h] - simulated.Lower[h]) / (analytic.Upper[h] - analytic.Lower[h]);
            Assert.InRange(ratio, 0.95, 1.05);
        }
    }
}
