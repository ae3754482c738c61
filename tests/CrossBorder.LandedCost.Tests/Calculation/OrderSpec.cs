using CrossBorder.Tax;
using NodaTime;
using NodaTime.Text;

namespace CrossBorder.LandedCost.Tests.Calculation;

/// <summary>
/// An order for the tests, with defaults a test overrides with <c>with</c>: a courier DDP consignment from China to
/// Germany on 2026-03-01, result in EUR, no freight. <see cref="Build"/> makes the <see cref="LandedCostOrder"/>.
/// </summary>
public sealed record OrderSpec
{
    public string Date { get; init; } = "2026-03-01";

    public string Currency { get; init; } = "EUR";

    public string Origin { get; init; } = "CN";

    public string Destination { get; init; } = "DE";

    public string? Subdivision { get; init; }

    public ShippingMode Mode { get; init; } = ShippingMode.Courier;

    public Incoterm Incoterm { get; init; } = Incoterm.Ddp;

    public Party? Importer { get; init; }

    public string[] Registrations { get; init; } = [];

    public CustomsEntry? Entry { get; init; }

    public BuyerType BuyerType { get; init; } = BuyerType.Consumer;

    public SalesChannel Channel { get; init; } = SalesChannel.OwnStore;

    /// <summary>Rates as (base, quote, rate): 1 base = rate quote.</summary>
    public (string Base, string Quote, decimal Rate)[] Rates { get; init; } = [];

    /// <summary>Freight, in <see cref="FreightCurrency"/> (the result's currency when null).</summary>
    public decimal Freight { get; init; }

    public decimal Insurance { get; init; }

    public string? FreightCurrency { get; init; }

    public AllocationMethod Allocation { get; init; } = AllocationMethod.ByValue;

    public OrderCharge[] Charges { get; init; } = [];

    /// <summary>What the buyer is charged for delivery, in the currency of the lines; none when null.</summary>
    public decimal? ShippingCharged { get; init; }

    public LandedCostLine[] Lines { get; init; } = [];

    public LocalDate LocalDate => LocalDatePattern.Iso.Parse(Date).Value;

    public LandedCostOrder Build()
    {
        var date = LocalDate;
        var freightCurrency = CrossBorder.Currency.FromCode(FreightCurrency ?? Currency);
        return new LandedCostOrder(
            date,
            CrossBorder.Currency.FromCode(Currency),
            CountryCode.FromAlpha2(Origin),
            new Destination(CountryCode.FromAlpha2(Destination), Subdivision),
            Mode,
            Incoterm,
            Lines,
            Money.Of(Freight, freightCurrency),
            Money.Of(Insurance, freightCurrency))
        {
            ImporterOfRecord = Importer,
            SellerRegistrations = Registrations,
            Entry = Entry,
            BuyerType = BuyerType,
            Channel = Channel,
            Rates = [.. Rates.Select(r => new ExchangeRate(CrossBorder.Currency.FromCode(r.Base), CrossBorder.Currency.FromCode(r.Quote), r.Rate, date))],
            Allocation = Allocation,
            Charges = Charges,
            ShippingCharged = ShippingCharged is { } s ? Money.Of(s, Lines[0].UnitValue.Currency) : null,
        };
    }

    public LandedCostResult Calculate(LandedCostCalculator? calculator = null) => (calculator ?? LandedCostCalculator.Default).Calculate(Build());

    /// <summary>A line of <paramref name="quantity"/> items at <paramref name="unitValue"/>, with a known ad valorem duty rate when given.</summary>
    public static LandedCostLine Line(string sku, string hsCode, string origin, decimal quantity, decimal unitValue, string currency, decimal? dutyPercent = null, decimal? weightKg = null) =>
        new(sku, hsCode, CountryCode.FromAlpha2(origin), quantity, Money.Of(unitValue, currency), weightKg)
        {
            DutyRate = dutyPercent is { } d ? new DutyRate(Percentage.FromPercent(d)) : null,
        };
}

/// <summary>Short money literals for the assertions.</summary>
internal static class M
{
    public static Money Of(decimal amount, string currency) => Money.Of(amount, currency);

    public static Money Eur(decimal amount) => Money.Of(amount, "EUR");
}
