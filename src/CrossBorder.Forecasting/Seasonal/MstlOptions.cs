namespace CrossBorder.Forecasting;

/// <summary>
/// The arguments of R's <c>forecast::mstl</c> (and of the <c>stl</c> calls it makes), with R's defaults. Every
/// property is checked when it is set. There is no Box–Cox transformation (R's <c>lambda</c>): transform the series
/// before and after if you need one.
/// </summary>
public sealed record MstlOptions
{
    private readonly int _iterations = 2;
    private readonly int[]? _seasonalWindows;
    private readonly int? _trendWindow;

    /// <summary>How many times each seasonal component is re-estimated (R's <c>iterate</c>), at least 1; default 2. With one period every pass gives the same result.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Less than 1.</exception>
    public int Iterations
    {
        get => _iterations;
        init => _iterations = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(Iterations), value, "At least one iteration is needed.");
    }

    /// <summary>
    /// The seasonal window of the STL of each period, shortest period first (R's <c>s.window</c>): one value for
    /// all, or one per period kept; each odd and at least 7. <see langword="null"/> (default) for R's 7 + 4·i
    /// for the i-th period (11, 15, 19, …).
    /// </summary>
    /// <exception cref="ArgumentException">Empty, or a window is even or less than 7.</exception>
    public IReadOnlyList<int>? SeasonalWindows
    {
        get => _seasonalWindows is null ? null : Array.AsReadOnly(_seasonalWindows);
        init => _seasonalWindows = value is null ? null : CheckWindows(value, nameof(SeasonalWindows));
    }

    /// <summary>The trend window passed to every <c>stl</c> call (R's <c>t.window</c>), odd and at least 3; <see langword="null"/> (default) for stl's own rule.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Less than 3.</exception>
    /// <exception cref="ArgumentException">Even.</exception>
    public int? TrendWindow
    {
        get => _trendWindow;
        init => _trendWindow = value is { } w ? new StlOptions { TrendWindow = w }.TrendWindow : null;
    }

    /// <summary>Robust STL fits (R's <c>robust</c>, passed to <c>stl</c>); default false.</summary>
    public bool Robust { get; init; }

    /// <summary>The STL options for the <paramref name="index"/>-th kept period (0-based), as mstl builds them.</summary>
    /// <exception cref="ArgumentException">Several windows, but fewer than the periods kept; named <paramref name="paramName"/>.</exception>
    internal StlOptions ForPeriod(int index, int periodCount, string paramName)
    {
        int window;
        if (_seasonalWindows is null)
        {
            window = 7 + (4 * (index + 1));
        }
        else if (_seasonalWindows.Length == 1)
        {
            window = _seasonalWindows[0];
        }
        else if (_seasonalWindows.Length >= periodCount)
        {
            window = _seasonalWindows[index];
        }
        else
        {
            throw new ArgumentException($"{_seasonalWindows.Length} seasonal windows for {periodCount} periods; give one for all or one per period.", paramName);
        }

        return new StlOptions { SeasonalWindow = window, TrendWindow = _trendWindow, Robust = Robust };
    }

    private static int[] CheckWindows(IReadOnlyList<int> windows, string name)
    {
        if (windows.Count == 0)
        {
            throw new ArgumentException("Give at least one seasonal window, or null for R's defaults.", name);
        }

        var copy = windows.ToArray();
        foreach (var w in copy)
        {
            if (w < 7 || w % 2 == 0)
            {
                throw new ArgumentException($"Seasonal window {w}: each must be odd and at least 7.", name);
            }
        }

        return copy;
    }
}
