namespace CrossBorder.Advertising.Tests.Bids;

/// <summary>Inputs found by fuzzing (fuzz/corpora/current-bids/crash-*.csv; docs/reliability.md "Fuzzing").</summary>
public class CurrentBidsFuzzFindingsTests
{
    // USS (US Dollar same day) and CSD (Serbian dinar, withdrawn) are ISO 4217 codes without a minor unit. Before the
    // fix, CurrentBid asked Money.IsRounded, whose InvalidOperationException ("has no minor unit") escaped the reader.
    [Theory]
    [InlineData("USS")]
    [InlineData("CSD")]
    public void A_bid_in_a_currency_without_a_minor_unit_is_a_format_error_naming_the_line(string code)
    {
        var csv = $"key,bid,currency\nC / G / a,0.85,USD\nC / G / b,1.00,{code}\n";

        var e = Assert.Throws<FormatException>(() => CurrentBidsCsv.Read(new StringReader(csv), "bids.csv"));

        Assert.Contains("bids.csv", e.Message, StringComparison.Ordinal);
        Assert.Contains("line 3", e.Message, StringComparison.Ordinal);
        Assert.Contains(code, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_bid_itself_refuses_a_currency_without_a_minor_unit_as_an_argument_error()
    {
        var e = Assert.Throws<ArgumentException>(() => new CurrentBid("C / G / a", Money.Of(1m, Currency.FromCode("USS"))));

        Assert.Equal("bid", e.ParamName);
    }
}
