using static System.FormattableString;

namespace CrossBorder.LandedCost;

/// <summary>How goods reach the buyer.</summary>
public enum FulfilmentMethod
{
    /// <summary>Each order posted from the origin country to the buyer.</summary>
    DirectMail,

    /// <summary>Bulk shipments to a third-party warehouse in the destination, which picks, packs and ships each order.</summary>
    OverseasWarehouse,

    /// <summary>Bulk shipments into the marketplace's own fulfilment centre, which charges a fulfilment fee per unit.</summary>
    FulfilmentCentre,
}

/// <summary>Whether a fulfilment cost is paid per unit shipped or per month whatever the volume.</summary>
public enum FulfilmentCostBasis
{
    /// <summary>Paid for every unit.</summary>
    PerUnit,

    /// <summary>Paid every month whatever the volume; per unit it is the monthly amount / the monthly volume.</summary>
    PerMonth,
}

/// <summary>One cost of a <see cref="FulfilmentOption"/>, in the currency it was given in, with how it was reached.</summary>
public sealed class FulfilmentCost
{
    internal FulfilmentCost(string name, Money amount, FulfilmentCostBasis basis, string working)
    {
        Name = name;
        Amount = amount;
        Basis = basis;
        Working = working;
    }

    /// <summary>What the cost is: "bulk freight", "storage", "last mile".</summary>
    public string Name { get; }

    /// <summary>The amount per unit or per month, exact.</summary>
    public Money Amount { get; }

    /// <summary>Whether <see cref="Amount"/> is per unit or per month.</summary>
    public FulfilmentCostBasis Basis { get; }

    /// <summary>The arithmetic in invariant text: <c>USD 1,800.00 per shipment × 1 shipment per month</c>.</summary>
    public string Working { get; }

    /// <summary><c>storage: 0.90 EUR per unit (0.45 EUR per unit-month × 2 months)</c>.</summary>
    public override string ToString() => Invariant($"{Name}: {Amount} {(Basis == FulfilmentCostBasis.PerUnit ? "per unit" : "per month")} ({Working})");
}

/// <summary>
/// A way to fulfil orders, as costs per month and per unit: the cost of one unit at a monthly volume v is
/// (the monthly costs) / v + (the unit costs). Immutable; build one with <see cref="DirectMail"/>,
/// <see cref="OverseasWarehouse"/> or <see cref="FulfilmentCentre"/> and compare them with
/// <see cref="FulfilmentComparison.Compare"/>.
/// </summary>
/// <remarks>
/// A bulk shipment's freight is a cost per shipment: with s shipments a month, each carries the month's volume / s
/// units, so the freight is s × the freight per shipment a month, and its share per unit falls as the volume rises.
/// Storage is charged per unit for the months a unit is held on average (half the time between shipments when it sells
/// evenly, more with safety stock). No fee figure is built in: every amount is an input, in any currency.
/// </remarks>
public sealed class FulfilmentOption
{
    private readonly FulfilmentCost[] _costs;

    private FulfilmentOption(string name, FulfilmentMethod method, FulfilmentCost[] costs)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Method = method;
        _costs = costs;
    }

    /// <summary>The option's name, unique within a comparison.</summary>
    public string Name { get; }

    /// <summary>The kind of fulfilment.</summary>
    public FulfilmentMethod Method { get; }

    /// <summary>The costs, per unit and per month, as given.</summary>
    public IReadOnlyList<FulfilmentCost> Costs => _costs;

    /// <summary>Direct mail from the origin: postage per unit, and optionally a monthly fee (a shipping account, software).</summary>
    /// <param name="postagePerUnit">International postage and handling per unit.</param>
    /// <param name="fixedPerMonth">Costs paid every month whatever the volume; null when none.</param>
    /// <param name="name">The option's name.</param>
    /// <exception cref="ArgumentException">An amount is negative or default, or the name is blank.</exception>
    public static FulfilmentOption DirectMail(Money postagePerUnit, Money? fixedPerMonth = null, string name = "direct mail") =>
        new(name, FulfilmentMethod.DirectMail, Present(
            PerUnit("postage", postagePerUnit, nameof(postagePerUnit)),
            Monthly(fixedPerMonth, nameof(fixedPerMonth))));

    /// <summary>
    /// Bulk shipments to an overseas warehouse: freight per shipment, storage per unit-month for the months held, a pick
    /// and pack fee and last-mile delivery per unit, and optionally a monthly fee.
    /// </summary>
    /// <param name="freightPerShipment">The freight (and clearance) of one bulk shipment.</param>
    /// <param name="shipmentsPerMonth">How many shipments a month (0.5 for one every two months); positive.</param>
    /// <param name="storagePerUnitMonth">Storage of one unit for one month.</param>
    /// <param name="monthsHeld">How long a unit is stored on average, in months; zero or more.</param>
    /// <param name="pickPackPerUnit">The warehouse's pick and pack fee per unit.</param>
    /// <param name="lastMilePerUnit">Delivery from the warehouse to the buyer, per unit.</param>
    /// <param name="fixedPerMonth">The warehouse's monthly fee; null when none.</param>
    /// <param name="name">The option's name.</param>
    /// <exception cref="ArgumentException">An amount is negative or default, a count is out of range, or the name is blank.</exception>
    public static FulfilmentOption OverseasWarehouse(
        Money freightPerShipment,
        decimal shipmentsPerMonth,
        Money storagePerUnitMonth,
        decimal monthsHeld,
        Money pickPackPerUnit,
        Money lastMilePerUnit,
        Money? fixedPerMonth = null,
        string name = "overseas warehouse") =>
        new(name, FulfilmentMethod.OverseasWarehouse, Present(
            Freight("bulk freight", freightPerShipment, shipmentsPerMonth, nameof(freightPerShipment), nameof(shipmentsPerMonth)),
            Storage(storagePerUnitMonth, monthsHeld, nameof(storagePerUnitMonth), nameof(monthsHeld)),
            PerUnit("pick and pack", pickPackPerUnit, nameof(pickPackPerUnit)),
            PerUnit("last mile", lastMilePerUnit, nameof(lastMilePerUnit)),
            Monthly(fixedPerMonth, nameof(fixedPerMonth))));

    /// <summary>
    /// Bulk shipments into a marketplace fulfilment centre: inbound freight per shipment, storage per unit-month for the
    /// months held, and the marketplace's fulfilment fee per unit.
    /// </summary>
    /// <param name="inboundFreightPerShipment">The freight of one shipment into the fulfilment centre.</param>
    /// <param name="shipmentsPerMonth">How many shipments a month; positive.</param>
    /// <param name="storagePerUnitMonth">The centre's storage fee for one unit for one month.</param>
    /// <param name="monthsHeld">How long a unit is stored on average, in months; zero or more.</param>
    /// <param name="fulfilmentFeePerUnit">The marketplace's fulfilment fee per unit.</param>
    /// <param name="fixedPerMonth">Costs paid every month whatever the volume; null when none.</param>
    /// <param name="name">The option's name.</param>
    /// <exception cref="ArgumentException">An amount is negative or default, a count is out of range, or the name is blank.</exception>
    public static FulfilmentOption FulfilmentCentre(
        Money inboundFreightPerShipment,
        decimal shipmentsPerMonth,
        Money storagePerUnitMonth,
        decimal monthsHeld,
        Money fulfilmentFeePerUnit,
        Money? fixedPerMonth = null,
        string name = "fulfilment centre") =>
        new(name, FulfilmentMethod.FulfilmentCentre, Present(
            Freight("inbound freight", inboundFreightPerShipment, shipmentsPerMonth, nameof(inboundFreightPerShipment), nameof(shipmentsPerMonth)),
            Storage(storagePerUnitMonth, monthsHeld, nameof(storagePerUnitMonth), nameof(monthsHeld)),
            PerUnit("fulfilment fee", fulfilmentFeePerUnit, nameof(fulfilmentFeePerUnit)),
            Monthly(fixedPerMonth, nameof(fixedPerMonth))));

    /// <summary><c>overseas warehouse (OverseasWarehouse)</c>.</summary>
    public override string ToString() => Invariant($"{Name} ({Method})");

    private static FulfilmentCost[] Present(params FulfilmentCost?[] costs) => [.. costs.OfType<FulfilmentCost>()];

    private static FulfilmentCost PerUnit(string name, Money amount, string parameter) =>
        new(name, Check(amount, parameter), FulfilmentCostBasis.PerUnit, "as given");

    private static FulfilmentCost? Monthly(Money? amount, string parameter) =>
        amount is { } m ? new FulfilmentCost("fixed", Check(m, parameter), FulfilmentCostBasis.PerMonth, "as given") : null;

    private static FulfilmentCost Freight(string name, Money perShipment, decimal shipmentsPerMonth, string parameter, string countParameter)
    {
        Check(perShipment, parameter);
        if (shipmentsPerMonth <= 0m)
        {
            throw new ArgumentOutOfRangeException(countParameter, shipmentsPerMonth, "The number of shipments a month is positive.");
        }

        return new FulfilmentCost(name, perShipment.Multiply(shipmentsPerMonth), FulfilmentCostBasis.PerMonth, Invariant($"{perShipment} per shipment × {shipmentsPerMonth} shipments per month"));
    }

    private static FulfilmentCost Storage(Money perUnitMonth, decimal monthsHeld, string parameter, string monthsParameter)
    {
        Check(perUnitMonth, parameter);
        ArgumentOutOfRangeException.ThrowIfNegative(monthsHeld, monthsParameter);
        return new FulfilmentCost("storage", perUnitMonth.Multiply(monthsHeld), FulfilmentCostBasis.PerUnit, Invariant($"{perUnitMonth} per unit-month × {monthsHeld} months"));
    }

    private static Money Check(Money amount, string parameter) =>
        amount.IsDefault || amount.IsNegative
            ? throw new ArgumentOutOfRangeException(parameter, amount.IsDefault ? "default" : amount.ToString(), "A fulfilment cost is zero or positive.")
            : amount;
}
