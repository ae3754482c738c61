using NodaTime;

namespace CrossBorder.LandedCost.Tests.Fees;

public class CustomsFeeScheduleTests
{
    private static readonly CustomsFeeSchedule Fees = CustomsFeeSchedule.Default;
    private static readonly LocalDate Fy2026 = new(2026, 3, 1);

    private static Money Usd(decimal amount) => Money.Of(amount, "USD");

    /// <summary>The fees of a one-line shipment from China valued at <paramref name="value"/> (customs value, intrinsic value and CIF alike).</summary>
    private static IReadOnlyList<CustomsFee> For(string area, LocalDate date, ShippingMode mode, CustomsEntry entry, Money value) =>
        Fees.FeesFor(area, new FeeShipment(date, mode, entry, CountryCode.Parse("CN"), 1, value, value, value), _ => true, [], MidpointRounding.AwayFromZero);

    [Theory]
    // FY2026 MPF (CBP Dec. 25-10, 90 FR 34665): 0.3464%, minimum USD 33.58, maximum USD 651.50. The amounts below are
    // worked here from those three numbers: 0.3464% × 20,000.00 = 69.28; × 5,000.00 = 17.32 → 33.58; × 500,000.00 =
    // 1,732.00 → 651.50.
    [InlineData(20_000.00, 69.28)]
    [InlineData(5_000.00, 33.58)]
    [InlineData(500_000.00, 651.50)]
    public void The_merchandise_processing_fee_is_held_between_its_fiscal_years_bounds(double value, double fee)
    {
        var fees = For("US", Fy2026, ShippingMode.Air, CustomsEntry.Formal, Usd((decimal)value));

        var mpf = Assert.Single(fees);
        Assert.Equal(("US-MPF", Usd((decimal)fee)), (mpf.Code, mpf.Amount));
        Assert.Contains("90 FR 34665", mpf.Rule.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void The_previous_fiscal_year_has_its_own_bounds()
    {
        // FY2025 (89 FR 59126): minimum USD 32.71; 0.3464% × 5,000.00 = 17.32 → 32.71.
        var fee = Assert.Single(For("US", new LocalDate(2025, 9, 30), ShippingMode.Air, CustomsEntry.Formal, Usd(5_000m)));

        Assert.Equal(Usd(32.71m), fee.Amount);
        Assert.EndsWith("raised to the minimum USD 32.71", fee.Working, StringComparison.Ordinal);
    }

    [Fact]
    public void Ocean_freight_adds_the_harbor_maintenance_fee_and_informal_entries_pay_the_flat_fee()
    {
        // HMF 0.125% × 20,000.00 = 25.00 on top of the MPF; an informal entry pays USD 2.69 (FY2026) and no HMF by air.
        var ocean = For("US", Fy2026, ShippingMode.Ocean, CustomsEntry.Formal, Usd(20_000m));
        var informal = For("US", Fy2026, ShippingMode.Air, CustomsEntry.Informal, Usd(800m));

        Assert.Equal([("US-HMF", Usd(25.00m)), ("US-MPF", Usd(69.28m))], ocean.Select(f => (f.Code, f.Amount)).OrderBy(f => f.Code, StringComparer.Ordinal));
        Assert.Equal(("US-MPF-INFORMAL", Usd(2.69m)), (Assert.Single(informal).Code, informal[0].Amount));
        Assert.Empty(For("DE", Fy2026, ShippingMode.Air, CustomsEntry.Formal, Usd(1m)));
    }

    [Fact]
    public void A_date_past_the_last_fiscal_year_is_an_error_not_last_years_values()
    {
        var e = Assert.Throws<InvalidOperationException>(() => For("US", new LocalDate(2026, 10, 1), ShippingMode.Air, CustomsEntry.Formal, Usd(1_000m)));

        Assert.StartsWith("No US-MPF data for 2026-10-01: the schedule covers 2024-10-01..2025-09-30, 2025-10-01..2026-09-30.", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"format":"crossborder-customs-fees/1","fees":[{"code":"X","area":"US","kind":"ad-valorem","currency":"USD","from":"2025-01-01","source":"s"}]}""", "an ad valorem fee needs a rate")]
    [InlineData("""{"format":"crossborder-customs-fees/1","fees":[{"code":"X","area":"US","kind":"flat","amount":"1","currency":"USD","from":"2025-01-01","source":"s"}]}""", "'flat' is not ad-valorem, per-shipment or per-line")]
    [InlineData("""{"format":"crossborder-customs-fees/1","fees":[{"code":"X","area":"US","kind":"per-shipment","amount":"1","currency":"USD","from":"2025-01-01","source":"s"},{"code":"X","area":"US","kind":"per-shipment","amount":"2","currency":"USD","from":"2025-06-01","source":"s"}]}""", "overlap")]
    [InlineData("""{"format":"crossborder-customs-fees/1","fees":[],"fees":[]}""", "the property 'fees' appears twice")]
    public void A_malformed_schedule_is_an_error_naming_the_fee(string json, string mention)
    {
        var e = Assert.Throws<FormatException>(() => CustomsFeeSchedule.Parse(json, "fees.json"));

        Assert.Contains(mention, e.Message, StringComparison.Ordinal);
        Assert.StartsWith("fees.json", e.Message, StringComparison.Ordinal);
    }
}
