using NodaTime;

namespace CrossBorder.Tax.Tests.Helpers;

/// <summary>Builds sales for the calculator tests with defaults that each test overrides.</summary>
public static class Sales
{
    public static TaxSale Of(
        string date,
        string shipFrom,
        string buyer,
        (string Sku, decimal Quantity, decimal Price, string? Category)[] lines,
        string currency = "EUR",
        decimal shipping = 0m,
        string seller = "CN",
        string[]? registrations = null,
        SalesChannel channel = SalesChannel.OwnStore,
        BuyerType type = BuyerType.Consumer,
        string? subdivision = null,
        string? vatId = null,
        bool pricesIncludeTax = false,
        ExchangeRate[]? rates = null,
        bool belowEuThreshold = false,
        bool creditNote = false,
        decimal? cbecAnnual = null)
    {
        var day = NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value;
        return new TaxSale(
            day,
            new TaxSeller(CountryCode.Parse(seller), registrations ?? []),
            CountryCode.Parse(shipFrom),
            channel,
            new TaxBuyer(CountryCode.Parse(buyer), type, subdivision, vatId: vatId),
            lines.Select(l => new TaxSaleLine(l.Sku, l.Quantity, Money.Of(l.Price, currency), l.Category is null ? null : TaxCategory.Parse(l.Category))),
            Money.Of(shipping, currency),
            pricesIncludeTax)
        {
            Rates = rates ?? [],
            SellerBelowEuThreshold = belowEuThreshold,
            IsCreditNote = creditNote,
            CbecAnnualPurchases = cbecAnnual is { } a ? Money.Of(a, "CNY") : null,
        };
    }

    public static ExchangeRate Rate(string from, string to, decimal rate, string date = "2025-07-01") =>
        new(Currency.FromCode(from), Currency.FromCode(to), rate, NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value);

    public static LocalDate Day(string date) => NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value;
}
