using NodaTime;

namespace CrossBorder.Tests;

public class SpecialTerritoryTests
{
    private static readonly LocalDate Today = new(2026, 11, 25);

    [Theory]
    [InlineData("ES-CN", VatTerritoryTreatment.OutsideVatTerritory, "ES")]
    [InlineData("AX", VatTerritoryTreatment.OutsideVatTerritory, "FI")]
    [InlineData("ES-CE", VatTerritoryTreatment.OutsideVatAndCustomsTerritory, "ES")]
    [InlineData("DE-HELGOLAND", VatTerritoryTreatment.OutsideVatAndCustomsTerritory, "DE")]
    [InlineData("MC", VatTerritoryTreatment.TreatedAsPartOfCountry, "FR")]
    [InlineData("GB-NIR", VatTerritoryTreatment.InsideEuVatTerritoryForGoods, "GB")]
    public void Known_territories_have_their_treatment_and_source(string code, VatTerritoryTreatment treatment, string country)
    {
        var territory = SpecialTerritory.Find(code, Today);

        Assert.NotNull(territory);
        Assert.Equal(treatment, territory.Treatment);
        Assert.Equal(country, territory.Country.Alpha2);
        Assert.NotEmpty(territory.Source);
    }

    [Fact]
    public void Northern_Ireland_joined_the_EU_VAT_area_for_goods_on_2021_01_01()
    {
        Assert.Null(SpecialTerritory.Find("GB-NIR", new LocalDate(2020, 12, 31)));
        Assert.NotNull(SpecialTerritory.Find("gb-nir", new LocalDate(2021, 1, 1)));
    }

    [Fact]
    public void Campione_moved_into_the_customs_union_on_2020_01_01()
    {
        Assert.Equal(VatTerritoryTreatment.OutsideVatAndCustomsTerritory, SpecialTerritory.Find("IT-CAMPIONE", new LocalDate(2019, 12, 31))?.Treatment);
        Assert.Equal(VatTerritoryTreatment.OutsideVatTerritory, SpecialTerritory.Find("IT-CAMPIONE", new LocalDate(2020, 1, 1))?.Treatment);
    }

    [Fact]
    public void Mayotte_is_special_from_2014_and_Saint_Barthelemy_until_2011()
    {
        Assert.Null(SpecialTerritory.Find("YT", new LocalDate(2013, 12, 31)));
        Assert.NotNull(SpecialTerritory.Find("YT", new LocalDate(2014, 1, 1)));
        Assert.NotNull(SpecialTerritory.Find("BL", new LocalDate(2011, 12, 31)));
        Assert.Null(SpecialTerritory.Find("BL", new LocalDate(2012, 1, 1)));
    }

    [Fact]
    public void No_territory_has_two_treatments_on_one_day()
    {
        foreach (var group in SpecialTerritory.All.GroupBy(t => t.Code))
        {
            _ = Timeline<VatTerritoryTreatment>.Create(group.Select(t => new EffectiveValue<VatTerritoryTreatment>(t.Period, t.Treatment)));
        }
    }

    [Fact]
    public void A_territory_must_belong_to_a_country() =>
        Assert.Throws<ArgumentException>(() => new SpecialTerritory("X", "X", default, VatTerritoryTreatment.OutsideVatTerritory, EffectivePeriod.Always, ""));
}
