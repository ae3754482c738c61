using System.Globalization;

namespace CrossBorder.LandedCost;

/// <summary>What a destination's customs value includes.</summary>
public enum ValuationBasis
{
    /// <summary>Cost, insurance and freight to the border: the EU (UCC Art. 71), the UK, China, Japan.</summary>
    Cif,

    /// <summary>Free on board at export, without international freight and insurance: the US (transaction value), Canada (place of direct shipment), Australia's customs value.</summary>
    Fob,
}

/// <summary>How freight and insurance are shared over the lines of a shipment.</summary>
public enum AllocationMethod
{
    /// <summary>In proportion to each line's goods value.</summary>
    ByValue,

    /// <summary>In proportion to each line's weight (every line needs one).</summary>
    ByWeight,

    /// <summary>In proportion to each line's quantity.</summary>
    ByQuantity,
}

/// <summary>One line of a shipment to value: its goods value (in the shipment's currency), quantity and weight.</summary>
public sealed class ShipmentLine
{
    /// <summary>Creates a line.</summary>
    /// <exception cref="ArgumentException">The SKU is empty, the value default or negative, the quantity not positive, or the weight negative.</exception>
    public ShipmentLine(string sku, Money goodsValue, decimal quantity, decimal? weightKg = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sku);
        if (goodsValue.IsDefault || goodsValue.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(goodsValue), goodsValue.IsDefault ? "default" : goodsValue.ToString(), string.Create(CultureInfo.InvariantCulture, $"Line {sku}: the goods value is a non-negative amount."));
        }

        if (quantity <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(quantity), quantity, string.Create(CultureInfo.InvariantCulture, $"Line {sku}: the quantity is positive."));
        }

        if (weightKg is < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(weightKg), weightKg, string.Create(CultureInfo.InvariantCulture, $"Line {sku}: a weight is not negative."));
        }

        Sku = sku;
        GoodsValue = goodsValue;
        Quantity = quantity;
        WeightKg = weightKg;
    }

    /// <summary>The SKU.</summary>
    public string Sku { get; }

    /// <summary>The goods value of the whole line (unit value × quantity).</summary>
    public Money GoodsValue { get; }

    /// <summary>The quantity.</summary>
    public decimal Quantity { get; }

    /// <summary>The weight of the whole line, when known.</summary>
    public decimal? WeightKg { get; }
}

/// <summary>A line after valuation: its goods, its exact shares of freight and insurance, and its customs value.</summary>
/// <param name="Sku">The SKU.</param>
/// <param name="Goods">The goods value.</param>
/// <param name="Freight">Its share of the freight.</param>
/// <param name="Insurance">Its share of the insurance.</param>
/// <param name="CustomsValue">Goods, plus freight and insurance on a CIF basis.</param>
public sealed record ValuedLine(string Sku, Money Goods, Money Freight, Money Insurance, Money CustomsValue);

/// <summary>A shipment valued for customs: each line, the totals (each the exact sum of its lines) and how it was done.</summary>
public sealed class CustomsValuation
{
    internal CustomsValuation(ValuedLine[] lines, ValuationBasis basis, AllocationMethod method, Money goods, Money freight, Money insurance, Money customsValue)
    {
        Lines = lines;
        Basis = basis;
        Method = method;
        Goods = goods;
        Freight = freight;
        Insurance = insurance;
        CustomsValue = customsValue;
    }

    /// <summary>The lines, in input order.</summary>
    public IReadOnlyList<ValuedLine> Lines { get; }

    /// <summary>The basis used.</summary>
    public ValuationBasis Basis { get; }

    /// <summary>How freight and insurance were shared.</summary>
    public AllocationMethod Method { get; }

    /// <summary>Total goods value.</summary>
    public Money Goods { get; }

    /// <summary>Total freight.</summary>
    public Money Freight { get; }

    /// <summary>Total insurance.</summary>
    public Money Insurance { get; }

    /// <summary>Total customs value.</summary>
    public Money CustomsValue { get; }

    /// <summary>Values a shipment: freight and insurance shared over the lines exactly (largest remainder, Core's <see cref="Money.Allocate(ReadOnlySpan{decimal})"/>), then each line's customs value on <paramref name="basis"/>.</summary>
    /// <param name="lines">The lines, in one currency with a minor unit; amounts in whole minor units.</param>
    /// <param name="freight">International freight to the border (or the place of import), in the same currency.</param>
    /// <param name="insurance">Insurance of the international carriage, in the same currency.</param>
    /// <param name="basis">The destination's basis.</param>
    /// <param name="method">How to share freight and insurance.</param>
    /// <exception cref="ArgumentException">No lines, freight or insurance negative, a line without weight when sharing by weight, nothing to share by (all values or weights zero), or amounts finer than the minor unit.</exception>
    /// <exception cref="CurrencyMismatchException">Amounts in different currencies.</exception>
    public static CustomsValuation Of(IReadOnlyList<ShipmentLine> lines, Money freight, Money insurance, ValuationBasis basis, AllocationMethod method)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count == 0)
        {
            throw new ArgumentException("A shipment has at least one line.", nameof(lines));
        }

        if (!Enum.IsDefined(basis) || !Enum.IsDefined(method))
        {
            throw new ArgumentOutOfRangeException(nameof(basis), "Unknown basis or allocation method.");
        }

        var currency = lines[0].GoodsValue.Currency;
        foreach (var (amount, name) in new[] { (freight, nameof(freight)), (insurance, nameof(insurance)) })
        {
            if (amount.IsDefault || amount.IsNegative || !amount.IsRounded)
            {
                throw new ArgumentOutOfRangeException(name, amount.IsDefault ? "default" : amount.ToString(), string.Create(CultureInfo.InvariantCulture, $"The {name} is a non-negative amount in whole minor units."));
            }

            if (amount.Currency != currency)
            {
                throw new CurrencyMismatchException(currency, amount.Currency, "value a shipment");
            }
        }

        var weights = new decimal[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i] ?? throw new ArgumentException("A line is null.", nameof(lines));
            if (line.GoodsValue.Currency != currency)
            {
                throw new CurrencyMismatchException(currency, line.GoodsValue.Currency, "value a shipment");
            }

            if (!line.GoodsValue.IsRounded)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Line {line.Sku}: {line.GoodsValue} is finer than {currency.Code}'s minor unit."), nameof(lines));
            }

            weights[i] = method switch
            {
                AllocationMethod.ByValue => line.GoodsValue.Amount,
                AllocationMethod.ByQuantity => line.Quantity,
                _ => line.WeightKg ?? throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Line {line.Sku} has no weight; freight shared by weight needs one on every line."), nameof(lines)),
            };
        }

        if (weights.All(w => w == 0m) && (!freight.IsZero || !insurance.IsZero))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Every line has zero {(method == AllocationMethod.ByValue ? "value" : method == AllocationMethod.ByWeight ? "weight" : "quantity")}: there is nothing to share freight and insurance by."), nameof(lines));
        }

        var freightParts = freight.IsZero ? [.. lines.Select(_ => freight)] : freight.Allocate(weights);
        var insuranceParts = insurance.IsZero ? [.. lines.Select(_ => insurance)] : insurance.Allocate(weights);
        var valued = new ValuedLine[lines.Count];
        var goods = Money.Zero(currency);
        var customs = Money.Zero(currency);
        for (var i = 0; i < lines.Count; i++)
        {
            var value = basis == ValuationBasis.Cif ? lines[i].GoodsValue + freightParts[i] + insuranceParts[i] : lines[i].GoodsValue;
            valued[i] = new ValuedLine(lines[i].Sku, lines[i].GoodsValue, freightParts[i], insuranceParts[i], value);
            goods += lines[i].GoodsValue;
            customs += value;
        }

        return new CustomsValuation(valued, basis, method, goods, freight, insurance, customs);
    }
}
