using System.Collections.Frozen;

namespace CrossBorder;

/// <summary>
/// International currency symbols, the ones a reader anywhere can tell apart (US$, CA$, JP¥, CN¥, €, £):
/// the symbols of the Unicode CLDR root locale. Narrow local symbols such as a bare <c>$</c> or <c>¥</c> are
/// deliberately absent, because they name several currencies.
/// </summary>
public static class CurrencySymbols
{
    // Source: Unicode CLDR, common/main/root.xml, <currency type="…"><symbol>. Only symbols that cannot be
    // mistaken for a code: no spaces and not letters alone (XAF's "FCFA" and XPF's "CFPF" are left out).
    private static readonly FrozenDictionary<string, string> SymbolByCode = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["AUD"] = "A$",
        ["BRL"] = "R$",
        ["CAD"] = "CA$",
        ["CNY"] = "CN¥",
        ["EUR"] = "€",
        ["GBP"] = "£",
        ["HKD"] = "HK$",
        ["ILS"] = "₪",
        ["INR"] = "₹",
        ["JPY"] = "JP¥",
        ["KRW"] = "₩",
        ["MXN"] = "MX$",
        ["NZD"] = "NZ$",
        ["PHP"] = "₱",
        ["TWD"] = "NT$",
        ["USD"] = "US$",
        ["VND"] = "₫",
        ["XCD"] = "EC$",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Longest first, so that "US$" is found before a shorter symbol it contains.
    private static readonly KeyValuePair<string, string>[] CodeBySymbolLongestFirst =
        [.. SymbolByCode.Select(p => KeyValuePair.Create(p.Value, p.Key)).OrderByDescending(p => p.Key.Length)];

    /// <summary>The international symbol of a currency, or <see langword="null"/> when it has none here (its code is then used).</summary>
    public static string? GetSymbol(Currency currency)
    {
        ArgumentNullException.ThrowIfNull(currency);
        return SymbolByCode.GetValueOrDefault(currency.Code);
    }

    /// <summary>Finds the first known symbol in <paramref name="text"/>; returns its code, position and length.</summary>
    internal static bool TryFind(ReadOnlySpan<char> text, out string code, out int index, out int length)
    {
        foreach (var (symbol, symbolCode) in CodeBySymbolLongestFirst)
        {
            index = text.IndexOf(symbol, StringComparison.Ordinal);
            if (index >= 0)
            {
                code = symbolCode;
                length = symbol.Length;
                return true;
            }
        }

        code = string.Empty;
        index = -1;
        length = 0;
        return false;
    }
}
