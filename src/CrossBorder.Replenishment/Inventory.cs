using System.Globalization;
using NodaTime;

namespace CrossBorder.Replenishment;

/// <summary>Goods on order or in transit, due to be available on <see cref="Arrival"/>.</summary>
public sealed class ScheduledReceipt
{
    /// <summary>Creates a receipt.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The quantity is not finite and positive, or beyond <see cref="InventorySnapshot.MaximumQuantity"/>.</exception>
    public ScheduledReceipt(LocalDate arrival, double quantity)
    {
        Guard.Positive(quantity, nameof(quantity));
        InventorySnapshot.EnsureQuantity(quantity, nameof(quantity));
        Arrival = arrival;
        Quantity = quantity;
    }

    /// <summary>When the goods become available to sell.</summary>
    public LocalDate Arrival { get; }

    /// <summary>Units.</summary>
    public double Quantity { get; }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Quantity:G6} on {Arrival.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}");
}

/// <summary>
/// A SKU's stock: on hand, backorders and the scheduled receipts (on order or in transit); the inventory position is
/// on hand + in transit − backorders.
/// </summary>
public sealed class InventorySnapshot
{
    private readonly ScheduledReceipt[] _inTransit;

    /// <summary>Creates a snapshot.</summary>
    /// <param name="onHand">Units available, ≥ 0.</param>
    /// <param name="backorders">Units owed to customers, ≥ 0.</param>
    /// <param name="inTransit">Receipts due; none by default.</param>
    /// <exception cref="ArgumentOutOfRangeException">A quantity is negative, NaN, infinite or beyond <see cref="MaximumQuantity"/>.</exception>
    public InventorySnapshot(double onHand, double backorders = 0, IEnumerable<ScheduledReceipt>? inTransit = null)
    {
        Guard.NonNegative(onHand, nameof(onHand));
        Guard.NonNegative(backorders, nameof(backorders));
        EnsureQuantity(onHand, nameof(onHand));
        EnsureQuantity(backorders, nameof(backorders));
        OnHand = onHand;
        Backorders = backorders;
        var receipts = inTransit?.ToArray() ?? [];
        foreach (var r in receipts)
        {
            ArgumentNullException.ThrowIfNull(r, nameof(inTransit));
        }

        _inTransit = [.. receipts.OrderBy(r => r.Arrival)];
    }

    /// <summary>
    /// The largest quantity on hand, backordered or in one receipt: 10¹² units. Larger is a data error, and sums of
    /// such quantities (the inventory position) stay finite.
    /// </summary>
    public const double MaximumQuantity = 1e12;

    /// <summary>Units on hand.</summary>
    public double OnHand { get; }

    /// <summary>Units backordered.</summary>
    public double Backorders { get; }

    /// <summary>Scheduled receipts, by arrival.</summary>
    public IReadOnlyList<ScheduledReceipt> InTransit => _inTransit;

    /// <summary>Units in transit or on order.</summary>
    public double InTransitQuantity => _inTransit.Sum(r => r.Quantity);

    /// <summary>Inventory position: on hand + in transit − backorders.</summary>
    public double InventoryPosition => OnHand + InTransitQuantity - Backorders;

    /// <summary>Net stock: on hand − backorders.</summary>
    public double NetStock => OnHand - Backorders;

    internal static void EnsureQuantity(double quantity, string name)
    {
        if (quantity > MaximumQuantity)
        {
            throw new ArgumentOutOfRangeException(name, quantity, string.Create(CultureInfo.InvariantCulture, $"{name} = {quantity:G6} is beyond the limit of {MaximumQuantity:G3} units."));
        }
    }
}
