using System.Collections.Frozen;
using NodaTime;
using static System.FormattableString;

namespace CrossBorder.Fx;

/// <summary>The fee schedules a host registered, by provider id. Immutable.</summary>
public sealed class FeeScheduleCatalog
{
    private readonly FrozenDictionary<string, FeeSchedule> _schedules;

    /// <summary>Creates a catalog; a later schedule with the same id replaces an earlier one.</summary>
    public FeeScheduleCatalog(IEnumerable<FeeSchedule> schedules)
    {
        ArgumentNullException.ThrowIfNull(schedules);
        var table = new Dictionary<string, FeeSchedule>(StringComparer.Ordinal);
        foreach (var schedule in schedules)
        {
            ArgumentNullException.ThrowIfNull(schedule, nameof(schedules));
            table[schedule.Provider] = schedule;
        }

        _schedules = table.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The provider ids.</summary>
    public IReadOnlyCollection<string> Providers => _schedules.Keys;

    /// <summary>The schedule of a provider.</summary>
    /// <exception cref="KeyNotFoundException">No schedule has that id; the message lists those registered.</exception>
    public FeeSchedule Get(string provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return _schedules.TryGetValue(provider, out var schedule)
            ? schedule
            : throw new KeyNotFoundException(Invariant($"No fee schedule '{provider}' is registered; registered: {string.Join(", ", _schedules.Keys.Order(StringComparer.Ordinal))}."));
    }
}

/// <summary>The threshold rules a host registered. Immutable.</summary>
public sealed class ThresholdRuleSet
{
    private readonly ThresholdRule[] _rules;

    /// <summary>Creates a set.</summary>
    /// <exception cref="ArgumentException">Two rules share an id.</exception>
    public ThresholdRuleSet(IEnumerable<ThresholdRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = [.. rules];
        var duplicate = _rules.GroupBy(r => r.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException(Invariant($"Two threshold rules have the id '{duplicate.Key}'."), nameof(rules));
        }
    }

    /// <summary>The rules.</summary>
    public IReadOnlyList<ThresholdRule> Rules => _rules;

    /// <summary>Evaluates every rule over the same observations from a fresh state.</summary>
    public IReadOnlyList<ThresholdEvaluation> Evaluate(IReadOnlyCollection<FxRate> observations, Instant evaluationTime)
    {
        ArgumentNullException.ThrowIfNull(observations);
        return [.. _rules.Select(r => r.Evaluate(observations, evaluationTime))];
    }
}

/// <summary>Rates as of now: the registered <see cref="FxRateResolver"/> asked at the injected clock's current instant.</summary>
public sealed class CurrentRates
{
    /// <summary>Creates the service.</summary>
    public CurrentRates(FxRateResolver resolver, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        ArgumentNullException.ThrowIfNull(clock);
        Resolver = resolver;
        Clock = clock;
    }

    /// <summary>The resolver.</summary>
    public FxRateResolver Resolver { get; }

    /// <summary>The clock.</summary>
    public IClock Clock { get; }

    /// <summary>The rate for <paramref name="pair"/> now.</summary>
    /// <exception cref="RateNotFoundException">No rate exists.</exception>
    /// <exception cref="StaleRateException">The newest rate is stale now.</exception>
    public FxRate Get(CurrencyPair pair, RateKind kind) => Resolver.GetRate(pair, Clock.GetCurrentInstant(), kind);
}
