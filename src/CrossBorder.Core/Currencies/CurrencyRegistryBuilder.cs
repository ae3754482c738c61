namespace CrossBorder;

/// <summary>Collects currencies for a new <see cref="CurrencyRegistry"/>. Not thread-safe; the registry it builds is.</summary>
public sealed class CurrencyRegistryBuilder
{
    private readonly Dictionary<string, Currency> _currencies;

    internal CurrencyRegistryBuilder(IEnumerable<Currency> currencies) =>
        _currencies = currencies.ToDictionary(c => c.Code, StringComparer.Ordinal);

    /// <summary>Adds a custom currency.</summary>
    /// <exception cref="ArgumentException">A currency with the same code is already present; use <see cref="Replace"/> to override it deliberately.</exception>
    public CurrencyRegistryBuilder Add(Currency currency)
    {
        ArgumentNullException.ThrowIfNull(currency);
        if (_currencies.TryGetValue(currency.Code, out var existing))
        {
            throw new ArgumentException(
                $"The registry already has {existing.Code} ({existing.EnglishName}); call Replace to override it.", nameof(currency));
        }

        _currencies.Add(currency.Code, currency);
        return this;
    }

    /// <summary>Adds a custom currency made from its parts; see <see cref="Currency.CreateCustom"/>.</summary>
    public CurrencyRegistryBuilder Add(string code, int? minorUnit, string englishName) =>
        Add(Currency.CreateCustom(code, minorUnit, englishName));

    /// <summary>Adds or overrides the currency with the same code.</summary>
    public CurrencyRegistryBuilder Replace(Currency currency)
    {
        ArgumentNullException.ThrowIfNull(currency);
        _currencies[currency.Code] = currency;
        return this;
    }

    /// <summary>Removes a currency by code; returns whether it was present.</summary>
    public bool Remove(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _currencies.Remove(code);
    }

    /// <summary>Builds the immutable registry.</summary>
    public CurrencyRegistry Build() => CurrencyRegistry.Create(_currencies.Values);
}
