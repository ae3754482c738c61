namespace CrossBorder.Tax;

/// <summary>
/// Tax-inclusive and tax-exclusive pricing, exact to the minor unit under a <see cref="TaxRoundingPolicy"/>. Every
/// result satisfies net + tax = gross exactly, per line and in total. With tax-inclusive prices the gross amounts are
/// the prices and never change; the tax is taken out of them as gross × R / (100 + R), computed in decimal without
/// first rounding the net (the mistake behind many shop bugs with prices such as £9.99 incl. 20%).
/// </summary>
public static class TaxPricing
{
    /// <summary>Taxes <paramref name="lines"/> under <paramref name="policy"/>.</summary>
    /// <param name="lines">The lines; one currency, with a minor unit.</param>
    /// <param name="pricesIncludeTax">Whether the unit prices include the tax.</param>
    /// <param name="policy">Where and how to round.</param>
    /// <remarks>
    /// A line's amount is unit price × quantity, rounded to the minor unit with the policy's midpoint rule when the
    /// quantity is fractional or the price finer than the minor unit. <see cref="TaxRoundingLevel.PerInvoice"/> rounds
    /// the tax of each rate once over its lines, then shares it over them by largest remainder, weighted by amount.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="lines"/> is empty.</exception>
    /// <exception cref="CurrencyMismatchException">The lines are in different currencies.</exception>
    /// <exception cref="InvalidOperationException">The currency has no minor unit (XAU and other metals).</exception>
    public static TaxedInvoice Compute(ReadOnlySpan<PricedLine> lines, bool pricesIncludeTax, TaxRoundingPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (lines.IsEmpty)
        {
            throw new ArgumentException("An invoice has at least one line.", nameof(lines));
        }

        var currency = lines[0].UnitPrice.Currency;
        var decimals = MinorUnitOf(currency);
        var amounts = new decimal[lines.Length];
        var taxes = new decimal[lines.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.UnitPrice.Currency != currency)
            {
                throw new CurrencyMismatchException(currency, line.UnitPrice.Currency, "tax an invoice");
            }

            amounts[i] = Math.Round(line.UnitPrice.Amount * line.Quantity, decimals, policy.Mode);
            taxes[i] = policy.Level switch
            {
                TaxRoundingLevel.PerUnit => TaxOf(line.UnitPrice.Amount, line.Rate, pricesIncludeTax, decimals, policy.Mode) * line.Quantity,
                TaxRoundingLevel.PerLine => TaxOf(amounts[i], line.Rate, pricesIncludeTax, decimals, policy.Mode),
                _ => 0m,
            };
        }

        if (policy.Level == TaxRoundingLevel.PerUnit)
        {
            for (var i = 0; i < lines.Length; i++)
            {
                // A fractional quantity makes unit tax × quantity finer than the minor unit: round once more, stated.
                taxes[i] = Math.Round(taxes[i], decimals, policy.Mode);
            }
        }
        else if (policy.Level == TaxRoundingLevel.PerInvoice)
        {
            ShareTaxPerRate(lines, amounts, taxes, pricesIncludeTax, currency, decimals, policy.Mode);
        }

        var taxed = new TaxedLine[lines.Length];
        decimal net = 0m, tax = 0m, gross = 0m;
        for (var i = 0; i < lines.Length; i++)
        {
            var lineGross = pricesIncludeTax ? amounts[i] : amounts[i] + taxes[i];
            var lineNet = pricesIncludeTax ? amounts[i] - taxes[i] : amounts[i];
            taxed[i] = new TaxedLine(Money.Of(lineNet, currency), Money.Of(taxes[i], currency), Money.Of(lineGross, currency), lines[i].Rate);
            net += lineNet;
            tax += taxes[i];
            gross += lineGross;
        }

        return new TaxedInvoice(taxed, Money.Of(net, currency), Money.Of(tax, currency), Money.Of(gross, currency), policy, pricesIncludeTax);
    }

    /// <summary>The tax on a tax-exclusive amount: net × rate, rounded to the minor unit.</summary>
    /// <exception cref="InvalidOperationException">The currency has no minor unit.</exception>
    public static Money TaxOnNet(Money net, Percentage rate, MidpointRounding mode) =>
        Money.Of(TaxOf(net.Amount, CheckRate(rate), included: false, MinorUnitOf(net.Currency), CheckMode(mode)), net.Currency);

    /// <summary>The tax inside a tax-inclusive amount: gross × R / (100 + R), rounded to the minor unit.</summary>
    /// <exception cref="InvalidOperationException">The currency has no minor unit.</exception>
    public static Money TaxInGross(Money gross, Percentage rate, MidpointRounding mode) =>
        Money.Of(TaxOf(gross.Amount, CheckRate(rate), included: true, MinorUnitOf(gross.Currency), CheckMode(mode)), gross.Currency);

    /// <summary>
    /// The tax-exclusive unit price, in whole minor units, whose tax rounded with <paramref name="mode"/> brings it
    /// to <paramref name="gross"/>. When no such price exists (at 20%, no price in pence gives £9.99: £8.32 gives
    /// £9.98 and £8.33 gives £10.00), the result is the highest net price whose gross stays below the target, and
    /// <see cref="ReversedPrice.IsExact"/> is false: the buyer is never charged more than the price shown.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The gross is negative or finer than the minor unit, or the rate outside [0%, 100%).</exception>
    public static ReversedPrice NetUnitPriceFor(Money gross, Percentage rate, MidpointRounding mode)
    {
        CheckRate(rate);
        CheckMode(mode);
        var currency = gross.Currency;
        var decimals = MinorUnitOf(currency);
        if (gross.IsNegative || Math.Round(gross.Amount, decimals) != gross.Amount)
        {
            throw new ArgumentOutOfRangeException(nameof(gross), gross.ToString(), "The target is a non-negative amount in whole minor units.");
        }

        // f(n) = n + round(n·r) rises by one or two minor units per minor unit of n, so the answer is within one
        // minor unit of gross / (1 + r): try the candidates from the highest down.
        var unit = currency.MinorUnitValue;
        var estimate = gross.Amount * 100m / (100m + rate.Percent);
        var ceiling = Math.Ceiling(estimate / unit) * unit;
        for (var candidate = ceiling; candidate >= ceiling - (3 * unit); candidate -= unit)
        {
            if (candidate < 0m)
            {
                break;
            }

            var tax = TaxOf(candidate, rate, included: false, decimals, mode);
            if (candidate + tax <= gross.Amount)
            {
                var unitPrice = new TaxedLine(Money.Of(candidate, currency), Money.Of(tax, currency), Money.Of(candidate + tax, currency), rate);
                return new ReversedPrice(unitPrice, candidate + tax == gross.Amount);
            }
        }

        var zero = Money.Zero(currency);
        return new ReversedPrice(new TaxedLine(zero, zero, zero, rate), gross.IsZero);
    }

    private static void ShareTaxPerRate(ReadOnlySpan<PricedLine> lines, decimal[] amounts, decimal[] taxes, bool included, Currency currency, int decimals, MidpointRounding mode)
    {
        var rates = new List<Percentage>();
        foreach (var line in lines)
        {
            if (!rates.Contains(line.Rate))
            {
                rates.Add(line.Rate);
            }
        }

        foreach (var rate in rates)
        {
            var members = new List<int>();
            var sum = 0m;
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].Rate == rate)
                {
                    members.Add(i);
                    sum += amounts[i];
                }
            }

            var total = TaxOf(sum, rate, included, decimals, mode);
            if (total == 0m)
            {
                continue;
            }

            var weights = members.Select(i => amounts[i]).ToArray();
            var parts = Money.Of(total, currency).Allocate(weights, decimals);
            for (var k = 0; k < members.Count; k++)
            {
                taxes[members[k]] = parts[k].Amount;
            }
        }
    }

    private static decimal TaxOf(decimal amount, Percentage rate, bool included, int decimals, MidpointRounding mode) =>
        Math.Round(included ? amount * rate.Percent / (100m + rate.Percent) : amount * rate.Fraction, decimals, mode);

    private static int MinorUnitOf(Currency currency) =>
        currency.MinorUnit ?? throw new InvalidOperationException($"{currency.Code} has no minor unit, so tax cannot be rounded in it.");

    private static Percentage CheckRate(Percentage rate) =>
        rate < Percentage.Zero || rate >= Percentage.OneHundred
            ? throw new ArgumentOutOfRangeException(nameof(rate), rate, "A tax rate is at least 0% and below 100%.")
            : rate;

    private static MidpointRounding CheckMode(MidpointRounding mode) =>
        mode is MidpointRounding.AwayFromZero or MidpointRounding.ToEven
            ? mode
            : throw new ArgumentOutOfRangeException(nameof(mode), mode, "Tax rounds half away from zero (half-up) or half to even.");
}
