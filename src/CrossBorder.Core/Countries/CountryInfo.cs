namespace CrossBorder;

/// <summary>One row of the ISO 3166-1 table, shared by every <see cref="CountryCode"/> that names it.</summary>
internal sealed class CountryInfo(string alpha2, string alpha3, int numericCode, string englishName, IReadOnlyList<Currency> currencies, Timeline<Currency> currencyHistory)
{
    public string Alpha2 { get; } = alpha2;

    public string Alpha3 { get; } = alpha3;

    public int NumericCode { get; } = numericCode;

    public string EnglishName { get; } = englishName;

    public IReadOnlyList<Currency> Currencies { get; } = currencies;

    /// <summary>The currencies replaced since records began, each up to its last day.</summary>
    public Timeline<Currency> CurrencyHistory { get; } = currencyHistory;
}
