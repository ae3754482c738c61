using NodaTime;
using static CrossBorder.Fx.Tests.Helpers.Fx;

namespace CrossBorder.Fx.Tests.Loaders;

public class ExposureCsvTests
{
    [Fact]
    public void Rows_become_items_in_any_column_order_with_quoted_references()
    {
        const string csv = "date,kind,amount,currency,probability,reference\n" +
            "2026-12-15,receivable,1000.50,usd,,\"INV-1, Hamburg\"\n" +
            "2026-12-20,payable,250,EUR,,\n" +
            "2027-01-10,forecast,-400,USD,80%,Q1\n" +
            "2027-01-11,forecast,100,USD,0.25,\n";
        var items = ExposureCsv.Parse(new StringReader(csv), "exposures", null);
        Assert.Equal(4, items.Count);
        Assert.Equal((ExposureKind.Receivable, Money.Of(1000.50m, Usd), new LocalDate(2026, 12, 15), "INV-1, Hamburg"), (items[0].Kind, items[0].Amount, items[0].Due, items[0].Reference));
        Assert.Equal(Money.Of(-250m, Eur), items[1].Weighted);
        Assert.Equal(Money.Of(-320m, Usd), items[2].Weighted); // 80% of −400
        Assert.Equal(Money.Of(25m, Usd), items[3].Weighted); // 0.25 × 100
    }

    [Theory]
    [InlineData("kind,currency,amount\nreceivable,USD,1\n", "exposures, line 1: the header has no 'date' column")]
    [InlineData("kind,currency,amount,date,notes\n", "unknown column 'notes'")]
    [InlineData("kind,currency,amount,date,amount\n", "names column 'amount' twice")]
    [InlineData("kind,currency,amount,date\nreceivable,USD,1,5,2026-12-15\n", "exposures, line 2: 5 fields where the header has 4")]
    [InlineData("kind,currency,amount,date\nreceivable,USD,1\n", "line 2: 3 fields")]
    [InlineData("kind,currency,amount,date\nreceivable,XYZ,1,2026-12-15\n", "currency = 'XYZ' is not a known currency code")]
    [InlineData("kind,currency,amount,date\nreceivable,USD,1e3,2026-12-15\n", "amount = '1e3' is not a number")]
    [InlineData("kind,currency,amount,date\nreceivable,USD,79228162514264337593543950336,2026-12-15\n", "amount = '79228162514264337593543950336' is not a number")]
    [InlineData("kind,currency,amount,date\nreceivable,USD,1,15.12.2026\n", "date = '15.12.2026' is not a date")]
    [InlineData("kind,currency,amount,date\ninvoice,USD,1,2026-12-15\n", "kind = 'invoice' is not receivable, payable or forecast")]
    [InlineData("kind,currency,amount,date\nreceivable,USD,-1,2026-12-15\n", "line 2: Give receivables and payables as positive amounts")]
    [InlineData("kind,currency,amount,date,probability\nreceivable,USD,1,2026-12-15,50%\n", "line 2: a receivable is certain")]
    [InlineData("kind,currency,amount,date,probability\nforecast,USD,1,2026-12-15,\n", "a forecast needs a probability")]
    [InlineData("kind,currency,amount,date,probability\nforecast,USD,1,2026-12-15,1.5\n", "probability = '1.5' is not a probability")]
    [InlineData("kind,currency,amount,date\n", "exposures, line 1: the file has no rows")]
    public void Bad_files_are_refused_naming_the_line_and_value(string csv, string expected)
    {
        var ex = Assert.Throws<FormatException>(() => ExposureCsv.Parse(new StringReader(csv), "exposures", null));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }
}

public class HedgeCsvTests
{
    [Fact]
    public void Rows_become_signed_hedges_by_month()
    {
        var hedges = HedgeCsv.Parse(new StringReader("currency,amount,month,reference\nUSD,500,2026-11,fwd-1\nEUR,-200.5,2027-01,\n"), "hedges", null);
        Assert.Equal([(Money.Of(500m, Usd), new YearMonth(2026, 11)), (Money.Of(-200.5m, Eur), new YearMonth(2027, 1))], hedges.Select(h => (h.Amount, h.Month)));
        Assert.Empty(HedgeCsv.Parse(new StringReader("currency,amount,month\n"), "hedges", null));
    }

    [Theory]
    [InlineData("currency,amount\n", "the header has no 'month' column")]
    [InlineData("currency,amount,month\nUSD,1,2026-11-30\n", "month = '2026-11-30' is not a month (yyyy-MM)")]
    [InlineData("currency,amount,month\nUSD,\"1,5\",2026-11\n", "amount = '1,5' is not a number")]
    [InlineData("currency,amount,month\nUSD,1,5,2026-11\n", "hedges, line 2: 4 fields where the header has 3 (a decimal comma")]
    public void Bad_files_are_refused_naming_the_line_and_value(string csv, string expected)
    {
        var ex = Assert.Throws<FormatException>(() => HedgeCsv.Parse(new StringReader(csv), "hedges", null));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }
}

public class RateHistoryCsvTests
{
    [Fact]
    public void Dated_and_timestamped_histories_are_read()
    {
        var dated = RateHistoryCsv.Parse(new StringReader("date,base,quote,bid,mid,ask\n2026-11-20,USD,CNY,7.09,7.10,7.11\n"), "history", RateKind.Spot, null);
        var rate = Assert.Single(dated);
        Assert.Equal((Pair("USD/CNY"), 7.09m, 7.10m, 7.11m, Day(2026, 11, 20), "history"), (rate.Pair, rate.Bid, rate.Mid, rate.Ask, rate.AsOf, rate.Source));
        var stamped = RateHistoryCsv.Parse(new StringReader("timestamp,base,quote,bid,mid,ask\n2026-11-20T14:30:00Z,EUR,USD,1.04,1.05,1.06\n"), "history", RateKind.Spot, null);
        Assert.Equal(Instant.FromUtc(2026, 11, 20, 14, 30), Assert.Single(stamped).AsOf);
    }

    [Theory]
    [InlineData("date,base,quote,rate\n", "expected the header 'date,base,quote,bid,mid,ask'")]
    [InlineData("date,base,quote,bid,mid,ask\n2026-11-20,USD,CNY,7.12,7.10,7.11\n", "history, line 2: USD/CNY:")]
    [InlineData("date,base,quote,bid,mid,ask\n2026-11-20,USD,CNY,7.09,-7.10,7.11\n", "mid = '-7.10' is not a positive number")]
    [InlineData("date,base,quote,bid,mid,ask\n2026-11-20,USD,USD,1,1,1\n", "base and quote are both USD")]
    [InlineData("date,base,quote,bid,mid,ask\nyesterday,USD,CNY,1,1,1\n", "date = 'yesterday' is not a date")]
    [InlineData("date,base,quote,bid,mid,ask\n2026-11-20,USD,CNY,7.09,7.10,7.11,7.12\n", "line 2: 7 fields where the header has 6")]
    public void Bad_rows_are_refused_naming_the_line(string csv, string expected)
    {
        var ex = Assert.Throws<FormatException>(() => RateHistoryCsv.Parse(new StringReader(csv), "history", RateKind.Spot, null));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }
}

public class SharedCsvReaderTests
{
    [Fact]
    public void Every_csv_loader_refuses_a_decimal_comma_and_a_repeated_column()
    {
        // The same two mistakes through each loader: a row with a decimal comma has one field more than the header,
        // and a header that names a column twice. Each is an error naming the line, never a truncated value.
        Assert.Contains("line 2: 5 fields where the header has 4", Assert.Throws<FormatException>(() =>
            CsvRates.Parse(new StringReader("date,base,quote,rate\n2026-11-20,USD,CNY,7,1\n"), "rates", RateKind.Spot, null)).Message, StringComparison.Ordinal);
        Assert.Contains("line 2: 4 fields where the header has 3", Assert.Throws<FormatException>(() =>
            EcbReferenceRates.ParseHistoricalCsv(new StringReader("Date,USD,\n2026-11-20,1,05,\n"), RateKind.Official, null)).Message, StringComparison.Ordinal);
        Assert.Contains("names column 'USD' twice", Assert.Throws<FormatException>(() =>
            EcbReferenceRates.ParseHistoricalCsv(new StringReader("Date,USD,USD,\n2026-11-20,1.05,1.06,\n"), RateKind.Official, null)).Message, StringComparison.Ordinal);
        Assert.Contains("line 2: 10 fields where the header has 9", Assert.Throws<FormatException>(() =>
            FeeSchedule.ParseCsv(new StringReader("provider,account_currency,card_region,card_tier,percent,fixed_amount,effective_from,effective_to,source\np,EUR,Eea,Standard,1,4,0.25,,,s\n"))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Quoted_fields_mean_the_same_in_every_loader()
    {
        var rate = Assert.Single(CsvRates.Parse(new StringReader("date,base,quote,rate\n\"2026-11-20\",\"USD\",CNY,\"7.1\"\n"), "rates", RateKind.Spot, null));
        Assert.Equal(7.1m, rate.Mid);
        var fees = FeeSchedule.ParseCsv(new StringReader(
            "provider,account_currency,card_region,card_tier,percent,fixed_amount,effective_from,effective_to,source\np,EUR,Eea,Standard,1.5,0.25,,,\"Stripe, 2023\"\n"));
        Assert.Equal("Stripe, 2023", Assert.Single(fees).FeeOn(new LocalDate(2026, 1, 1), Eur, CardRegion.Eea, CardTier.Standard).Source);
    }

    [Fact]
    public void An_ecb_file_with_a_euro_column_or_cube_is_refused_clearly()
    {
        var csv = Assert.Throws<FormatException>(() => EcbReferenceRates.ParseHistoricalCsv(new StringReader("Date,USD,EUR,\n2026-11-20,1.05,1,\n"), RateKind.Official, null));
        Assert.Contains("line 1: column 3 is EUR", csv.Message, StringComparison.Ordinal);
        const string xml = "<Envelope><Cube><Cube time='2026-11-20'>\n<Cube currency='EUR' rate='1'/></Cube></Cube></Envelope>";
        Assert.Contains("Line 2: a rate for EUR", Assert.Throws<FormatException>(() => EcbReferenceRates.ParseXml(new StringReader(xml), RateKind.Official, null)).Message, StringComparison.Ordinal);
    }
}
