using CrossBorder.Text;
using NodaTime;

namespace CrossBorder.Tests.Text;

public class RateTableTests
{
    private static readonly LocalDate Date = new(2026, 7, 15);
    private static readonly Currency Eur = Currency.FromCode("EUR");
    private static readonly Currency Usd = Currency.FromCode("USD");
    private static readonly Currency Gbp = Currency.FromCode("GBP");

    // Expected by hand at EUR 1 = USD 1.1650 and USD 1 = GBP 0.7450, rounded half away from zero to the cent:
    // EUR 100 → USD 116.50 (direct); USD 116.50 → EUR 100.00 (inverted: 116.50 / 1.1650); EUR 100 → GBP 86.79 (crossed:
    // 100 × 1.1650 × 0.7450 = 86.7925); GBP 86.79 → EUR 100.00 (86.79 / 0.7450 / 1.1650 = 99.9971…).
    public static TheoryData<string, decimal, string, decimal> Conversions => new()
    {
        { "EUR", 100m, "USD", 116.50m },
        { "USD", 116.50m, "EUR", 100.00m },
        { "EUR", 100m, "GBP", 86.79m },
        { "GBP", 86.79m, "EUR", 100.00m },
    };

    [Theory]
    [MemberData(nameof(Conversions))]
    public void Converts_direct_inverted_and_crossed(string from, decimal amount, string to, decimal expected) =>
        Assert.Equal(Money.Of(expected, to), Table().Convert(Money.Of(amount, from), Currency.FromCode(to)));

    [Fact]
    public void One_table_answers_every_pair_in_any_order_as_a_new_table_does()
    {
        // The table remembers its last answer: alternating pairs must each get their own converter.
        var table = Table();
        var sequence = new[] { (Eur, Usd), (Usd, Eur), (Eur, Usd), (Eur, Gbp), (Eur, Gbp), (Gbp, Eur), (Usd, Eur), (Eur, Usd) };
        foreach (var (from, to) in sequence)
        {
            var amount = Money.Of(100m, from);
            Assert.Equal(Table().Convert(amount, to), table.Convert(amount, to));
            Assert.Equal(Table().Describe(from, to), table.Describe(from, to));
        }
    }

    private static RateTable Table() => new([new ExchangeRate(Eur, Usd, 1.1650m, Date), new ExchangeRate(Usd, Gbp, 0.7450m, Date)]);
}
