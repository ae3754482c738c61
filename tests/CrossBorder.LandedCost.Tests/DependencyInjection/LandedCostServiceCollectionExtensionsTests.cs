using CrossBorder.Tax;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;

namespace CrossBorder.LandedCost.Tests.DependencyInjection;

public sealed class LandedCostServiceCollectionExtensionsTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("landed-cost-di-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Defaults_register_the_embedded_data_and_the_tax_calculator()
    {
        using var provider = new ServiceCollection().AddCrossBorderLandedCost().BuildServiceProvider(validateScopes: true);

        var calculator = provider.GetRequiredService<LandedCostCalculator>();
        Assert.Same(Tariff.Sample, calculator.Tariff);
        Assert.Same(CustomsFeeSchedule.Default, calculator.Fees);
        Assert.Same(LandedCostRules.Default, calculator.Rules);
        Assert.Same(provider.GetRequiredService<TaxCalculator>(), calculator.Tax);
        Assert.Equal(new LandedCostSettings(), calculator.Settings);
    }

    [Fact]
    public void A_hosts_tariff_provider_wins_and_calling_twice_registers_once()
    {
        var hosts = new Tariff([]);
        var services = new ServiceCollection().AddSingleton<ITariffProvider>(hosts).AddCrossBorderLandedCost().AddCrossBorderLandedCost(o => o.FlatDutyScope = FlatDutyScope.AllConsumerSales);

        Assert.Single(services, d => d.ServiceType == typeof(LandedCostCalculator));
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<LandedCostOptions>));
        using var provider = services.BuildServiceProvider();
        var calculator = provider.GetRequiredService<LandedCostCalculator>();
        Assert.Same(hosts, calculator.Tariff);
        Assert.Equal(FlatDutyScope.AllConsumerSales, calculator.Settings.FlatDutyScope);
    }

    [Fact]
    public void Files_bind_from_configuration_a_tariff_replaces_the_sample_and_a_schedule_adds_a_fiscal_year()
    {
        var tariff = Path.Combine(_directory, "tariff.csv");
        File.WriteAllText(tariff, "area,code,ad_valorem,specific,specific_unit,currency,minimum,maximum,origins,layer,from,to,source\nUS,851840,4.9%,,,,,,,,2020-01-01,,test tariff\n");
        var fees = Path.Combine(_directory, "fees.json");
        File.WriteAllText(fees, """
            {"format":"crossborder-customs-fees/1","fees":[
              {"code":"US-MPF-INFORMAL","area":"US","kind":"per-shipment","amount":"9.99","currency":"USD","entry":"informal","from":"2026-10-01","to":"2027-09-30","source":"a host's FY2027 row"}]}
            """);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["LandedCost:IncludeSampleTariff"] = "false",
            ["LandedCost:TariffFiles:0"] = tariff,
            ["LandedCost:FeeScheduleFiles:0"] = fees,
            ["LandedCost:IncompleteCodes"] = "Highest",
        }).Build();

        using var provider = new ServiceCollection().AddCrossBorderLandedCost(configuration.GetSection("LandedCost")).BuildServiceProvider();
        var calculator = provider.GetRequiredService<LandedCostCalculator>();

        var tariffLine = Assert.Single(((Tariff)calculator.Tariff).Lines);
        Assert.Equal("test tariff", tariffLine.Source);
        Assert.Equal(IncompleteCodePolicy.Highest, calculator.Settings.IncompleteCodes);
        var shipment = new FeeShipment(new LocalDate(2026, 12, 3), ShippingMode.Air, CustomsEntry.Informal, CountryCode.Parse("CN"), 1, Money.Of(100m, "USD"), Money.Of(100m, "USD"), Money.Of(100m, "USD"));
        var fee = Assert.Single(calculator.Fees.FeesFor("US", shipment, _ => true, [], MidpointRounding.AwayFromZero));
        Assert.Equal(Money.Of(9.99m, "USD"), fee.Amount);
    }

    [Fact]
    public void A_malformed_file_stops_the_host_at_start_up_naming_it()
    {
        var tariff = Path.Combine(_directory, "bad.csv");
        File.WriteAllText(tariff, "area,code\nUS,85\n");
        using var provider = new ServiceCollection().AddCrossBorderLandedCost(o => o.TariffFiles.Add(tariff)).BuildServiceProvider();

        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<LandedCostOptions>>().Value);

        Assert.Contains("bad.csv", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rounding_the_law_does_not_know_is_refused()
    {
        using var provider = new ServiceCollection().AddCrossBorderLandedCost(o => o.Rounding = MidpointRounding.ToZero).BuildServiceProvider();

        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<LandedCostOptions>>().Value);

        Assert.Contains("Rounding ToZero", e.Message, StringComparison.Ordinal);
    }
}
