using CrossBorder.Tax;
using CrossBorder.LandedCost;
using NodaTime;

namespace CrossBorder.Benchmarks;

/// <summary>
/// Orders for the landed-cost benchmarks: the three fixed cases of <see cref="LandedCostBenchmarks"/> and, for the batch
/// modes, a varied order per index (the same order for the same index on every run, whatever the thread).
/// </summary>
internal static class LandedCostOrders
{
    private static readonly Currency Eur = Currency.FromCode("EUR");
    private static readonly Currency Usd = Currency.FromCode("USD");
    private static readonly Currency Gbp = Currency.FromCode("GBP");
    private static readonly CountryCode China = CountryCode.Parse("CN");
    private static readonly CountryCode Mexico = CountryCode.Parse("MX");

    // Known rates for lines that carry one: ad valorem, specific per kg or per item, compound with a minimum or a maximum.
    private static readonly DutyRate[] KnownRates =
    [
        new(Percentage.FromPercent(8m)),
        new(specific: Money.Of(1.20m, "USD"), specificUnit: SpecificUnit.Kilogram),
        new(Percentage.FromPercent(5m), Money.Of(0.35m, "USD"), SpecificUnit.Item, minimum: Money.Of(2.00m, "USD")),
        new(Percentage.FromPercent(12m), maximum: Money.Of(9.00m, "USD"), specific: Money.Of(0.10m, "USD"), specificUnit: SpecificUnit.Kilogram),
    ];

    // Complete codes that have a line of their own in the sample tariff (Data/sample-tariff.csv), per area.
    private static readonly string[] EuCodes = ["851830", "851840", "610910", "620462", "64029910", "42022210", "42022290", "95030041", "711719", "94054231", "330499"];
    private static readonly string[] GbCodes = ["851830", "610910", "62046231", "64029939", "42022210", "95030021", "711719", "94054210", "330499"];
    private static readonly string[] UsCodes = ["851830", "851840", "61091000", "42022215", "95030000", "330499", "64029904", "64029908"];

    /// <summary>Which of the fixed cases.</summary>
    public enum Case
    {
        /// <summary>Into Germany on 2026-07-15, no IOSS, above €150: tariff duty (the €150 duty relief is gone from 1 July 2026) and import VAT at the border.</summary>
        EuImport,

        /// <summary>Into Germany on 2026-07-15 under IOSS, at most €150: the €3 flat duty per subheading, VAT collected at sale.</summary>
        Ioss,

        /// <summary>Into the United States on 2026-03-02 (fiscal year 2026), a formal entry by air: tariff duty and the MPF at its minimum.</summary>
        UsFormal,
    }

    /// <summary>One of the fixed cases with <paramref name="lines"/> lines (1 to 10).</summary>
    public static LandedCostOrder Fixed(Case which, int lines) => which switch
    {
        // Lines of USD 30.00 to 39.00 × 1–3, invoiced in USD, at EUR 1 = USD 1.1650: far above €150 with 10 lines; the
        // one-line order is USD 300.00 so that it is above too.
        Case.EuImport => new LandedCostOrder(
            new LocalDate(2026, 7, 15), Eur, China, new Destination(CountryCode.Parse("DE"), Postcode: "10115"), ShippingMode.Courier, Incoterm.Dap,
            Lines(EuCodes, lines, i => lines == 1 ? 300m : 30m + i, i => 1 + (i % 3), Usd),
            Money.Of(25.00m, Usd), Money.Of(2.50m, Usd))
        {
            Rates = [new ExchangeRate(Eur, Usd, 1.1650m, new LocalDate(2026, 7, 15))],
            ShippingCharged = Money.Of(0m, Usd),
        },

        // Lines of EUR 4.00 to 13.00 × 1, at most EUR 85.00 in all, over several subheadings, DDP under IOSS.
        Case.Ioss => new LandedCostOrder(
            new LocalDate(2026, 7, 15), Eur, China, new Destination(CountryCode.Parse("DE"), Postcode: "10115"), ShippingMode.Courier, Incoterm.Ddp,
            Lines(EuCodes, lines, i => 4m + i, _ => 1, Eur),
            Money.Of(6.00m, Eur), Money.Of(0m, Eur))
        {
            ImporterOfRecord = Party.Seller,
            SellerRegistrations = ["EU-IOSS"],
            ShippingCharged = Money.Of(0m, Eur),
        },

        // Lines of USD 120.00 to 210.00 × 1–3 by air, formal entry; the MPF is 0.3464% of the value, held between
        // USD 33.58 and 651.50 in FY2026.
        Case.UsFormal => new LandedCostOrder(
            new LocalDate(2026, 3, 2), Usd, China, new Destination(CountryCode.Parse("US"), "NY", "10001"), ShippingMode.Air, Incoterm.Ddp,
            Lines(UsCodes, lines, i => 120m + (10m * i), i => 1 + (i % 3), Usd),
            Money.Of(80.00m, Usd), Money.Of(5.00m, Usd))
        {
            ImporterOfRecord = Party.Seller,
            Entry = CustomsEntry.Formal,
        },
        _ => throw new ArgumentOutOfRangeException(nameof(which)),
    };

    /// <summary>
    /// A varied order for <paramref name="index"/>: Germany, France, the Netherlands, the UK, the US, Canada or
    /// Australia, 1 to 10 lines (some with a known duty rate, some US lines of Mexican origin), sold in the own store or
    /// through a marketplace, to a consumer or a business,
    /// with or without IOSS, post, courier, air or ocean, DAP or DDP, invoiced in the result's currency or in USD, on a day
    /// from 2026-01-01 (where the sample tariff begins) to 2026-09-30 (where the US fiscal year 2026 ends). Deterministic: the index is the seed.
    /// </summary>
    public static LandedCostOrder Varied(int index)
    {
        var random = new Random(index);
        var date = new LocalDate(2026, 1, 1).PlusDays(random.Next(0, 273));
        var lines = random.Next(1, 11);
        var mode = (ShippingMode)random.Next(0, 4);
        var ddp = random.Next(0, 2) == 0;
        var destination = random.Next(0, 7);
        var (country, currency, codes, postcode) = destination switch
        {
            0 => ("DE", Eur, EuCodes, "10115"),
            1 => ("FR", Eur, EuCodes, "75001"),
            2 => ("NL", Eur, EuCodes, "1012"),
            3 => ("GB", Gbp, GbCodes, "SW1A 1AA"),
            4 => ("US", Usd, UsCodes, "10001"),
            5 => ("CA", Currency.FromCode("CAD"), EuCodes, "M5V 2T6"),
            _ => ("AU", Currency.FromCode("AUD"), EuCodes, "2000"),
        };

        // The sample tariff has no Canadian or Australian lines: there every line has a known rate, and elsewhere one in
        // eight, some compound with a specific part in USD and a minimum (converted into the customs currency).
        var known = country is "CA" or "AU";
        var invoice = random.Next(0, 3) == 0 ? currency : Usd;
        var cheap = random.Next(0, 2) == 0;
        var unit = new decimal[lines];
        var quantity = new int[lines];
        var rate = new DutyRate?[lines];
        var origin = new CountryCode[lines];
        for (var i = 0; i < lines; i++)
        {
            unit[i] = (cheap ? random.Next(100, 2_000) : random.Next(1_000, 40_000)) / 100m;
            quantity[i] = random.Next(1, 4);
            rate[i] = (known || random.Next(0, 8) == 0) ? KnownRates[random.Next(0, KnownRates.Length)] : null;
            origin[i] = country == "US" && random.Next(0, 4) == 0 ? Mexico : China;
        }

        var freight = random.Next(0, 5_000) / 100m;
        var insurance = random.Next(0, 4) == 0 ? random.Next(0, 500) / 100m : 0m;
        var registrations = currency == Eur && random.Next(0, 2) == 0 ? ["EU-IOSS"] : Array.Empty<string>();
        var rates = new List<ExchangeRate>();
        if (invoice != currency)
        {
            rates.Add(new ExchangeRate(currency, Usd, currency == Eur ? 1.1650m : currency == Gbp ? 1.3420m : currency.Code == "CAD" ? 0.7300m : 0.6530m, date));
        }
        else if (currency != Usd && Array.Exists(rate, r => r?.Specific is not null))
        {
            rates.Add(new ExchangeRate(Usd, currency, currency == Eur ? 0.8580m : currency == Gbp ? 0.7450m : currency.Code == "CAD" ? 1.3700m : 1.5310m, date));
        }

        var order = new LandedCostOrder(
            date, currency, China, new Destination(CountryCode.Parse(country), country switch { "US" => "NY", "CA" => "ON", _ => null }, postcode), mode, ddp ? Incoterm.Ddp : Incoterm.Dap,
            Lines(codes, lines, i => unit[i], i => quantity[i], invoice, offset: random.Next(0, codes.Length), rates: rate, origins: origin),
            Money.Of(freight, invoice), Money.Of(insurance, invoice))
        {
            ImporterOfRecord = ddp ? Party.Seller : Party.Buyer,
            SellerRegistrations = registrations,
            Entry = country == "US" ? (random.Next(0, 2) == 0 ? CustomsEntry.Formal : CustomsEntry.Informal) : null,
            Rates = rates,
            ShippingCharged = country == "US" ? null : Money.Of(0m, invoice),
            Allocation = (AllocationMethod)random.Next(0, 3),
            Channel = random.Next(0, 4) == 0 ? SalesChannel.Marketplace : SalesChannel.OwnStore,
            BuyerType = random.Next(0, 6) == 0 ? BuyerType.Business : BuyerType.Consumer,
        };
        return order;
    }

    private static LandedCostLine[] Lines(string[] codes, int count, Func<int, decimal> unitValue, Func<int, int> quantity, Currency currency, int offset = 0, DutyRate?[]? rates = null, CountryCode[]? origins = null)
    {
        var lines = new LandedCostLine[count];
        for (var i = 0; i < count; i++)
        {
            lines[i] = new LandedCostLine($"SKU-{i}", codes[(offset + i) % codes.Length], origins?[i] ?? China, quantity(i), Money.Of(unitValue(i), currency), 0.2m + (0.1m * i))
            {
                DutyRate = rates?[i],
            };
        }

        return lines;
    }
}
