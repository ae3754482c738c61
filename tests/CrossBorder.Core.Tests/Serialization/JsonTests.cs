using System.Text.Json;
using CrossBorder.Serialization;
using CrossBorder.Tests.Helpers;

namespace CrossBorder.Tests;

public class JsonTests
{
    private sealed record Order(Money Total, Percentage VatRate, CountryCode Destination, Currency Settlement);

    [Fact]
    public void Money_is_an_object_with_a_string_amount()
    {
        var json = JsonSerializer.Serialize(Money.Of(1234.50m, "USD"));

        Assert.Equal("""{"amount":"1234.50","currency":"USD"}""", json);
    }

    [Fact]
    public void A_record_of_core_types_round_trips()
    {
        var order = new Order(Money.Of(99.99m, "EUR"), Percentage.FromPercent(19m), CountryCode.Parse("DE"), Currency.FromCode("USD"));

        var json = JsonSerializer.Serialize(order);
        var back = JsonSerializer.Deserialize<Order>(json);

        Assert.Equal("""{"Total":{"amount":"99.99","currency":"EUR"},"VatRate":"19%","Destination":"DE","Settlement":"USD"}""", json);
        Assert.Equal(order, back);
    }

    [Theory]
    [InlineData("""{"amount":12.5,"currency":"EUR"}""")]
    [InlineData("""{"currency":"EUR","amount":"12.50"}""")]
    [InlineData("""{"Amount":"12.5","Currency":"EUR","note":"ignored"}""")]
    public void Money_reads_numbers_strings_any_order_and_case(string json) =>
        Assert.Equal(Money.Of(12.5m, "EUR"), JsonSerializer.Deserialize<Money>(json));

    [Theory]
    [InlineData("""{"amount":"12.5"}""", "both")]
    [InlineData("""{"amount":"12.5","currency":"ABC"}""", "Unknown currency code 'ABC'")]
    [InlineData("""{"amount":"twelve","currency":"EUR"}""", "amount")]
    [InlineData("""{"amount":"12.5","currency":1}""", "currency")]
    [InlineData("\"EUR 12.50\"", "JSON object")]
    public void Bad_money_json_is_rejected_with_a_reason(string json, string reason) =>
        Assert.Contains(reason, Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Money>(json)).Message, StringComparison.Ordinal);

    [Fact]
    public void Default_money_cannot_be_written() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(Money)));

    [Fact]
    public void Custom_currencies_need_a_converter_with_their_registry()
    {
        var registry = CurrencyRegistry.CreateBuilder().Add("USDT", 6, "Tether USD").Build();
        var options = new JsonSerializerOptions { Converters = { new MoneyJsonConverter(registry), new CurrencyJsonConverter(registry) } };
        var money = Money.Of(1.234567m, registry.FromCode("USDT"));

        Assert.Equal(money, JsonSerializer.Deserialize<Money>(JsonSerializer.Serialize(money, options), options));
        Assert.Equal("USDT", JsonSerializer.Deserialize<Currency>("\"USDT\"", options)!.Code);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Money>(JsonSerializer.Serialize(money, options)));
    }

    [Fact]
    public void Bad_percentage_and_country_json_is_rejected()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Percentage>("0.19"));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Percentage>("\"0.19\""));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<CountryCode>("\"XX\""));
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(CountryCode)));
        Assert.Equal(CountryCode.Parse("DE"), JsonSerializer.Deserialize<CountryCode>("\"DEU\""));
    }

    [ScaledProperty(Arbitrary = [typeof(CoreArbitraries)], Cases = 300)]
    public bool Json_round_trip_is_exact_to_the_last_digit_and_scale(AnyAmount amount, Currency currency)
    {
        var money = Money.Of(amount.Value, currency);
        var back = JsonSerializer.Deserialize<Money>(JsonSerializer.Serialize(money));
        return back == money && back.Amount.Scale == money.Amount.Scale;
    }

    [ScaledProperty(Arbitrary = [typeof(CoreArbitraries)], Cases = 300)]
    public bool Percentage_json_round_trips(Percentage rate) =>
        JsonSerializer.Deserialize<Percentage>(JsonSerializer.Serialize(rate)) == rate;
}
