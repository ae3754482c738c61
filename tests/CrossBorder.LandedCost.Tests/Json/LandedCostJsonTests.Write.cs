using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CrossBorder.Forecasting.Tests.Helpers;

namespace CrossBorder.LandedCost.Tests.Json;

/// <summary>The result as JSON: the contract's names, money in Core's form with the minor unit's decimals, and no culture.</summary>
public partial class LandedCostJsonTests
{
    private static readonly string[] AmountNames = ["goods", "freight", "insurance", "customsValue", "duty", "importTax", "saleTax", "fees", "landedCost"];

    private static string Written(LandedCostResult result)
    {
        using var stream = new MemoryStream();
        LandedCostJson.Write(stream, result);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Asserts Core's money form: exactly "amount" and "currency", the amount with as many decimals as the currency's minor unit.</summary>
    private static void AssertMoney(JsonElement money, string currency, int decimals, string where)
    {
        Assert.Equal(["amount", "currency"], money.EnumerateObject().Select(p => p.Name));
        Assert.Equal(currency, money.GetProperty("currency").GetString());
        var amount = money.GetProperty("amount").GetString()!;
        Assert.Matches(decimals == 0 ? "^-?[0-9]+$" : $"^-?[0-9]+\\.[0-9]{{{decimals}}}$", amount);
        Assert.True(Regex.IsMatch(amount, "^[-0-9.]+$"), where);
    }

    [Fact]
    public void The_result_has_the_contracts_names_and_money_in_cores_form()
    {
        var result = LandedCostCalculator.Default.Calculate(Parse(Replace("\"date\": \"2026-07-15\"", "\"date\": \"2026-03-02\"").Replace("\"DE\"", "\"FR\"", StringComparison.Ordinal).Replace("[\"EU-IOSS\"]", "[]", StringComparison.Ordinal)));

        using var json = JsonDocument.Parse(Written(result));
        var root = json.RootElement;
        Assert.Equal("EUR", root.GetProperty("currency").GetString());
        Assert.Equal("import", root.GetProperty("regime").GetString());
        foreach (var name in AmountNames)
        {
            AssertMoney(root.GetProperty("totals").GetProperty(name), "EUR", 2, "totals." + name);
        }

        // France's TPC, €2 for each of the two lines (see the calculator's golden test).
        var fee = Assert.Single(root.GetProperty("fees").EnumerateArray());
        Assert.Equal("FR-TPC", fee.GetProperty("code").GetString());
        AssertMoney(fee.GetProperty("amount"), "EUR", 2, "fees[0].amount");
        Assert.Equal("4.00", fee.GetProperty("amount").GetProperty("amount").GetString());

        Assert.Equal(2, root.GetProperty("lines").GetArrayLength());
        foreach (var line in root.GetProperty("lines").EnumerateArray())
        {
            Assert.False(string.IsNullOrEmpty(line.GetProperty("sku").GetString()));
            foreach (var name in AmountNames)
            {
                AssertMoney(line.GetProperty(name), "EUR", 2, "lines[]." + name);
            }
        }

        AssertMoney(root.GetProperty("payer").GetProperty("seller"), "EUR", 2, "payer.seller");
        AssertMoney(root.GetProperty("payer").GetProperty("buyer"), "EUR", 2, "payer.buyer");
        var trace = root.GetProperty("trace");
        Assert.True(trace.GetArrayLength() >= 5);
        Assert.All(trace.EnumerateArray(), step => Assert.False(string.IsNullOrEmpty(step.GetProperty("step").GetString())));
        Assert.Contains(trace.EnumerateArray(), step => step.GetProperty("step").GetString() == "fee" && step.GetProperty("detail").GetString()!.Contains("FR-TPC", StringComparison.Ordinal));
    }

    [Fact]
    public void The_written_figures_are_the_results()
    {
        var result = LandedCostCalculator.Default.Calculate(Parse(Order));

        using var json = JsonDocument.Parse(Written(result));
        var totals = json.RootElement.GetProperty("totals");
        var values = new[] { result.Totals.Goods, result.Totals.Freight, result.Totals.Insurance, result.Totals.CustomsValue, result.Totals.Duty, result.Totals.ImportTax, result.Totals.SaleTax, result.Totals.Fees, result.Totals.LandedCost };
        Assert.Equal(values.Select(m => m.Amount), AmountNames.Select(n => decimal.Parse(totals.GetProperty(n).GetProperty("amount").GetString()!, CultureInfo.InvariantCulture)));
        Assert.Equal(result.Payer.Seller.Amount, decimal.Parse(json.RootElement.GetProperty("payer").GetProperty("seller").GetProperty("amount").GetString()!, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_currency_without_decimals_is_written_without_them()
    {
        // The same order with the result in yen: 1 EUR = 172.35 JPY; every amount is whole yen.
        var order = Parse(Replace("\"currency\": \"EUR\",", "\"currency\": \"JPY\",").Replace("\"rates\": [ {", "\"rates\": [ { \"base\": \"EUR\", \"quote\": \"JPY\", \"rate\": \"172.35\" }, {", StringComparison.Ordinal));

        using var json = JsonDocument.Parse(Written(LandedCostCalculator.Default.Calculate(order)));
        foreach (var name in AmountNames)
        {
            AssertMoney(json.RootElement.GetProperty("totals").GetProperty(name), "JPY", 0, "totals." + name);
        }
    }

    /// <summary>The free text of the result (workings and trace details), left out where only the machine fields are compared.</summary>
    private static readonly string[] ProseNames = ["working", "dutyWorking", "detail"];

    /// <summary>The JSON again, without the prose fields, as one canonical string.</summary>
    private static string MachineFields(string json)
    {
        static string Canon(JsonElement e) => e.ValueKind switch
        {
            JsonValueKind.Object => "{" + string.Join(",", e.EnumerateObject().Where(p => !ProseNames.Contains(p.Name)).Select(p => p.Name + ":" + Canon(p.Value))) + "}",
            JsonValueKind.Array => "[" + string.Join(",", e.EnumerateArray().Select(Canon)) + "]",
            _ => e.GetRawText(),
        };

        using var document = JsonDocument.Parse(json);
        return Canon(document.RootElement);
    }

    [Theory]
    [MemberData(nameof(Cultures.Names), MemberType = typeof(Cultures))]
    public void Reading_and_the_machine_fields_written_do_not_depend_on_the_culture(string culture)
    {
        var invariant = Cultures.With("", () => Written(LandedCostCalculator.Default.Calculate(Parse(Order))));

        var other = Cultures.With(culture, () => Written(LandedCostCalculator.Default.Calculate(Parse(Order))));

        Assert.Equal(MachineFields(invariant), MachineFields(other));
        Assert.Contains("\"amount\": \"", invariant, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> CulturesAndOrders()
    {
        var data = new TheoryData<string, string>();
        foreach (var culture in new[] { "de-DE", "fr-FR", "ar-SA" })
        {
            data.Add(culture, Order);
            // The same order above €150 without IOSS: tariff duty and import VAT, the trace lines with the most amounts.
            data.Add(culture, Order.Replace("\"9.90\"", "\"99.90\"", StringComparison.Ordinal).Replace("\"EU-IOSS\"", "\"X\"", StringComparison.Ordinal));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CulturesAndOrders))]
    public void Every_word_of_the_output_including_the_trace_is_the_same_in_every_culture(string culture, string order)
    {
        var invariant = Cultures.With("", () => Written(LandedCostCalculator.Default.Calculate(Parse(order))));

        var other = Cultures.With(culture, () => Written(LandedCostCalculator.Default.Calculate(Parse(order))));

        Assert.Equal(invariant, other);
    }
}
