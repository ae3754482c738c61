using static System.FormattableString;

namespace CrossBorder.LandedCost;

/// <summary>A cost line of <see cref="UnitEconomicsResult"/>.</summary>
public enum UnitCostKind
{
    /// <summary>What the supplier is paid.</summary>
    PurchaseCost,

    /// <summary>Freight from the supplier to the destination.</summary>
    FirstLegFreight,

    /// <summary>Customs duty.</summary>
    Duty,

    /// <summary>Import VAT or GST that is not recovered (zero when it is).</summary>
    ImportTax,

    /// <summary>The marketplace's referral fee, raised to its minimum where one holds.</summary>
    ReferralFee,

    /// <summary>The pick, pack and ship fee.</summary>
    FulfilmentFee,

    /// <summary>The payment provider's percentage and fixed fee.</summary>
    PaymentFee,

    /// <summary>Advertising: the amount per unit plus the share of the price.</summary>
    Advertising,

    /// <summary>The returns allowance: return rate × cost per return.</summary>
    Returns,
}

/// <summary>One cost of a unit, in the result currency, exact, with its share of the net revenue.</summary>
public sealed class UnitCostLine
{
    internal UnitCostLine(UnitCostKind kind, Money amount, Money netRevenue)
    {
        Kind = kind;
        Amount = amount;
        ShareOfNetRevenue = Percentage.FromFraction(amount.Amount / netRevenue.Amount);
    }

    /// <summary>Which cost this is.</summary>
    public UnitCostKind Kind { get; }

    /// <summary>The cost per unit, exact (not rounded).</summary>
    public Money Amount { get; }

    /// <summary>The cost as a share of the net revenue per unit.</summary>
    public Percentage ShareOfNetRevenue { get; }

    /// <summary><c>ReferralFee: 1.4985 EUR</c>.</summary>
    public override string ToString() => Invariant($"{Kind}: {Amount}");
}

/// <summary>
/// What one unit earns: the price and net revenue in the result currency, each cost line, the contribution and its
/// margin, and the break-even selling price. Amounts are exact (see <see cref="UnitEconomics.Compute"/>).
/// </summary>
public sealed class UnitEconomicsResult
{
    private readonly UnitCostLine[] _lines;

    internal UnitEconomicsResult(Money price, Money netRevenue, Money[] amounts, Money breakEvenPrice)
    {
        Price = price;
        NetRevenue = netRevenue;
        _lines = [.. amounts.Select((amount, i) => new UnitCostLine((UnitCostKind)i, amount, netRevenue))];
        TotalCost = SumOf(amounts, price.Currency);
        Contribution = netRevenue - TotalCost;
        ContributionMargin = Percentage.FromFraction(Contribution.Amount / netRevenue.Amount);
        BreakEvenPrice = breakEvenPrice;
    }

    /// <summary>The result currency.</summary>
    public Currency Currency => Price.Currency;

    /// <summary>The selling price in the result currency.</summary>
    public Money Price { get; }

    /// <summary>The revenue the seller keeps: the price, less the tax it includes when it includes tax.</summary>
    public Money NetRevenue { get; }

    /// <summary>The cost lines, in the order of <see cref="UnitCostKind"/>, every one present (zero when the input has none).</summary>
    public IReadOnlyList<UnitCostLine> Lines => _lines;

    /// <summary>The sum of the lines.</summary>
    public Money TotalCost { get; }

    /// <summary>Net revenue less total cost, per unit; negative when a unit loses money.</summary>
    public Money Contribution { get; }

    /// <summary>The contribution as a share of the net revenue.</summary>
    public Percentage ContributionMargin { get; }

    /// <summary>
    /// The lowest selling price, in the selling price's currency and whole minor units, at which the contribution is zero
    /// or more (the exact root rounded up, so that it never loses money).
    /// </summary>
    public Money BreakEvenPrice { get; }

    /// <summary>The line of one kind.</summary>
    public UnitCostLine this[UnitCostKind kind] => _lines[(int)kind];

    /// <summary>The working: net revenue, each line with its share, the contribution and the break-even price.</summary>
    public Explanation Explain()
    {
        var steps = new List<ExplanationStep>(_lines.Length + 3)
        {
            new("Net revenue", NetRevenue) { Base = Price },
        };
        steps.AddRange(_lines.Select(l => new ExplanationStep(Invariant($"{l.Kind} ({l.ShareOfNetRevenue} of net revenue)"), l.Amount)));
        steps.Add(new ExplanationStep("Contribution", Contribution) { Base = NetRevenue, Rate = ContributionMargin });
        steps.Add(new ExplanationStep("Break-even selling price", BreakEvenPrice) { Rounding = "up to the minor unit" });
        return Explanation.Of(steps);
    }

    /// <summary><c>contribution 3.21 EUR (12.5%) of net 25.68 EUR; break-even 21.37 EUR</c>.</summary>
    public override string ToString() => Invariant($"contribution {Contribution} ({ContributionMargin}) of net {NetRevenue}; break-even {BreakEvenPrice}");

    internal static Money SumOf(Money[] amounts, Currency currency)
    {
        var total = Money.Zero(currency);
        foreach (var amount in amounts)
        {
            total += amount;
        }

        return total;
    }
}
