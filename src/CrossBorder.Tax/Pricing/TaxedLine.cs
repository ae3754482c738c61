namespace CrossBorder.Tax;

/// <summary>One line to tax: a unit price, a quantity and the rate that applies to it.</summary>
public readonly struct PricedLine
{
    /// <summary>Creates a line.</summary>
    /// <param name="unitPrice">The price of one unit, tax included or not as the invoice says; not negative.</param>
    /// <param name="quantity">How many units; positive (a credit note negates the result, not the input).</param>
    /// <param name="rate">The rate; 0% for zero-rated and exempt goods.</param>
    /// <exception cref="ArgumentException">The price is default or negative, the quantity not positive, or the rate outside [0%, 100%).</exception>
    public PricedLine(Money unitPrice, decimal quantity, Percentage rate)
    {
        if (unitPrice.IsDefault || unitPrice.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(unitPrice), unitPrice.IsDefault ? "default" : unitPrice.ToString(), "A unit price is a non-negative amount of money.");
        }

        if (quantity <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(quantity), quantity, "A quantity is positive; a credit note negates the taxed result instead.");
        }

        if (rate < Percentage.Zero || rate >= Percentage.OneHundred)
        {
            throw new ArgumentOutOfRangeException(nameof(rate), rate, "A tax rate is at least 0% and below 100%.");
        }

        UnitPrice = unitPrice;
        Quantity = quantity;
        Rate = rate;
    }

    /// <summary>The price of one unit.</summary>
    public Money UnitPrice { get; }

    /// <summary>How many units.</summary>
    public decimal Quantity { get; }

    /// <summary>The rate.</summary>
    public Percentage Rate { get; }
}

/// <summary>A line after tax: net + tax = gross exactly, in whole minor units.</summary>
public sealed class TaxedLine
{
    internal TaxedLine(Money net, Money tax, Money gross, Percentage rate)
    {
        Net = net;
        Tax = tax;
        Gross = gross;
        Rate = rate;
    }

    /// <summary>The amount before tax.</summary>
    public Money Net { get; }

    /// <summary>The tax.</summary>
    public Money Tax { get; }

    /// <summary>The amount with tax.</summary>
    public Money Gross { get; }

    /// <summary>The rate.</summary>
    public Percentage Rate { get; }

    /// <inheritdoc />
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Net} + {Tax} ({Rate}) = {Gross}");
}

/// <summary>Taxed lines and their totals; each total is the exact sum of its lines.</summary>
public sealed class TaxedInvoice
{
    internal TaxedInvoice(TaxedLine[] lines, Money net, Money tax, Money gross, TaxRoundingPolicy policy, bool pricesIncludeTax)
    {
        Lines = lines;
        Net = net;
        Tax = tax;
        Gross = gross;
        Policy = policy;
        PricesIncludeTax = pricesIncludeTax;
    }

    /// <summary>The lines, in input order.</summary>
    public IReadOnlyList<TaxedLine> Lines { get; }

    /// <summary>Total before tax.</summary>
    public Money Net { get; }

    /// <summary>Total tax.</summary>
    public Money Tax { get; }

    /// <summary>Total with tax.</summary>
    public Money Gross { get; }

    /// <summary>The rounding applied.</summary>
    public TaxRoundingPolicy Policy { get; }

    /// <summary>Whether the unit prices included tax (then the gross amounts are the prices, untouched).</summary>
    public bool PricesIncludeTax { get; }
}

/// <summary>The tax-exclusive unit price for a tax-inclusive one (see <see cref="TaxPricing.NetUnitPriceFor"/>).</summary>
public sealed class ReversedPrice
{
    internal ReversedPrice(TaxedLine unit, bool isExact)
    {
        Unit = unit;
        IsExact = isExact;
    }

    /// <summary>
    /// One unit at the net price found, in whole minor units, with the tax it carries: its gross is the target when
    /// <see cref="IsExact"/>, else the nearest gross below it.
    /// </summary>
    public TaxedLine Unit { get; }

    /// <summary>Whether some net price gives exactly the target gross (at 20% no net price in pence gives £9.99).</summary>
    public bool IsExact { get; }
}
