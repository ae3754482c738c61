using static System.FormattableString;

namespace CrossBorder.LandedCost;

/// <summary>
/// The cost of one unit by each <see cref="FulfilmentOption"/> at a monthly volume, the cheapest, and the monthly volume
/// at which each pair of options costs the same, so that a seller can see where one way of fulfilling orders overtakes
/// another.
/// </summary>
/// <remarks>
/// An option's cost per unit at a monthly volume v is F / v + c, with F its costs per month and c its costs per unit,
/// both in the result currency. Everything is exact decimal until the output: <see cref="FulfilmentOptionCost.UnitCost"/>
/// is rounded half up to the minor unit, and break-even volumes are whole units, rounded up.
/// </remarks>
public sealed class FulfilmentComparison
{
    private readonly FulfilmentOptionCost[] _options;
    private readonly FulfilmentBreakEven[] _breakEvens;

    private FulfilmentComparison(decimal monthlyVolume, FulfilmentOptionCost[] options, FulfilmentBreakEven[] breakEvens)
    {
        MonthlyVolume = monthlyVolume;
        _options = options;
        _breakEvens = breakEvens;
        Cheapest = options.Aggregate((best, o) => o.ExactUnitCost < best.ExactUnitCost ? o : best);
    }

    /// <summary>The monthly volume compared at.</summary>
    public decimal MonthlyVolume { get; }

    /// <summary>Each option's costs at <see cref="MonthlyVolume"/>, in input order.</summary>
    public IReadOnlyList<FulfilmentOptionCost> Options => _options;

    /// <summary>The option with the lowest exact cost per unit; the first in input order on a tie.</summary>
    public FulfilmentOptionCost Cheapest { get; }

    /// <summary>For each pair of options whose costs cross at a positive volume, that volume, in input order of the pairs.</summary>
    public IReadOnlyList<FulfilmentBreakEven> BreakEvens => _breakEvens;

    /// <summary>Compares options at a monthly volume.</summary>
    /// <param name="monthlyVolume">Units sold a month; positive (an average may have decimals).</param>
    /// <param name="options">One or more options with distinct names.</param>
    /// <param name="currency">The result currency; one with a minor unit.</param>
    /// <param name="rates">Rates that convert every amount in another currency into <paramref name="currency"/> (either way round, or crossed through a currency two rates share); empty when all amounts are in <paramref name="currency"/>.</param>
    /// <exception cref="ArgumentException">The volume is not positive, there are no options, one is null, two share a name, or no rate converts an amount (named as <paramref name="rates"/>).</exception>
    public static FulfilmentComparison Compare(decimal monthlyVolume, IEnumerable<FulfilmentOption> options, Currency currency, IReadOnlyList<ExchangeRate>? rates = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(monthlyVolume);
        ArgumentNullException.ThrowIfNull(options);
        FulfilmentOption[] list = [.. options];
        if (list.Length == 0)
        {
            throw new ArgumentException("Compare at least one fulfilment option.", nameof(options));
        }

        if (list.Any(o => o is null))
        {
            throw new ArgumentException("An option is null.", nameof(options));
        }

        if (list.GroupBy(o => o.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } repeated)
        {
            throw new ArgumentException($"Two options are named '{repeated.Key}'; give each a distinct name.", nameof(options));
        }

        var converter = new EconomicsRates(currency, rates);
        FulfilmentOptionCost[] costs = [.. list.Select(o => new FulfilmentOptionCost(
            o,
            monthlyVolume,
            converter.Sum(o.Costs.Where(c => c.Basis == FulfilmentCostBasis.PerMonth).Select(c => c.Amount)),
            converter.Sum(o.Costs.Where(c => c.Basis == FulfilmentCostBasis.PerUnit).Select(c => c.Amount))))];

        var breakEvens = new List<FulfilmentBreakEven>();
        for (var i = 0; i < costs.Length; i++)
        {
            for (var j = i + 1; j < costs.Length; j++)
            {
                if (FulfilmentBreakEven.Between(costs[i], costs[j]) is { } breakEven)
                {
                    breakEvens.Add(breakEven);
                }
            }
        }

        return new FulfilmentComparison(monthlyVolume, costs, [.. breakEvens]);
    }

    /// <summary><c>at 300 units a month: overseas warehouse 3.25 EUR, direct mail 4.10 EUR (cheapest: overseas warehouse)</c>.</summary>
    public override string ToString() =>
        Invariant($"at {MonthlyVolume} units a month: {string.Join(", ", _options.Select(o => Invariant($"{o.Option.Name} {o.UnitCost}")))} (cheapest: {Cheapest.Option.Name})");
}

/// <summary>One option's costs at a monthly volume, in the result currency.</summary>
public sealed class FulfilmentOptionCost
{
    internal FulfilmentOptionCost(FulfilmentOption option, decimal monthlyVolume, Money fixedPerMonth, Money variablePerUnit)
    {
        Option = option;
        FixedPerMonth = fixedPerMonth;
        VariablePerUnit = variablePerUnit;
        ExactUnitCost = UnitCostAt(monthlyVolume);
        UnitCost = ExactUnitCost.Round(MidpointRounding.AwayFromZero);
        MonthlyCost = fixedPerMonth + variablePerUnit.Multiply(monthlyVolume);
    }

    /// <summary>The option.</summary>
    public FulfilmentOption Option { get; }

    /// <summary>F: the costs paid every month whatever the volume, exact.</summary>
    public Money FixedPerMonth { get; }

    /// <summary>c: the costs paid for every unit, exact.</summary>
    public Money VariablePerUnit { get; }

    /// <summary>F / volume + c, exact.</summary>
    public Money ExactUnitCost { get; }

    /// <summary><see cref="ExactUnitCost"/> rounded half up to the minor unit.</summary>
    public Money UnitCost { get; }

    /// <summary>F + c × volume, exact: what a month costs.</summary>
    public Money MonthlyCost { get; }

    /// <summary>The exact cost of one unit at another monthly volume: F / volume + c.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The volume is not positive.</exception>
    public Money UnitCostAt(decimal monthlyVolume)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(monthlyVolume);
        return FixedPerMonth.Divide(monthlyVolume) + VariablePerUnit;
    }

    /// <summary><c>direct mail: 4.10 EUR per unit (0.00 EUR a month + 4.10 EUR a unit)</c>.</summary>
    public override string ToString() => Invariant($"{Option.Name}: {UnitCost} per unit ({FixedPerMonth} a month + {VariablePerUnit} a unit)");
}

/// <summary>
/// The monthly volume at which two options cost the same per unit. Below it the option with the lower monthly costs is
/// cheaper; from it on, the one with the lower unit costs (<see cref="CheaperFrom"/>).
/// </summary>
public sealed class FulfilmentBreakEven
{
    private FulfilmentBreakEven(FulfilmentOption first, FulfilmentOption second, decimal exactVolume, FulfilmentOption cheaperFrom)
    {
        First = first;
        Second = second;
        ExactVolume = exactVolume;
        MonthlyVolume = Math.Ceiling(exactVolume);
        CheaperFrom = cheaperFrom;
    }

    /// <summary>The earlier option of the pair, in input order.</summary>
    public FulfilmentOption First { get; }

    /// <summary>The later option of the pair.</summary>
    public FulfilmentOption Second { get; }

    /// <summary>(F₁ − F₂) / (c₂ − c₁): the volume at which the exact unit costs are equal.</summary>
    public decimal ExactVolume { get; }

    /// <summary>The break-even volume in whole units, rounded up: the least whole monthly volume at which <see cref="CheaperFrom"/> costs no more than the other.</summary>
    public decimal MonthlyVolume { get; }

    /// <summary>The option that costs no more from <see cref="MonthlyVolume"/> on (and less above <see cref="ExactVolume"/>): the one with the lower unit costs.</summary>
    public FulfilmentOption CheaperFrom { get; }

    /// <summary><c>direct mail and overseas warehouse break even at 240 units a month; overseas warehouse is cheaper from there</c>.</summary>
    public override string ToString() =>
        Invariant($"{First.Name} and {Second.Name} break even at {MonthlyVolume} units a month; {CheaperFrom.Name} is cheaper from there");

    /// <summary>The pair's break-even, or null when their costs never cross at a positive volume (equal unit costs, or one option cheaper at both ends).</summary>
    internal static FulfilmentBreakEven? Between(FulfilmentOptionCost first, FulfilmentOptionCost second)
    {
        var slope = second.VariablePerUnit.Amount - first.VariablePerUnit.Amount;
        var gap = first.FixedPerMonth.Amount - second.FixedPerMonth.Amount;
        if (slope == 0m || gap == 0m || (slope > 0m) != (gap > 0m))
        {
            return null;
        }

        return new FulfilmentBreakEven(first.Option, second.Option, gap / slope, slope > 0m ? first.Option : second.Option);
    }
}
