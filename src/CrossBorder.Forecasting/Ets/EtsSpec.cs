using System.Globalization;

namespace CrossBorder.Forecasting;

/// <summary>The error component of an ETS model.</summary>
public enum EtsError
{
    /// <summary>Additive errors: y = ŷ + ε.</summary>
    Additive,

    /// <summary>Multiplicative errors: y = ŷ(1 + ε); needs strictly positive data.</summary>
    Multiplicative,
}

/// <summary>The trend component of an ETS model (multiplicative trends are not offered: they forecast badly).</summary>
public enum EtsTrend
{
    /// <summary>No trend.</summary>
    None,

    /// <summary>Additive trend, damped when <see cref="EtsSpec.Damped"/> is set.</summary>
    Additive,
}

/// <summary>The seasonal component of an ETS model.</summary>
public enum EtsSeason
{
    /// <summary>No seasonality.</summary>
    None,

    /// <summary>Additive seasonality.</summary>
    Additive,

    /// <summary>Multiplicative seasonality; needs strictly positive data.</summary>
    Multiplicative,
}

/// <summary>
/// The form of an ETS(E,T,S) exponential smoothing state-space model (Hyndman, Koehler, Ord and Snyder 2008),
/// written as R's <c>forecast::ets</c> writes it: <c>ETS(M,Ad,M)</c>.
/// </summary>
/// <remarks>
/// <c>default(EtsSpec)</c> is ETS(A,N,N), simple exponential smoothing. The numerically unstable forms that R
/// excludes by default (additive error with multiplicative season) are rejected, as is a damped trend without a trend.
/// </remarks>
public readonly struct EtsSpec : IEquatable<EtsSpec>, ISpanParsable<EtsSpec>
{
    /// <summary>Creates a spec.</summary>
    /// <param name="error">The error component.</param>
    /// <param name="trend">The trend component.</param>
    /// <param name="season">The seasonal component.</param>
    /// <param name="damped">Whether the trend is damped; needs <paramref name="trend"/> other than <see cref="EtsTrend.None"/>.</param>
    /// <exception cref="ArgumentException">The combination is not allowed.</exception>
    public EtsSpec(EtsError error, EtsTrend trend, EtsSeason season, bool damped = false)
    {
        if (!Enum.IsDefined(error))
        {
            throw new ArgumentOutOfRangeException(nameof(error), error, "Unknown error type.");
        }

        if (!Enum.IsDefined(trend))
        {
            throw new ArgumentOutOfRangeException(nameof(trend), trend, "Unknown trend type.");
        }

        if (!Enum.IsDefined(season))
        {
            throw new ArgumentOutOfRangeException(nameof(season), season, "Unknown season type.");
        }

        if (damped && trend == EtsTrend.None)
        {
            throw new ArgumentException("A damped trend needs a trend: ETS(x,Nd,x) does not exist.", nameof(damped));
        }

        if (error == EtsError.Additive && season == EtsSeason.Multiplicative)
        {
            throw new ArgumentException("ETS(A,x,M) is numerically unstable and excluded, as in R's forecast::ets (restrict = TRUE).", nameof(season));
        }

        Error = error;
        Trend = trend;
        Season = season;
        Damped = damped;
    }

    /// <summary>The error component.</summary>
    public EtsError Error { get; }

    /// <summary>The trend component.</summary>
    public EtsTrend Trend { get; }

    /// <summary>The seasonal component.</summary>
    public EtsSeason Season { get; }

    /// <summary>Whether the trend is damped.</summary>
    public bool Damped { get; }

    /// <summary>Whether the model has a trend.</summary>
    public bool HasTrend => Trend != EtsTrend.None;

    /// <summary>Whether the model has a seasonal component.</summary>
    public bool HasSeason => Season != EtsSeason.None;

    /// <summary>Whether any component is multiplicative, so that the data must be strictly positive.</summary>
    public bool IsMultiplicative => Error == EtsError.Multiplicative || Season == EtsSeason.Multiplicative;

    /// <summary>All 15 allowed forms (ETS(A,x,M) excluded, no multiplicative trend), in the order R's <c>ets</c> tries them.</summary>
    public static IReadOnlyList<EtsSpec> All { get; } = BuildAll();

    /// <summary>Compares two specs.</summary>
    public static bool operator ==(EtsSpec left, EtsSpec right) => left.Equals(right);

    /// <summary>Compares two specs.</summary>
    public static bool operator !=(EtsSpec left, EtsSpec right) => !left.Equals(right);

    /// <summary>Parses <c>ETS(M,Ad,M)</c>, <c>M,Ad,M</c> or the three-letter form <c>MAM</c> with <c>d</c> after the trend (<c>MAdM</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not an allowed ETS form.</exception>
    public static EtsSpec Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text.AsSpan(), CultureInfo.InvariantCulture);
    }

    /// <summary>Parses an ETS form; the format provider is ignored (the notation is culture-invariant).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not an allowed ETS form.</exception>
    public static EtsSpec Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <summary>Parses an ETS form from characters; the format provider is ignored.</summary>
    /// <exception cref="FormatException">The text is not an allowed ETS form.</exception>
    public static EtsSpec Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParse(s, out var spec) ? spec : throw new FormatException($"'{s.ToString()}' is not an allowed ETS form such as ETS(M,Ad,M).");

    /// <summary>Tries to parse an ETS form; the format provider is ignored.</summary>
    public static bool TryParse(string? s, IFormatProvider? provider, out EtsSpec result)
    {
        result = default;
        return s is not null && TryParse(s.AsSpan(), out result);
    }

    /// <summary>Tries to parse an ETS form from characters; the format provider is ignored.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out EtsSpec result) => TryParse(s, out result);

    /// <summary>Tries to parse an ETS form; see <see cref="Parse(string)"/>.</summary>
    public static bool TryParse(string? text, out EtsSpec spec)
    {
        spec = default;
        return text is not null && TryParse(text.AsSpan(), out spec);
    }

    /// <summary>Tries to parse an ETS form from characters; see <see cref="Parse(string)"/>.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out EtsSpec spec)
    {
        spec = default;
        var s = text.Trim();
        if (s.StartsWith("ETS(", StringComparison.OrdinalIgnoreCase) && s.EndsWith(")"))
        {
            s = s[4..^1];
        }

        Span<char> buffer = stackalloc char[8];
        var len = 0;
        foreach (var c in s)
        {
            if (c == ',' || char.IsWhiteSpace(c))
            {
                continue;
            }

            if (len == buffer.Length)
            {
                return false;
            }

            buffer[len++] = c;
        }

        ReadOnlySpan<char> b = buffer[..len];
        if (len is not (3 or 4))
        {
            return false;
        }

        EtsError error;
        switch (char.ToUpperInvariant(b[0]))
        {
            case 'A': error = EtsError.Additive; break;
            case 'M': error = EtsError.Multiplicative; break;
            default: return false;
        }

        EtsTrend trend;
        switch (char.ToUpperInvariant(b[1]))
        {
            case 'N': trend = EtsTrend.None; break;
            case 'A': trend = EtsTrend.Additive; break;
            default: return false;
        }

        var damped = len == 4;
        if (damped && char.ToLowerInvariant(b[2]) != 'd')
        {
            return false;
        }

        EtsSeason season;
        switch (char.ToUpperInvariant(b[len - 1]))
        {
            case 'N': season = EtsSeason.None; break;
            case 'A': season = EtsSeason.Additive; break;
            case 'M': season = EtsSeason.Multiplicative; break;
            default: return false;
        }

        if ((damped && trend == EtsTrend.None) || (error == EtsError.Additive && season == EtsSeason.Multiplicative))
        {
            return false;
        }

        spec = new EtsSpec(error, trend, season, damped);
        return true;
    }

    /// <inheritdoc />
    public bool Equals(EtsSpec other) =>
        Error == other.Error && Trend == other.Trend && Season == other.Season && Damped == other.Damped;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EtsSpec other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Error, Trend, Season, Damped);

    /// <summary>R's notation, such as <c>ETS(M,Ad,M)</c>.</summary>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"ETS({(Error == EtsError.Additive ? 'A' : 'M')},{(Trend == EtsTrend.None ? "N" : Damped ? "Ad" : "A")},{Season switch { EtsSeason.None => 'N', EtsSeason.Additive => 'A', _ => 'M' }})");

    private static EtsSpec[] BuildAll()
    {
        var list = new List<EtsSpec>(15);
        foreach (var error in new[] { EtsError.Additive, EtsError.Multiplicative })
        {
            foreach (var trend in new[] { EtsTrend.None, EtsTrend.Additive })
            {
                foreach (var season in new[] { EtsSeason.None, EtsSeason.Additive, EtsSeason.Multiplicative })
                {
                    foreach (var damped in new[] { true, false })
                    {
                        if ((damped && trend == EtsTrend.None) || (error == EtsError.Additive && season == EtsSeason.Multiplicative))
                        {
                            continue;
                        }

                        list.Add(new EtsSpec(error, trend, season, damped));
                    }
                }
            }
        }

        return [.. list];
    }
}
