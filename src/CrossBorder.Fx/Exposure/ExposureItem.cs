using CrossBorder.Fx.Internal;
using NodaTime;
using static System.FormattableString;

namespace CrossBorder.Fx;

/// <summary>What an exposure item is.</summary>
public enum ExposureKind
{
    /// <summary>Money owed to the business (an invoice, a marketplace payout due): counted in full, positive.</summary>
    Receivable = 0,

    /// <summary>Money the business owes (a supplier invoice): counted in full, negative.</summary>
    Payable = 1,

    /// <summary>Expected but not contracted cash flow, weighted by its probability; positive amounts are inflows, negative outflows.</summary>
    Forecast = 2,
}

/// <summary>One line of an <see cref="ExposureLedger"/>: an amount in a foreign currency due on a date.</summary>
public sealed class ExposureItem
{
    private ExposureItem(ExposureKind kind, Money amount, LocalDate due, Percentage probability, string reference)
    {
        Kind = kind;
        Amount = amount;
        Due = due;
        Probability = probability;
        Reference = reference;
    }

    /// <summary>The kind.</summary>
    public ExposureKind Kind { get; }

    /// <summary>The amount as given: positive for receivables and payables; signed for forecasts.</summary>
    public Money Amount { get; }

    /// <summary>When the cash flow is expected.</summary>
    public LocalDate Due { get; }

    /// <summary>The probability: 100% for receivables and payables.</summary>
    public Percentage Probability { get; }

    /// <summary>A reference for reports: an invoice number, "Q1 forecast DE".</summary>
    public string Reference { get; }

    /// <summary>The contribution to exposure: +amount for a receivable, −amount for a payable, probability × amount for a forecast (exact, not rounded).</summary>
    public Money Weighted => Kind switch
    {
        ExposureKind.Receivable => Amount,
        ExposureKind.Payable => -Amount,
        _ => Amount.Multiply(Probability),
    };

    /// <summary>A receivable.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The amount is negative.</exception>
    public static ExposureItem Receivable(Money amount, LocalDate due, string reference) =>
        new(ExposureKind.Receivable, RequireNonNegative(amount), due, Percentage.OneHundred, reference ?? string.Empty);

    /// <summary>A payable, given as a positive amount.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The amount is negative.</exception>
    public static ExposureItem Payable(Money amount, LocalDate due, string reference) =>
        new(ExposureKind.Payable, RequireNonNegative(amount), due, Percentage.OneHundred, reference ?? string.Empty);

    /// <summary>A forecast cash flow (positive inflow, negative outflow) with its probability.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The probability is outside 0%–100%.</exception>
    public static ExposureItem Forecast(Money amount, LocalDate due, Percentage probability, string reference)
    {
        RequireCurrency(amount);
        if (probability < Percentage.Zero || probability > Percentage.OneHundred)
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, Invariant($"A probability must be between 0% and 100%, not {probability}."));
        }

        return new(ExposureKind.Forecast, amount, due, probability, reference ?? string.Empty);
    }

    /// <inheritdoc />
    public override string ToString() => Invariant($"{Kind} {Amount} due {FxText.Format(Due)}") + (Kind == ExposureKind.Forecast ? Invariant($" at {Probability}") : string.Empty);

    private static Money RequireNonNegative(Money amount)
    {
        RequireCurrency(amount);
        return amount.IsNegative
            ? throw new ArgumentOutOfRangeException(nameof(amount), Invariant($"Give receivables and payables as positive amounts, not {amount}."))
            : amount;
    }

    private static void RequireCurrency(Money amount)
    {
        if (amount.IsDefault)
        {
            throw new ArgumentException("The amount is default(Money), which has no currency.", nameof(amount));
        }
    }
}

/// <summary>Exposure in one currency and calendar month: E = Σ receivables − Σ payables + Σ p × forecast.</summary>
public sealed class ExposureBucket
{
    internal ExposureBucket(Currency currency, YearMonth month, Money receivables, Money payables, Money weightedForecasts)
    {
        Currency = currency;
        Month = month;
        Receivables = receivables;
        Payables = payables;
        WeightedForecasts = weightedForecasts;
    }

    /// <summary>The currency.</summary>
    public Currency Currency { get; }

    /// <summary>The month the cash flows fall due in.</summary>
    public YearMonth Month { get; }

    /// <summary>The sum of receivables (positive).</summary>
    public Money Receivables { get; }

    /// <summary>The sum of payables (positive).</summary>
    public Money Payables { get; }

    /// <summary>The probability-weighted sum of forecasts (signed, exact).</summary>
    public Money WeightedForecasts { get; }

    /// <summary>The net exposure: receivables − payables + weighted forecasts. Positive means long the currency.</summary>
    public Money Net => Receivables - Payables + WeightedForecasts;

    /// <inheritdoc />
    public override string ToString() => Invariant($"{Currency.Code} {FxText.Format(Month)}: {Net}");
}

/// <summary>A bucket's net exposure in the home currency.</summary>
public sealed class HomeExposure
{
    internal HomeExposure(ExposureBucket bucket, Money home, Conversion? conversion)
    {
        Bucket = bucket;
        Home = home;
        Conversion = conversion;
    }

    /// <summary>The bucket in its own currency.</summary>
    public ExposureBucket Bucket { get; }

    /// <summary>The net exposure in the home currency, rounded.</summary>
    public Money Home { get; }

    /// <summary>The conversion used, with its rate; null when the bucket is already in the home currency.</summary>
    public Conversion? Conversion { get; }

    /// <inheritdoc />
    public override string ToString() => Invariant($"{Bucket} = {Home}");
}
