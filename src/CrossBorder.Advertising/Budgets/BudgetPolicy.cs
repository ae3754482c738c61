using System.Globalization;

namespace CrossBorder.Advertising;

/// <summary>What the proportional fallback shares the budget by.</summary>
public enum ProportionalBasis
{
    /// <summary>Recent attributed sales.</summary>
    Sales,

    /// <summary>Recent spend.</summary>
    Spend,
}

/// <summary>
/// When a campaign's fitted response curve is trusted, and how the others share the budget. Immutable; every property
/// is validated when set, including through <c>with</c>. The defaults are policy choices stated in the docs, not values
/// tuned on data.
/// </summary>
public sealed record BudgetPolicy
{
    private readonly int _minimumDays = 8;
    private readonly double _minimumRSquared = 0.5;
    private readonly int _recentDays = 14;
    private readonly ProportionalBasis _basis = ProportionalBasis.Sales;
    private readonly MidpointRounding _rounding = MidpointRounding.ToEven;

    /// <summary>The defaults: 8 days, R² 0.5, 14 recent days, shares by sales, expected sales rounded half to even.</summary>
    public static BudgetPolicy Default { get; } = new();

    /// <summary>The fewest days with spend and sales for a curve to be trusted; default 8, at least 3.</summary>
    public int MinimumDays { get => _minimumDays; init => _minimumDays = Checks.Between(value, 3, 10_000, nameof(MinimumDays)); }

    /// <summary>The least R² (on the log scale) for a curve to be trusted; default 0.5, in [0, 1].</summary>
    public double MinimumRSquared { get => _minimumRSquared; init => _minimumRSquared = Checks.Between(value, 0d, 1d, nameof(MinimumRSquared)); }

    /// <summary>How many days, ending at the last day of any history, count as recent for the proportional fallback; default 14, 1 to 366.</summary>
    public int RecentDays { get => _recentDays; init => _recentDays = Checks.Between(value, 1, 366, nameof(RecentDays)); }

    /// <summary>What the proportional fallback shares by; default recent sales.</summary>
    public ProportionalBasis FallbackBasis { get => _basis; init => _basis = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(FallbackBasis), value, "Not a basis."); }

    /// <summary>How expected sales are rounded to the currency's minor unit; default half to even.</summary>
    public MidpointRounding ExpectedSalesRounding { get => _rounding; init => _rounding = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(ExpectedSalesRounding), value, "Not a rounding mode."); }

    /// <summary>The policy's settings, invariant.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"curves need {MinimumDays} days and R² ≥ {MinimumRSquared}; fallback by {FallbackBasis} over {RecentDays} days");
}
