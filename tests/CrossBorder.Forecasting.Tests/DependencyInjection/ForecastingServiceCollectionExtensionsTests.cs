using CrossBorder.Forecasting.Batch;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CrossBorder.Forecasting.Tests.DependencyInjection;

public class ForecastingServiceCollectionExtensionsTests
{
    private static readonly double[] Weekly = [5, 7, 6, 8, 9, 7, 6, 8, 10, 9, 8, 7, 9, 11, 10, 9];

    [Fact]
    public void Registers_the_selector_and_the_service_as_singletons()
    {
        using var provider = new ServiceCollection().AddCrossBorderForecasting().BuildServiceProvider(validateScopes: true);

        var auto = provider.GetRequiredService<AutoForecaster>();
        var service = provider.GetRequiredService<ForecastingService>();

        Assert.Same(auto, provider.GetRequiredService<AutoForecaster>());
        Assert.Same(service, provider.GetRequiredService<ForecastingService>());
        Assert.Equal(ForecastMethods.Auto, service.Method);
        Assert.Equal([0.8, 0.95], service.Levels);
        Assert.Equal(-1, service.MaxDegreeOfParallelism);
        Assert.Equal(8192, service.ChunkSize);
        Assert.Equal(AutoForecaster.Default.Forecast(Weekly, 1, 4).Mean, auto.Forecast(Weekly, 1, 4).Mean);
        Assert.Equal(AutoForecaster.Default.Forecast(Weekly, 1, 4).Mean, service.Forecast(Weekly, 1, 4).Mean);
    }

    [Fact]
    public void Calling_it_twice_registers_nothing_twice()
    {
        var once = new ServiceCollection().AddCrossBorderForecasting();
        var twice = new ServiceCollection().AddCrossBorderForecasting().AddCrossBorderForecasting();

        Assert.Equal(once.Count, twice.Count);
        Assert.Single(twice, d => d.ServiceType == typeof(AutoForecaster));
        Assert.Single(twice, d => d.ServiceType == typeof(ForecastingService));
        Assert.Single(twice, d => d.ServiceType == typeof(IValidateOptions<ForecastingOptions>));
    }

    [Fact]
    public void Every_overload_registers_the_same_services_once()
    {
        var configuration = Configuration(("Method", "naive"));
        var once = new ServiceCollection().AddCrossBorderForecasting();
        var all = new ServiceCollection()
            .AddCrossBorderForecasting(configuration)
            .AddCrossBorderForecasting(o => o.ChunkSize = 5)
            .AddCrossBorderForecasting()
            .AddCrossBorderForecasting(configuration);

        // Only the configuration each call brings is added again: two bindings (each an IConfigureOptions and a change
        // token source) and one action (an IConfigureOptions).
        var bindings = all.Where(d => d.ServiceType != typeof(IConfigureOptions<ForecastingOptions>) && d.ServiceType != typeof(IOptionsChangeTokenSource<ForecastingOptions>));
        Assert.Equal(once.Count, bindings.Count());
        Assert.Equal(3, all.Count(d => d.ServiceType == typeof(IConfigureOptions<ForecastingOptions>)));
        foreach (var type in new[] { typeof(AutoForecaster), typeof(ForecastingService), typeof(IValidateOptions<ForecastingOptions>) })
        {
            Assert.Single(all, d => d.ServiceType == type);
        }

        using var provider = all.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
        var service = provider.GetRequiredService<ForecastingService>();
        Assert.Equal("naive", service.Method);
        Assert.Equal(5, service.ChunkSize);
    }

    [Fact]
    public void Options_bind_from_configuration_and_replace_the_default_levels()
    {
        // The default levels are 0.8 and 0.95; a bound list replaces them (it used to be appended: 0.8, 0.95, 0.9).
        var configuration = Configuration(
            ("Method", "Theta"),
            ("Levels:0", "0.9"),
            ("MissingValues", "Zero"),
            ("RequireNonNegative", "false"),
            ("MinimumLength", "5"),
            ("EtsCriterion", "Bic"),
            ("MaxDegreeOfParallelism", "2"),
            ("ChunkSize", "64"));
        using var provider = new ServiceCollection().AddCrossBorderForecasting(configuration).BuildServiceProvider();

        provider.GetRequiredService<IStartupValidator>().Validate();
        var options = provider.GetRequiredService<IOptions<ForecastingOptions>>().Value;
        var service = provider.GetRequiredService<ForecastingService>();

        Assert.Equal([0.9], options.Levels!);
        Assert.Equal([0.9], service.Levels);
        Assert.Equal("theta", service.Method);
        Assert.Equal(MissingValuePolicy.Zero, service.Series.MissingValues);
        Assert.False(service.Series.RequireNonNegative);
        Assert.Equal(5, service.Series.MinimumLength);
        Assert.Equal(EtsInformationCriterion.Bic, service.Ets.Criterion);
        Assert.Equal(2, service.MaxDegreeOfParallelism);
        Assert.Equal(64, service.ChunkSize);
        Assert.Equal([0.9], service.Forecast(Weekly, 1, 3).Intervals.Select(i => i.Level));
    }

    [Fact]
    public void Binding_as_the_docs_say_also_replaces_the_default_levels()
    {
        var configuration = Configuration(("Levels:0", "0.5"), ("Levels:1", "0.99"));
        var services = new ServiceCollection().AddCrossBorderForecasting();
        services.Configure<ForecastingOptions>(configuration);
        using var provider = services.BuildServiceProvider();

        Assert.Equal([0.5, 0.99], provider.GetRequiredService<ForecastingService>().Levels);
    }

    [Fact]
    public void Without_levels_in_configuration_the_defaults_apply()
    {
        using var provider = new ServiceCollection().AddCrossBorderForecasting(Configuration(("Method", "naive"))).BuildServiceProvider();

        Assert.Null(provider.GetRequiredService<IOptions<ForecastingOptions>>().Value.Levels);
        Assert.Equal([0.8, 0.95], provider.GetRequiredService<ForecastingService>().Levels);
        Assert.Equal([0.8, 0.95], provider.GetRequiredService<AutoForecaster>().Forecast(Weekly, 1, 2).Intervals.Select(i => i.Level));
    }

    [Theory]
    [InlineData("Levels:0", "1.5", "holds 1.5")]
    [InlineData("Method", "arima", "'arima' is not a method")]
    [InlineData("ChunkSize", "0", "ChunkSize")]
    public void Invalid_configuration_fails_at_start_up(string key, string value, string reason)
    {
        using var provider = new ServiceCollection().AddCrossBorderForecasting(Configuration((key, value))).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_levels_mean_point_forecasts_only()
    {
        using var provider = new ServiceCollection().AddCrossBorderForecasting(o => o.Levels = []).BuildServiceProvider();

        provider.GetRequiredService<IStartupValidator>().Validate();
        Assert.Empty(provider.GetRequiredService<ForecastingService>().Levels);
        Assert.Empty(provider.GetRequiredService<ForecastingService>().Forecast(Weekly, 1, 3).Intervals);
        Assert.Empty(provider.GetRequiredService<AutoForecaster>().Forecast(Weekly, 1, 3).Intervals);
    }

    [Fact]
    public void A_second_call_still_applies_its_configuration()
    {
        using var provider = new ServiceCollection()
            .AddCrossBorderForecasting(o => o.Method = "naive")
            .AddCrossBorderForecasting(o => o.Levels = [0.9])
            .BuildServiceProvider();

        var service = provider.GetRequiredService<ForecastingService>();

        Assert.Equal("naive", service.Method);
        Assert.Equal([0.9], service.Levels);
    }

    [Fact]
    public void Options_map_to_the_domain_objects()
    {
        using var provider = new ServiceCollection()
            .AddCrossBorderForecasting(o =>
            {
                o.Method = "Naive";
                o.Levels = [0.5];
                o.MissingValues = MissingValuePolicy.Zero;
                o.MaxDegreeOfParallelism = 2;
                o.ChunkSize = 16;
            })
            .BuildServiceProvider();

        var service = provider.GetRequiredService<ForecastingService>();
        var forecast = service.Forecast([1, double.NaN, 3], 1, 2);

        Assert.Equal("naive", service.Method);
        Assert.Equal(2, service.MaxDegreeOfParallelism);
        Assert.Equal(16, service.ChunkSize);
        Assert.Equal([3, 3], forecast.Mean);
        Assert.Equal(FallbackReason.MissingValuesFilled, forecast.Reason);
        Assert.NotNull(forecast.IntervalAt(0.5));
        Assert.Null(forecast.IntervalAt(0.8));
    }

    [Fact]
    public void The_defaults_are_documented_values()
    {
        var options = new ForecastingOptions();

        Assert.Equal("auto", options.Method);
        Assert.Null(options.Levels); // the defaults, 0.8 and 0.95, applied when the options map to the services
        Assert.Equal(MissingValuePolicy.Interpolate, options.MissingValues);
        Assert.True(options.RequireNonNegative);
        Assert.True(options.TrimLeadingZeros);
        Assert.Equal(4, options.LeadingZeroRunMultiple);
        Assert.Equal(3, options.MinimumLength);
        Assert.True(options.DetectObsolescence);
        Assert.True(options.ClipNegativeForecasts);
        Assert.Equal(EtsInformationCriterion.Aicc, options.EtsCriterion);
        Assert.True(options.EtsAllowDamped);
        Assert.True(options.EtsAllowLongSeasons);
        Assert.False(options.EtsSimulateIntervals);
        Assert.Equal(-1, options.MaxDegreeOfParallelism);
        Assert.Equal(8192, options.ChunkSize);
    }

    public static TheoryData<Action<ForecastingOptions>, string> InvalidOptions => new()
    {
        { o => o.Method = "arima", "'arima' is not a method" },
        { o => o.Method = null!, "Method" },
        { o => o.Levels = [0.8, 1], "holds 1" },
        { o => o.Levels = [0], "holds 0" },
        { o => o.Levels = [double.NaN], "holds NaN" },
        { o => o.MinimumLength = 0, "MinimumLength" },
        { o => o.LeadingZeroRunMultiple = -1, "LeadingZeroRunMultiple" },
        { o => o.MaxDegreeOfParallelism = 0, "MaxDegreeOfParallelism is 0" },
        { o => o.MaxDegreeOfParallelism = -2, "MaxDegreeOfParallelism" },
        { o => o.ChunkSize = 0, "ChunkSize" },
        { o => o.MissingValues = (MissingValuePolicy)42, "MissingValues" },
        { o => o.EtsCriterion = (EtsInformationCriterion)42, "EtsCriterion" },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Invalid_options_fail_at_start_up(Action<ForecastingOptions> configure, string reason)
    {
        using var provider = new ServiceCollection().AddCrossBorderForecasting(configure).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ForecastingService>());
    }

    [Fact]
    public void Every_method_name_is_valid_options()
    {
        foreach (var name in ForecastMethods.Names)
        {
            using var provider = new ServiceCollection().AddCrossBorderForecasting(o => o.Method = name.ToUpperInvariant()).BuildServiceProvider();

            provider.GetRequiredService<IStartupValidator>().Validate();
            var series = new SeriesInput("a", [.. Weekly], 4);
            Assert.Equal(3, provider.GetRequiredService<ForecastingService>().Forecast(series, 3).Horizon);
        }
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => ForecastingServiceCollectionExtensions.AddCrossBorderForecasting(null!)).ParamName);
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => ForecastingServiceCollectionExtensions.AddCrossBorderForecasting(null!, _ => { })).ParamName);
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => ForecastingServiceCollectionExtensions.AddCrossBorderForecasting(null!, Configuration())).ParamName);
        Assert.Equal("configure", Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddCrossBorderForecasting((Action<ForecastingOptions>)null!)).ParamName);
        Assert.Equal("configuration", Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddCrossBorderForecasting((IConfiguration)null!)).ParamName);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}
