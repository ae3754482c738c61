using System.Globalization;
using CrossBorder.Cli.Tests.Helpers;
using FsCheck;
using FsCheck.Fluent;

namespace CrossBorder.Cli.Tests.Commands;

/// <summary>An amount in whole minor units of a currency, and the ratios to allocate it by.</summary>
public sealed record AllocationCase(string Currency, int MinorUnit, decimal Amount, decimal[] Ratios)
{
    public string AmountText => Currency + " " + Amount.ToString(CultureInfo.InvariantCulture);

    public string RatiosText => string.Join(',', Ratios.Select(r => r.ToString(CultureInfo.InvariantCulture)));

    public override string ToString() => $"{AmountText} by {RatiosText}";
}

/// <summary>Bounded generators: currencies with 0, 2, 3 and 4 decimals; amounts up to ±10^20 minor units; 1–25 ratios (some zero) with up to 4 decimals.</summary>
public static class AllocationArbitraries
{
    private static readonly (string Code, int MinorUnit)[] Currencies = [("EUR", 2), ("USD", 2), ("JPY", 0), ("KWD", 3), ("CLF", 4)];

    public static Arbitrary<AllocationCase> Cases()
    {
        var ratio =
            from mantissa in Gen.Frequency((1, Gen.Constant(0)), (5, Gen.Choose(1, 1_000_000)))
            from scale in Gen.Choose(0, 4)
            select new decimal(mantissa, 0, 0, false, (byte)scale);

        var ratios =
            from count in Gen.Choose(1, 25)
            from list in Gen.ArrayOf(ratio, count)
            select list.Any(r => r > 0m) ? list : [.. list.Skip(1).Prepend(1m)];

        // Mostly everyday amounts (up to 10^6 minor units), sometimes up to 10^12, now and then up to 10^20.
        var units =
            from magnitude in Gen.Frequency((6, Gen.Constant(0)), (3, Gen.Constant(1)), (1, Gen.Constant(2)))
            from high in Gen.Choose(0, 99_999_999)
            from mid in Gen.Choose(0, 999_999)
            from low in Gen.Choose(0, 999_999)
            select magnitude switch
            {
                0 => (decimal)low,
                1 => ((decimal)mid * 1_000_000m) + low,
                _ => ((decimal)high * 1_000_000_000_000m) + ((decimal)mid * 1_000_000m) + low,
            };

        var cases =
            from currency in Gen.Elements(Currencies)
            from count in units
            from negative in Gen.Elements(false, true)
            from list in ratios
            let amount = count / PowerOfTen(currency.MinorUnit)
            select new AllocationCase(currency.Code, currency.MinorUnit, negative ? -amount : amount, list);

        return cases.ToArbitrary();
    }

    public static decimal PowerOfTen(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10m;
        }

        return result;
    }
}

public class MoneyCommandsProperties
{
    [ScaledProperty(Arbitrary = [typeof(AllocationArbitraries)])]
    public void Allocate_json_parts_sum_exactly_to_the_input(AllocationCase c)
    {
        var run = Tool.Run("money", "allocate", "--amount", c.AmountText, "--ratios", c.RatiosText, "--format", "json");

        Assert.True(run.ExitCode == 0, run.Err);
        var root = JsonOutput.Parse(run.Out);
        var parts = JsonOutput.Parts(root);
        Assert.Equal(c.Ratios.Length, parts.Count);
        Assert.All(parts, p => Assert.Equal(c.Currency, p.Currency));
        Assert.Equal(c.Amount, parts.Sum(p => p.Amount));
        Assert.Equal((c.Amount, c.Currency), JsonOutput.Money(root.GetProperty("amount")));
        Assert.Equal((c.Amount, c.Currency), JsonOutput.Money(root.GetProperty("total")));

        // Whole minor units, and a part whose ratio is zero gets nothing.
        for (var i = 0; i < parts.Count; i++)
        {
            Assert.Equal(parts[i].Amount, decimal.Round(parts[i].Amount, c.MinorUnit));
            if (c.Ratios[i] == 0m)
            {
                Assert.Equal(0m, parts[i].Amount);
            }
        }
    }

    [ScaledProperty(Arbitrary = [typeof(AllocationArbitraries)])]
    public void Split_json_parts_sum_exactly_and_differ_by_at_most_one_minor_unit(AllocationCase c)
    {
        var count = c.Ratios.Length;

        var run = Tool.Run("money", "split", "--amount", c.AmountText, "--parts", count.ToString(CultureInfo.InvariantCulture), "--format", "json");

        Assert.True(run.ExitCode == 0, run.Err);
        var parts = JsonOutput.Parts(JsonOutput.Parse(run.Out));
        Assert.Equal(count, parts.Count);
        Assert.Equal(c.Amount, parts.Sum(p => p.Amount));
        var minorUnit = 1m / AllocationArbitraries.PowerOfTen(c.MinorUnit);
        Assert.True(parts.Max(p => p.Amount) - parts.Min(p => p.Amount) <= minorUnit);
    }
}
