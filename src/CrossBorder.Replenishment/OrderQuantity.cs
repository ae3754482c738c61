using System.Globalization;

namespace CrossBorder.Replenishment;

/// <summary>How a quantity is rounded to whole case packs.</summary>
public enum PackRounding
{
    /// <summary>Up to the next whole case (never under-orders; the default).</summary>
    Up = 1,

    /// <summary>To the nearest whole case (midpoint up).</summary>
    Nearest = 2,

    /// <summary>Down to whole cases, but never below the MOQ (then up to the first multiple at or above it).</summary>
    Down = 3,
}

/// <summary>
/// Supplier ordering constraints: minimum order quantity, case pack and (optionally) container capacity. Every
/// rounded order is 0 or ≥ MOQ, a multiple of the case pack, and never negative.
/// </summary>
public sealed class OrderConstraints
{
    /// <summary>Creates constraints.</summary>
    /// <param name="minimumOrderQuantity">MOQ in units, ≥ 0 (0 = none).</param>
    /// <param name="casePack">Units per case, ≥ 1.</param>
    /// <param name="rounding">How to round to cases.</param>
    /// <param name="containerCapacity">Units per container (a multiple of the case pack), or null; with <paramref name="fullContainersOnly"/> orders are whole containers.</param>
    /// <param name="fullContainersOnly">Round up to whole containers (full-container-load shipping).</param>
    /// <exception cref="ArgumentOutOfRangeException">MOQ negative, case pack or container capacity below 1, any of them above <see cref="MaximumQuantity"/>, or an unknown rounding.</exception>
    /// <exception cref="ArgumentException">The container capacity is not a multiple of the case pack, or full containers without a capacity.</exception>
    public OrderConstraints(int minimumOrderQuantity = 0, int casePack = 1, PackRounding rounding = PackRounding.Up, int? containerCapacity = null, bool fullContainersOnly = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minimumOrderQuantity);
        ArgumentOutOfRangeException.ThrowIfLessThan(casePack, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minimumOrderQuantity, MaximumQuantity);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(casePack, MaximumQuantity);
        if (!Enum.IsDefined(rounding))
        {
            throw new ArgumentOutOfRangeException(nameof(rounding), rounding, "Unknown rounding.");
        }

        if (containerCapacity is { } cap)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(cap, 1, nameof(containerCapacity));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(cap, MaximumQuantity, nameof(containerCapacity));
            if (cap % casePack != 0)
            {
                throw new ArgumentException($"A container of {cap} units does not hold whole cases of {casePack}.", nameof(containerCapacity));
            }
        }
        else if (fullContainersOnly)
        {
            throw new ArgumentException("Full containers need a container capacity.", nameof(fullContainersOnly));
        }

        MinimumOrderQuantity = minimumOrderQuantity;
        CasePack = casePack;
        Rounding = rounding;
        ContainerCapacity = containerCapacity;
        FullContainersOnly = fullContainersOnly;
    }

    /// <summary>
    /// The largest MOQ, case pack or container accepted: 100,000,000 units. Larger is a data error, and it keeps every
    /// rounded order (at most the request plus one case, the request itself capped at half of <see cref="int.MaxValue"/>)
    /// inside an <see cref="int"/>.
    /// </summary>
    public const int MaximumQuantity = 100_000_000;

    /// <summary>No constraints: whole units, rounded up.</summary>
    public static OrderConstraints None { get; } = new();

    /// <summary>Minimum order quantity in units.</summary>
    public int MinimumOrderQuantity { get; }

    /// <summary>Units per case.</summary>
    public int CasePack { get; }

    /// <summary>Rounding to cases.</summary>
    public PackRounding Rounding { get; }

    /// <summary>Units per container, if set.</summary>
    public int? ContainerCapacity { get; }

    /// <summary>Whether orders are whole containers.</summary>
    public bool FullContainersOnly { get; }

    /// <summary>
    /// Rounds a requested quantity: ≤ 0 (or below half a unit) → no order; otherwise raised to the MOQ, rounded to
    /// cases per <see cref="Rounding"/> (never below the MOQ), then to whole containers when required.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="requested"/> is NaN or infinite, or the result overflows.</exception>
    public RoundedOrder Round(double requested)
    {
        Guard.Finite(requested, nameof(requested));
        if (requested < 0.5)
        {
            return new RoundedOrder(requested, 0, 0, 0, "no order needed");
        }

        if (requested > int.MaxValue / 2)
        {
            throw new ArgumentOutOfRangeException(nameof(requested), requested, "The requested quantity is too large to order.");
        }

        var rules = new List<string>();
        var q = requested;
        if (q < MinimumOrderQuantity)
        {
            q = MinimumOrderQuantity;
            rules.Add(string.Create(CultureInfo.InvariantCulture, $"raised to MOQ {MinimumOrderQuantity}"));
        }

        var pack = (double)CasePack;
        var cases = Rounding switch
        {
            PackRounding.Up => Math.Ceiling((q / pack) - 1e-9),
            PackRounding.Nearest => Math.Floor((q / pack) + 0.5),
            _ => Math.Floor((q / pack) + 1e-9),
        };
        cases = Math.Max(cases, 1);
        if (cases * pack < MinimumOrderQuantity)
        {
            cases = Math.Ceiling(MinimumOrderQuantity / pack);
        }

        var units = (int)(cases * pack);
        if (CasePack > 1)
        {
            rules.Add(string.Create(CultureInfo.InvariantCulture, $"{cases:0} cases of {CasePack} ({Rounding})"));
        }

        var containers = 0;
        if (ContainerCapacity is { } cap)
        {
            containers = checked((units + cap - 1) / cap);
            if (FullContainersOnly)
            {
                units = checked(containers * cap);
                rules.Add(string.Create(CultureInfo.InvariantCulture, $"{containers} full containers of {cap}"));
            }
            else
            {
                rules.Add(string.Create(CultureInfo.InvariantCulture, $"{containers} containers, last {(units - ((containers - 1) * cap)) * 100.0 / cap:0.#}% full"));
            }
        }

        return new RoundedOrder(requested, units, units / CasePack, containers, rules.Count == 0 ? "whole units" : string.Join("; ", rules));
    }
}

/// <summary>A rounded order: the request, the quantity to order and how it was rounded.</summary>
public sealed class RoundedOrder
{
    internal RoundedOrder(double requested, int quantity, int cases, int containers, string rule)
    {
        Requested = requested;
        Quantity = quantity;
        Cases = cases;
        Containers = containers;
        Rule = rule;
    }

    /// <summary>The quantity asked for before rounding.</summary>
    public double Requested { get; }

    /// <summary>Units to order: 0 or at least the MOQ, a multiple of the case pack.</summary>
    public int Quantity { get; }

    /// <summary>Whole cases.</summary>
    public int Cases { get; }

    /// <summary>Containers used (0 without a container capacity).</summary>
    public int Containers { get; }

    /// <summary>The rounding applied, in words.</summary>
    public string Rule { get; }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Quantity} units (requested {Requested:G6}; {Rule})");
}

/// <summary>Lot sizing.</summary>
public static class LotSize
{
    /// <summary>
    /// The economic order quantity Q* = √(2·D·K/h) (Harris 1913; Silver, Pyke &amp; Thomas 2017, ch. 4): D demand per year
    /// in units, K the fixed cost per order and h the holding cost per unit per year (same currency as K).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">D or K negative, h not positive, or any not finite.</exception>
    public static double EconomicOrderQuantity(double annualDemand, decimal orderingCost, decimal holdingCostPerUnitYear)
    {
        Guard.NonNegative(annualDemand, nameof(annualDemand));
        if (orderingCost < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(orderingCost), orderingCost, "The ordering cost must be non-negative.");
        }

        if (holdingCostPerUnitYear <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(holdingCostPerUnitYear), holdingCostPerUnitYear, "The holding cost per unit-year must be positive.");
        }

        return Math.Sqrt(2 * annualDemand * (double)orderingCost / (double)holdingCostPerUnitYear);
    }

    /// <summary>The holding cost per unit-year h = i·c from an annual carrying rate i (such as 0.25) and the unit cost c.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative.</exception>
    public static decimal HoldingCost(decimal unitCost, decimal annualCarryingRate)
    {
        if (unitCost < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(unitCost), unitCost, "The unit cost must be non-negative.");
        }

        if (annualCarryingRate < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(annualCarryingRate), annualCarryingRate, "The carrying rate must be non-negative.");
        }

        return unitCost * annualCarryingRate;
    }
}
