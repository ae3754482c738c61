// CrossBorder.Core by example. docs/core.md quotes each region marked with snippet comments; keep the
// regions short and self-contained, and the docs in step when you change one. Output is culture-explicit:
// FormattableString.Invariant for the console, a named culture where a culture matters.
using System.Globalization;
using System.Text.Json;
using CrossBorder;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using static System.FormattableString;

// <snippet:parse-add>
// The currency comes from the text (an ISO code or an unambiguous symbol), never from the culture;
// the culture only says how the number is written.
var price = Money.Parse("EUR 1,234.50", CultureInfo.InvariantCulture);
var shipping = Money.Parse("12,99 €", CultureInfo.GetCultureInfo("de-DE"));
var subtotal = price + shipping;                                   // EUR 1247.49, exact

var ambiguous = Money.TryParse("$12.50", CultureInfo.InvariantCulture, out _);   // false: which dollar?
// </snippet:parse-add>
Console.WriteLine(Invariant($"Subtotal: {subtotal}; '$12.50' parsed: {ambiguous}"));

// <snippet:percentage-round>
var vatRate = Percentage.Parse("19%", CultureInfo.InvariantCulture); // the % sign is required: 0.19 or 19 would be ambiguous
var vatExact = subtotal * vatRate;                                 // EUR 237.0231: Money never rounds by itself
var vat = vatExact.Round(MidpointRounding.AwayFromZero);           // EUR 237.02: rounding is a step you name
var gross = subtotal + vat;                                        // EUR 1484.51
// </snippet:percentage-round>
Console.WriteLine(Invariant($"VAT {vatRate} of {subtotal} = {vatExact.Amount} exact, {vat} rounded; gross {gross}"));

// <snippet:format>
var german = CultureInfo.GetCultureInfo("de-DE");
var general = gross.ToString("G", german);                         // "EUR 1.484,51"
var currency = gross.ToString("C", german);                        // "1.484,51 €"
var number = gross.ToString("N", german);                          // "1.484,51"
var machine = gross.ToString("R", german);                         // "EUR 1484.51": invariant whatever the culture
var json = JsonSerializer.Serialize(gross);                        // {"amount":"1484.51","currency":"EUR"}
// </snippet:format>
Console.WriteLine(Invariant($"G: {general} | C: {currency} | N: {number} | R: {machine} | JSON: {json}"));

// <snippet:allocate>
// Freight of EUR 25.00 shared over three SKUs by weight in kg. Largest remainder: whole cents that
// always sum to the total; a leftover cent goes to the part that lost most to rounding.
var freight = Money.Of(25.00m, "EUR");
decimal[] weightsKg = [0.5m, 1.25m, 3m];
Money[] freightPerSku = freight.Allocate(weightsKg);               // EUR 2.63, EUR 6.58, EUR 15.79
// </snippet:allocate>
Console.WriteLine(Invariant($"Freight per SKU: {string.Join(", ", freightPerSku)}"));

// <snippet:split>
Money[] instalments = Money.Of(100.00m, "EUR").Split(3);          // EUR 33.34, EUR 33.33, EUR 33.33
// </snippet:split>
Console.WriteLine(Invariant($"Three instalments: {string.Join(", ", instalments)}"));

// <snippet:exchange-rate>
// Illustrative rates: where rates come from is CrossBorder.Fx's business.
var eur = Currency.FromCode("EUR");
var usd = Currency.FromCode("USD");
var cny = Currency.FromCode("CNY");
var rateDate = new LocalDate(2025, 11, 24);
var eurUsd = new ExchangeRate(eur, usd, 1.0842m, rateDate);       // 1.0842 USD per EUR
var grossUsd = eurUsd.Convert(gross, MidpointRounding.ToEven);     // USD 1609.51, rounded to cents as asked
var exactUsd = eurUsd.ConvertExact(gross);                         // USD 1609.505742, not rounded
var usdEur = eurUsd.Inverse();                                     // USD/EUR 0.92233905183545…, exact to 28 digits
var eurCny = eurUsd.Cross(new ExchangeRate(usd, cny, 7.1025m, rateDate));   // EUR/CNY 7.70053050
// </snippet:exchange-rate>
Console.WriteLine(Invariant($"{gross} at {eurUsd}: {grossUsd} ({exactUsd} exact); inverse {usdEur}; cross {eurCny}"));

// <snippet:country-currency>
var croatia = CountryCode.FromAlpha2("HR");
var before = croatia.CurrencyOn(new LocalDate(2022, 12, 31));     // HRK, the kuna
var after = croatia.CurrencyOn(new LocalDate(2023, 1, 1));        // EUR
// </snippet:country-currency>
Console.WriteLine(Invariant($"{croatia.EnglishName} ({croatia.Alpha3}, {croatia.NumericCode}): {before} on 2022-12-31, {after} on 2023-01-01"));

// <snippet:country-groups>
var june2022 = new LocalDate(2022, 6, 1);
var june2023 = new LocalDate(2023, 6, 1);
var inEu2022 = CountryGroup.EuropeanUnion.Contains(croatia, june2022);     // true: a member since 2013-07-01
var inEuro2022 = CountryGroup.EuroArea.Contains(croatia, june2022);        // false
var inEuro2023 = CountryGroup.EuroArea.Contains(croatia, june2023);        // true: the euro from 2023-01-01

// The United Kingdom left the EU on 2020-01-31, but EU VAT law applied until 2020-12-31.
var uk = CountryCode.FromAlpha2("GB");
var mid2020 = new LocalDate(2020, 6, 30);
var ukInEu = CountryGroup.EuropeanUnion.Contains(uk, mid2020);             // false
var ukInVatArea = CountryGroup.EuVatArea.Contains(uk, mid2020);            // true

// Territories EU VAT law treats apart from their state, with the legal source.
var canaries = SpecialTerritory.Find("ES-CN", june2023);           // OutsideVatTerritory, VAT Directive Art. 6(1)(b)
// </snippet:country-groups>
Console.WriteLine(Invariant($"HR in EU 2022: {inEu2022}; euro area 2022: {inEuro2022}, 2023: {inEuro2023}"));
Console.WriteLine(Invariant($"GB on 2020-06-30 in EU: {ukInEu}, in EU VAT area: {ukInVatArea}; {canaries} [{canaries?.Source}]"));

// <snippet:timeline>
// Germany's standard VAT rate, cut to 16% for the second half of 2020.
var germanVat = Timeline<Percentage>.FromChanges(
[
    (new LocalDate(2007, 1, 1), Percentage.Parse("19%", CultureInfo.InvariantCulture)),
    (new LocalDate(2020, 7, 1), Percentage.Parse("16%", CultureInfo.InvariantCulture)),
    (new LocalDate(2021, 1, 1), Percentage.Parse("19%", CultureInfo.InvariantCulture)),
]);
var rateInSeptember2020 = germanVat.ValueAt(new LocalDate(2020, 9, 15));   // 16%
// </snippet:timeline>
Console.WriteLine(Invariant($"German standard VAT on 2020-09-15: {rateInSeptember2020}"));

// <snippet:custom-currency>
// Registries are immutable values: adding USDT makes a new registry and changes no other.
var registry = CurrencyRegistry.CreateBuilder()
    .Add("USDT", 6, "Tether USD")
    .Build();
var payout = Money.Parse("USDT 1500.123456", CultureInfo.InvariantCulture, registry);
var isoOnly = Money.TryParse("USDT 1500.123456", CultureInfo.InvariantCulture, out _);   // false: not ISO 4217
// </snippet:custom-currency>
Console.WriteLine(Invariant($"{payout} ({payout.Currency.EnglishName}, {payout.Currency.MinorUnit} decimals); parsed without the registry: {isoOnly}"));

// <snippet:dependency-injection>
var services = new ServiceCollection();
services.AddCrossBorderCore(options => options.CustomCurrencies.Add(
    new CustomCurrencyOptions { Code = "USDT", MinorUnit = 6, Name = "Tether USD" }));
using var provider = services.BuildServiceProvider();
var currencies = provider.GetRequiredService<CurrencyRegistry>();  // ISO 4217 + USDT; options validated when first resolved
var countries = provider.GetRequiredService<CountryRegistry>();
var tether = currencies.FromCode("USDT");
// </snippet:dependency-injection>
Console.WriteLine(Invariant($"From DI: {tether.Code} ({tether.EnglishName}); {currencies.Count} currencies, {countries.Countries.Count} countries"));
