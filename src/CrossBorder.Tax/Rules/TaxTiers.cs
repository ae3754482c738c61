namespace CrossBorder.Tax;

/// <summary>The JSON codes of <see cref="TaxTier"/>: <c>standard</c>, <c>reduced</c>, <c>reduced-2</c>, <c>super-reduced</c>, <c>parking</c>, <c>zero</c>, <c>higher</c>.</summary>
public static class TaxTiers
{
    private static readonly string[] Codes = ["standard", "reduced", "reduced-2", "super-reduced", "parking", "zero", "higher"];

    /// <summary>The code of a tier.</summary>
    public static string ToCode(TaxTier tier) =>
        Enum.IsDefined(tier) ? Codes[(int)tier] : throw new ArgumentOutOfRangeException(nameof(tier), tier, "Not a tax tier.");

    /// <summary>The tier of a code; false when the code is unknown (codes are lower case, as written above).</summary>
    public static bool TryParse(string? code, out TaxTier tier)
    {
        var index = Array.IndexOf(Codes, code);
        tier = (TaxTier)Math.Max(index, 0);
        return index >= 0;
    }

    /// <summary>The tier of a code.</summary>
    /// <exception cref="FormatException">The code is not one of the seven.</exception>
    public static TaxTier Parse(string code) =>
        TryParse(code, out var tier) ? tier : throw new FormatException($"'{code}' is not a tax tier; expected one of {string.Join(", ", Codes)}.");
}
