using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace CrossBorder.Fx;

/// <summary>Options of <see cref="FxServiceCollectionExtensions.AddCrossBorderFx(Microsoft.Extensions.DependencyInjection.IServiceCollection, Action{FxOptions})"/>. Validated at start-up.</summary>
public sealed class FxOptions
{
    /// <summary>The largest age of a rate the registered <see cref="FxRateResolver"/> accepts; not negative. Default: 5 days, which covers a weekend plus one holiday for daily rates queried by date (see <see cref="StalenessPolicy.MaxAgeOf"/>).</summary>
    public TimeSpan MaxRateAge { get; set; } = TimeSpan.FromDays(5);

    /// <summary>Currency codes to triangulate through, in order. Null (the default) means EUR, then USD.</summary>
    public IList<string>? PivotCurrencies { get; set; }

    /// <summary>Rates held in the registered in-memory store, asked after <see cref="Providers"/>. Default: none.</summary>
    [ValidateEnumeratedItems]
    public IList<FxRateOptions> Rates { get; } = [];

    /// <summary>Rate providers asked first, in order (code only, not bindable). Default: none.</summary>
    public IList<IExchangeRateProvider> Providers { get; } = [];

    /// <summary>Whether the embedded fee schedules (<see cref="FeeSchedule.Defaults"/>) are registered. Default: true.</summary>
    public bool IncludeDefaultFeeSchedules { get; set; } = true;

    /// <summary>More fee schedules (code only); one with the id of an embedded schedule replaces it. Default: none.</summary>
    public IList<FeeSchedule> FeeSchedules { get; } = [];

    /// <summary>Threshold rules registered in <see cref="ThresholdRuleSet"/>. Default: none.</summary>
    [ValidateEnumeratedItems]
    public IList<ThresholdRuleOptions> ThresholdRules { get; } = [];
}

/// <summary>A rate given in configuration.</summary>
public sealed class FxRateOptions
{
    /// <summary>The pair, <c>EUR/USD</c>.</summary>
    [Required]
    [RegularExpression("^[A-Z][A-Z0-9]{2,11}/[A-Z][A-Z0-9]{2,11}$", ErrorMessage = "A pair is written BASE/QUOTE, such as EUR/USD.")]
    public string Pair { get; set; } = string.Empty;

    /// <summary>The mid rate; positive.</summary>
    public decimal Mid { get; set; }

    /// <summary>The bid; the mid when null.</summary>
    public decimal? Bid { get; set; }

    /// <summary>The ask; the mid when null.</summary>
    public decimal? Ask { get; set; }

    /// <summary>The date, yyyy-MM-dd; the rate is stamped at its start in UTC.</summary>
    [Required]
    [RegularExpression(@"^\d{4}-\d{2}-\d{2}$", ErrorMessage = "A date is written yyyy-MM-dd.")]
    public string Date { get; set; } = string.Empty;

    /// <summary>Who published the rate.</summary>
    [Required]
    public string Source { get; set; } = string.Empty;

    /// <summary>The kind. Default: <see cref="RateKind.Spot"/>.</summary>
    public RateKind Kind { get; set; } = RateKind.Spot;
}

/// <summary>A threshold rule given in configuration; see <see cref="ThresholdRule.Create"/>.</summary>
public sealed class ThresholdRuleOptions
{
    /// <summary>The rule's id.</summary>
    [Required]
    public string Id { get; set; } = string.Empty;

    /// <summary>The pair, <c>USD/CNY</c>.</summary>
    [Required]
    [RegularExpression("^[A-Z][A-Z0-9]{2,11}/[A-Z][A-Z0-9]{2,11}$", ErrorMessage = "A pair is written BASE/QUOTE, such as USD/CNY.")]
    public string Pair { get; set; } = string.Empty;

    /// <summary>The crossing watched.</summary>
    public ThresholdDirection Direction { get; set; }

    /// <summary>The threshold; positive.</summary>
    public decimal Threshold { get; set; }

    /// <summary>The price compared. Default: mid.</summary>
    public PriceSide PriceSide { get; set; } = PriceSide.Mid;

    /// <summary>The hysteresis band; zero or positive. Default: 0.</summary>
    public decimal Band { get; set; }

    /// <summary>Consecutive observations needed. Default: 1.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "Debounce must be at least 1 observation.")]
    public int Debounce { get; set; } = 1;

    /// <summary>The staleness guard. Default: 1 day.</summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromDays(1);

    /// <summary>The actions to emit; at least one.</summary>
    public IList<FxAction> Actions { get; } = [];
}
