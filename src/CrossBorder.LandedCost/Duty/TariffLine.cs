using System.Globalization;
namespace CrossBorder.LandedCost;

/// <summary>
/// One line of a tariff: the duty rate for goods whose HS code starts with <see cref="Code"/>, imported into
/// <see cref="Area"/> over a period, for every origin or (a preferential rate) only for some, as the base duty or as
/// an additional layer (the US Section 301 duties on goods of China) stacked on top of it.
/// </summary>
public sealed class TariffLine
{
    /// <summary>Creates a line.</summary>
    /// <param name="area">Where the tariff applies: a country code, or <c>EU</c> for the EU's common customs tariff.</param>
    /// <param name="code">The HS or national code, 2 to 10 digits.</param>
    /// <param name="rate">The duty rate.</param>
    /// <param name="period">The days it applies.</param>
    /// <param name="source">The tariff, notice or act it comes from.</param>
    /// <param name="origins">Countries of origin this line is limited to (a preferential rate); null or empty for every origin.</param>
    /// <param name="layer">The name of an additional duty layer (such as <c>US-301</c>), or null for the base duty.</param>
    /// <exception cref="ArgumentException">The area, code or source is malformed or empty.</exception>
    public TariffLine(string area, string code, DutyRate rate, EffectivePeriod period, string source, IEnumerable<CountryCode>? origins = null, string? layer = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(area);
        ArgumentNullException.ThrowIfNull(rate);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        if (!HsCodes.IsValid(code))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"'{code}' is not an HS code of 2 to 10 digits."), nameof(code));
        }

        if (layer is not null && string.IsNullOrWhiteSpace(layer))
        {
            throw new ArgumentException("A layer name is not blank.", nameof(layer));
        }

        Area = area;
        Code = code;
        Rate = rate;
        Period = period;
        Source = source;
        Origins = [.. (origins ?? []).Distinct()];
        Layer = layer;
    }

    /// <summary>Where the tariff applies.</summary>
    public string Area { get; }

    /// <summary>The code prefix.</summary>
    public string Code { get; }

    /// <summary>The duty rate.</summary>
    public DutyRate Rate { get; }

    /// <summary>The days it applies.</summary>
    public EffectivePeriod Period { get; }

    /// <summary>Where it comes from.</summary>
    public string Source { get; }

    /// <summary>The origins it is limited to; empty for every origin.</summary>
    public IReadOnlyList<CountryCode> Origins { get; }

    /// <summary>Whether the line is a preferential rate for some origins only.</summary>
    public bool IsPreferential => Origins.Count > 0;

    /// <summary>The additional layer's name, or null for the base duty.</summary>
    public string? Layer { get; }

    /// <summary>How a code that is exactly this line's was matched, for the trace (<c>line 610910</c>), made once.</summary>
    internal string ExactMatchText => _exactMatchText ??= "line " + Code;

    private string? _exactMatchText;

    /// <summary>Whether the line applies to goods of <paramref name="origin"/> on <paramref name="date"/>.</summary>
    public bool AppliesTo(CountryCode origin, NodaTime.LocalDate date) =>
        Period.Contains(date) && (Origins.Count == 0 || Origins.Contains(origin));

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Area} {Code}{(Layer is null ? string.Empty : " [" + Layer + "]")} {Rate}{(IsPreferential ? " for goods of " + string.Join("/", Origins) : string.Empty)} {Period}");
}

/// <summary>Harmonized System codes: 2 to 10 digits, matched by prefix.</summary>
public static class HsCodes
{
    /// <summary>Whether <paramref name="code"/> has 2 to 10 ASCII digits and nothing else.</summary>
    public static bool IsValid(string? code) => code is { Length: >= 2 and <= 10 } && !code.AsSpan().ContainsAnyExceptInRange('0', '9');
}
