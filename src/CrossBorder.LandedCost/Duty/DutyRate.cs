using System.Globalization;

namespace CrossBorder.LandedCost;

/// <summary>What a specific duty is charged per.</summary>
public enum SpecificUnit
{
    /// <summary>Per kilogram of net weight (JSON/CSV <c>kg</c>).</summary>
    Kilogram,

    /// <summary>Per item (JSON/CSV <c>item</c>).</summary>
    Item,
}

/// <summary>
/// A duty rate as a tariff states it: ad valorem (a percentage of the customs value), specific (an amount per kilogram or
/// per item), or compound (both), with an optional minimum and maximum. Immutable and validated; <see cref="Compute"/>
/// gives the duty of one line and says how it was reached.
/// </summary>
public sealed class DutyRate : IEquatable<DutyRate>
{
    /// <summary>Creates a rate.</summary>
    /// <exception cref="ArgumentException">Neither part is given, a part or bound is negative, the bounds are inverted or in another currency than the specific part.</exception>
    public DutyRate(Percentage? adValorem = null, Money? specific = null, SpecificUnit specificUnit = SpecificUnit.Kilogram, Money? minimum = null, Money? maximum = null)
    {
        if (adValorem is null && specific is null)
        {
            throw new ArgumentException("A duty rate has an ad valorem part, a specific part, or both.", nameof(adValorem));
        }

        if (adValorem is { } p && (p < Percentage.Zero || p > Percentage.FromPercent(1000m)))
        {
            throw new ArgumentOutOfRangeException(nameof(adValorem), p, "An ad valorem duty is between 0% and 1000%.");
        }

        Check(specific, nameof(specific));
        Check(minimum, nameof(minimum));
        Check(maximum, nameof(maximum));
        if (!Enum.IsDefined(specificUnit))
        {
            throw new ArgumentOutOfRangeException(nameof(specificUnit), specificUnit, "Not a unit.");
        }

        var currencies = new[] { specific, minimum, maximum }.Where(m => m is not null).Select(m => m!.Value.Currency).Distinct().ToArray();
        if (currencies.Length > 1)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The specific part and the bounds of a duty rate are in one currency, not {string.Join(" and ", currencies.Select(c => c.Code))}."), nameof(minimum));
        }

        if (minimum is { } low && maximum is { } high && low > high)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The minimum {low} is above the maximum {high}."), nameof(maximum));
        }

        AdValorem = adValorem;
        Specific = specific;
        SpecificUnit = specificUnit;
        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>Free of duty: 0% ad valorem.</summary>
    public static DutyRate Free { get; } = new(Percentage.Zero);

    /// <summary>The ad valorem part, or null.</summary>
    public Percentage? AdValorem { get; }

    /// <summary>The specific part, per <see cref="SpecificUnit"/>, or null.</summary>
    public Money? Specific { get; }

    /// <summary>What the specific part is charged per.</summary>
    public SpecificUnit SpecificUnit { get; }

    /// <summary>The least duty a line pays, or null.</summary>
    public Money? Minimum { get; }

    /// <summary>The most duty a line pays, or null.</summary>
    public Money? Maximum { get; }

    /// <summary>Whether the rate has both an ad valorem and a specific part.</summary>
    public bool IsCompound => AdValorem is not null && Specific is not null;

    /// <summary>
    /// The duty of one line: ad valorem on the customs value plus the specific part on the quantity or net weight, then
    /// held between the minimum and the maximum, rounded to the customs value's minor unit with <paramref name="mode"/>.
    /// Specific parts and bounds must be in the customs value's currency (convert them before, at the customs rate).
    /// </summary>
    /// <exception cref="ArgumentException">A quantity or weight is negative, a weight is needed and not given, or a currency differs.</exception>
    public DutyAmount Compute(Money customsValue, decimal quantity, decimal? netWeightKg, MidpointRounding mode)
    {
        if (customsValue.IsDefault || customsValue.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(customsValue), customsValue.IsDefault ? "default" : customsValue.ToString(), "A customs value is a non-negative amount.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(quantity);
        if (netWeightKg is < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(netWeightKg), netWeightKg, "A weight is not negative.");
        }

        var currency = customsValue.Currency;
        CheckCurrency(Specific, currency);
        CheckCurrency(Minimum, currency);
        CheckCurrency(Maximum, currency);

        // The working joins the parts with " + " and appends the bound's phrase.
        var duty = 0m;
        string? adValorem = null, specificPart = null;
        if (AdValorem is { } rate)
        {
            duty += customsValue.Amount * rate.Fraction;
            adValorem = string.Create(CultureInfo.InvariantCulture, $"{AdValoremText} × {customsValue}");
        }

        if (Specific is { } specific)
        {
            var units = SpecificUnit == SpecificUnit.Item
                ? quantity
                : netWeightKg ?? throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"A duty of {specific} per kg needs the line's net weight."), nameof(netWeightKg));
            duty += specific.Amount * units;
            specificPart = string.Create(CultureInfo.InvariantCulture, $"{specific} × {units} {(SpecificUnit == SpecificUnit.Item ? "items" : "kg")}");
        }

        (duty, var bound) = ChargeBounds.Hold(duty, Minimum, Maximum);

        var amount = Money.Of(Math.Round(duty, currency.MinorUnit ?? 0, mode), currency);
        var working = adValorem is null ? specificPart! : specificPart is null ? adValorem : adValorem + " + " + specificPart;
        return new DutyAmount(amount, this, bound.Length == 0 ? working : working + bound);
    }

    /// <inheritdoc />
    public bool Equals(DutyRate? other) =>
        other is not null && AdValorem == other.AdValorem && Specific == other.Specific && SpecificUnit == other.SpecificUnit && Minimum == other.Minimum && Maximum == other.Maximum;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DutyRate);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(AdValorem, Specific, SpecificUnit, Minimum, Maximum);

    /// <summary><c>5% + EUR 1.20/kg (min EUR 0.50)</c>.</summary>
    public override string ToString() => _text ??= Format();

    private string? _text;

    private string? _adValoremText;

    /// <summary>The ad valorem part as the working writes it (invariant), formatted once.</summary>
    private string AdValoremText => _adValoremText ??= string.Create(CultureInfo.InvariantCulture, $"{AdValorem!.Value}");

    private static void CheckCurrency(Money? part, Currency currency)
    {
        if (part is { } m && m.Currency != currency)
        {
            throw new CurrencyMismatchException(currency, m.Currency, "compute a duty");
        }
    }

    private string Format()
    {
        var parts = new List<string>();
        if (AdValorem is { } p)
        {
            parts.Add(p.ToString());
        }

        if (Specific is { } s)
        {
            parts.Add(s + (SpecificUnit == SpecificUnit.Item ? "/item" : "/kg"));
        }

        var text = string.Join(" + ", parts);
        var bounds = new[] { Minimum is { } min ? "min " + min : null, Maximum is { } max ? "max " + max : null }.Where(b => b is not null).ToArray();
        return bounds.Length == 0 ? text : text + " (" + string.Join(", ", bounds) + ")";
    }

    private static void Check(Money? money, string name)
    {
        if (money is { } m && (m.IsDefault || m.IsNegative))
        {
            throw new ArgumentOutOfRangeException(name, m.IsDefault ? "default" : m.ToString(), "A duty amount is not negative.");
        }
    }
}

/// <summary>The duty of one line, with the rate and the arithmetic behind it.</summary>
/// <param name="Amount">The duty, rounded to the minor unit.</param>
/// <param name="Rate">The rate applied.</param>
/// <param name="Working">The arithmetic in invariant text: <c>5% × EUR 100.00 + EUR 1.20 × 2 kg, raised to the minimum EUR 10.00</c>.</param>
public sealed record DutyAmount(Money Amount, DutyRate Rate, string Working);
