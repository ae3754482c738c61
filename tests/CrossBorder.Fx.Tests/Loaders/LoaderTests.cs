using static CrossBorder.Fx.Tests.Helpers.Fx;

namespace CrossBorder.Fx.Tests.Loaders;

public class EcbReferenceRatesTests
{
    [Fact]
    public void The_daily_xml_sample_gives_euro_rates_for_its_date()
    {
        using var stream = File.OpenRead(DataPath("eurofxref-daily-sample.xml"));
        var rates = EcbReferenceRates.ParseXml(stream, RateKind.Official, null);
        Assert.Equal(5, rates.Count);
        var usd = Assert.Single(rates, r => r.Quote.Equals(Usd));
        Assert.Equal(Pair("EUR/USD"), usd.Pair);
        Assert.Equal(1.0500m, usd.Mid);
        Assert.Equal(Day(2026, 11, 20), usd.AsOf);
        Assert.Equal(RateKind.Official, usd.Kind);
        Assert.Equal(EcbReferenceRates.Source, usd.Source);
    }

    [Fact]
    public void The_historical_csv_sample_skips_not_available_and_the_trailing_column()
    {
        using var stream = File.OpenRead(DataPath("eurofxref-hist-sample.csv"));
        var rates = EcbReferenceRates.ParseHistoricalCsv(stream, RateKind.Official, null);
        Assert.Equal(12, rates.Count);
        Assert.DoesNotContain(rates, r => r.Quote.Code is "BGN" or "CYP");
        var store = new InMemoryRateStore(rates);
        var resolver = new FxRateResolver(store, StalenessPolicy.MaxAgeOf(NodaTime.Duration.FromDays(4)));
        var usdCny = resolver.GetRate(Pair("USD/CNY"), new NodaTime.LocalDate(2026, 11, 19), RateKind.Official);
        Assert.Equal(7.4400m / 1.0480m, usdCny.Mid, 20);
    }

    [Theory]
    [InlineData("Date,USD,\n2026-11-20,abc,\n", "abc")]
    [InlineData("Date,USD,\n2026-11-20,-1.05,\n", "-1.05")]
    [InlineData("Date,USD,\n2026-11-20,0,\n", "positive")]
    [InlineData("Date,QQQ,\n2026-11-20,1.05,\n", "QQQ")]
    [InlineData("Date,USD,\n20.11.2026,1.05,\n", "20.11.2026")]
    [InlineData("Datum,USD\n", "Date")]
    public void Bad_csv_input_is_rejected_naming_the_problem(string csv, string named)
    {
        var ex = Assert.Throws<FormatException>(() => EcbReferenceRates.ParseHistoricalCsv(new StringReader(csv), RateKind.Official, null));
        Assert.Contains(named, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_xml_input_is_rejected_naming_the_currency_and_line()
    {
        const string xml = "<Envelope><Cube><Cube time='2026-11-20'>\n<Cube currency='XYZ' rate='1.0'/></Cube></Cube></Envelope>";
        var ex = Assert.Throws<FormatException>(() => EcbReferenceRates.ParseXml(new StringReader(xml), RateKind.Official, null));
        Assert.Contains("XYZ", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Line 2", ex.Message, StringComparison.Ordinal);
        const string negative = "<Envelope><Cube><Cube time='2026-11-20'><Cube currency='USD' rate='-1.0'/></Cube></Cube></Envelope>";
        Assert.Contains("-1.0", Assert.Throws<FormatException>(() => EcbReferenceRates.ParseXml(new StringReader(negative), RateKind.Official, null)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("ja-JP")]
    public void Parsing_does_not_depend_on_the_culture(string culture)
    {
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo(culture);
            using var stream = File.OpenRead(DataPath("eurofxref-daily-sample.xml"));
            Assert.Equal(162.50m, EcbReferenceRates.ParseXml(stream, RateKind.Official, null).Single(r => r.Quote.Equals(Jpy)).Mid);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }
}

public class CsvRatesTests
{
    [Fact]
    public void The_plain_csv_sample_is_read()
    {
        using var reader = File.OpenText(DataPath("rates-sample.csv"));
        var rates = CsvRates.Parse(reader, "sample", RateKind.Spot, null);
        Assert.Equal(4, rates.Count);
        Assert.Equal(Pair("GBP/USD"), rates[3].Pair);
        Assert.Equal(1.25m, rates[3].Mid);
        Assert.Equal("sample", rates[3].Source);
    }

    [Theory]
    [InlineData("date,base,quote,rate\n2026-11-20,USD,CNY,-7.1\n", "-7.1")]
    [InlineData("date,base,quote,rate\n2026-11-20,USD,ABC,7.1\n", "ABC")]
    [InlineData("date,base,quote,rate\n2026-11-20,USD,USD,1\n", "USD")]
    [InlineData("date,base,quote,rate\n2026-11-20,USD,CNY\n", "x, line 2: 3 fields where the header has 4")]
    [InlineData("day,from,to,rate\n", "date,base,quote,rate")]
    public void Bad_rows_are_rejected_naming_the_problem(string csv, string named)
    {
        var ex = Assert.Throws<FormatException>(() => CsvRates.Parse(new StringReader(csv), "x", RateKind.Spot, null));
        Assert.Contains(named, ex.Message, StringComparison.Ordinal);
    }
}
