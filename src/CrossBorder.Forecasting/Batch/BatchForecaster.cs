namespace CrossBorder.Forecasting.Batch;

/// <summary>Computes the forecast of one series; must be thread-safe and depend on its input only.</summary>
public delegate Forecast SeriesForecaster(SeriesInput series, int horizon);

/// <summary>Computes point forecasts of one series into a destination span, allocation-free where the method allows.</summary>
public delegate void PointForecaster(ReadOnlySpan<double> history, Span<double> destination);

/// <summary>
/// Forecasts many series on all cores. Results come back in input order and are identical whatever the
/// degree of parallelism, because each series is forecast on its own, from its own data (any randomness a
/// method uses must be seeded from the series, never shared).
/// </summary>
public static class BatchForecaster
{
    /// <summary>Forecasts every series; the result at index i is the forecast of <paramref name="series"/>[i].</summary>
    /// <param name="series">The series.</param>
    /// <param name="forecaster">The method.</param>
    /// <param name="defaultHorizon">Horizon for series that do not carry their own.</param>
    /// <param name="maxDegreeOfParallelism">Threads to use; -1 for all cores.</param>
    public static Forecast[] ForecastAll(IReadOnlyList<SeriesInput> series, SeriesForecaster forecaster, int defaultHorizon, int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(forecaster);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(defaultHorizon);
        var results = new Forecast[series.Count];
        Parallel.For(
            0,
            series.Count,
            new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism },
            i => results[i] = forecaster(series[i], series[i].Horizon ?? defaultHorizon));
        return results;
    }

    /// <summary>
    /// Streams forecasts: reads <paramref name="series"/> lazily in chunks, forecasts each chunk in parallel and
    /// yields the results in input order, so a million SKUs never sit in memory at once.
    /// </summary>
    /// <param name="series">The series, read once, lazily.</param>
    /// <param name="forecaster">The method.</param>
    /// <param name="defaultHorizon">Horizon for series that do not carry their own.</param>
    /// <param name="chunkSize">Series held in memory at once.</param>
    /// <param name="maxDegreeOfParallelism">Threads to use; -1 for all cores.</param>
    public static IEnumerable<(SeriesInput Series, Forecast Forecast)> Stream(
        IEnumerable<SeriesInput> series, SeriesForecaster forecaster, int defaultHorizon, int chunkSize = 8192, int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(forecaster);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(defaultHorizon);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(chunkSize);
        return StreamCore(series, forecaster, defaultHorizon, chunkSize, maxDegreeOfParallelism);
    }

    /// <summary>
    /// Point forecasts for series stored end to end in one buffer (spans in, spans out, no per-series objects):
    /// series i is <paramref name="values"/>[offsets[i]..offsets[i+1]] and its forecasts go to
    /// <paramref name="destination"/>[i·h..(i+1)·h].
    /// </summary>
    /// <param name="values">All observations, series after series.</param>
    /// <param name="offsets">Start of each series in <paramref name="values"/>, plus the end: length = series count + 1.</param>
    /// <param name="horizon">Steps per series.</param>
    /// <param name="forecaster">The method, writing h values.</param>
    /// <param name="destination">Series count × horizon values.</param>
    /// <param name="maxDegreeOfParallelism">Threads to use; -1 for all cores.</param>
    /// <exception cref="ArgumentException">Offsets are not increasing, out of range, or the destination has the wrong size.</exception>
    public static void ForecastPoints(
        ReadOnlyMemory<double> values, ReadOnlyMemory<int> offsets, int horizon, PointForecaster forecaster, Memory<double> destination, int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(forecaster);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(horizon);
        var count = offsets.Length - 1;
        if (count < 0)
        {
            throw new ArgumentException("Offsets need at least one entry: the end of the buffer.", nameof(offsets));
        }

        var offsetSpan = offsets.Span;
        if (offsetSpan[0] < 0 || offsetSpan[count] > values.Length)
        {
            throw new ArgumentException($"Offsets must lie within the {values.Length} values.", nameof(offsets));
        }

        for (var i = 0; i < count; i++)
        {
            if (offsetSpan[i + 1] < offsetSpan[i])
            {
                throw new ArgumentException($"Offsets must not decrease (series {i}).", nameof(offsets));
            }
        }

        if (destination.Length != checked(count * horizon))
        {
            throw new ArgumentException($"The destination must hold {count} × {horizon} values, not {destination.Length}.", nameof(destination));
        }

        Parallel.For(
            0,
            count,
            new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism },
            i =>
            {
                var bounds = offsets.Span;
                forecaster(values.Span[bounds[i]..bounds[i + 1]], destination.Span.Slice(i * horizon, horizon));
            });
    }

    private static IEnumerable<(SeriesInput, Forecast)> StreamCore(
        IEnumerable<SeriesInput> series, SeriesForecaster forecaster, int defaultHorizon, int chunkSize, int maxDegreeOfParallelism)
    {
        var chunk = new List<SeriesInput>(chunkSize);
        foreach (var item in series)
        {
            chunk.Add(item);
            if (chunk.Count == chunkSize)
            {
                foreach (var result in Flush(chunk))
                {
                    yield return result;
                }
            }
        }

        foreach (var result in Flush(chunk))
        {
            yield return result;
        }

        IEnumerable<(SeriesInput, Forecast)> Flush(List<SeriesInput> pending)
        {
            var forecasts = ForecastAll(pending, forecaster, defaultHorizon, maxDegreeOfParallelism);
            var results = pending.Zip(forecasts).ToArray();
            pending.Clear();
            return results;
        }
    }
}
