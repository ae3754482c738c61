using NodaTime;

namespace CrossBorder.Scorecards;

/// <summary>A metric's value for one period (a day, or a week dated by its last day).</summary>
/// <param name="Date">The day, or the period's end.</param>
/// <param name="Value">The value.</param>
public readonly record struct MetricPoint(LocalDate Date, double Value);

/// <summary>A metric's series for one entity: points in strictly increasing date order, every value finite.</summary>
public sealed class MetricSeries
{
    /// <summary>Creates a series.</summary>
    /// <exception cref="ArgumentException">A blank metric id or entity, a non-finite value, or dates not strictly increasing (a duplicate date is refused, not merged).</exception>
    public MetricSeries(string metricId, string entity, IEnumerable<MetricPoint> points)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(metricId);
        ArgumentException.ThrowIfNullOrWhiteSpace(entity);
        ArgumentNullException.ThrowIfNull(points);
        var list = points.ToArray();
        for (var i = 0; i < list.Length; i++)
        {
            if (!double.IsFinite(list[i].Value))
            {
                throw new ArgumentException($"The value on {list[i].Date:uuuu-MM-dd} is not finite.", nameof(points));
            }

            if (i > 0 && list[i].Date <= list[i - 1].Date)
            {
                throw new ArgumentException($"Dates must increase strictly: {list[i].Date:uuuu-MM-dd} follows {list[i - 1].Date:uuuu-MM-dd}.", nameof(points));
            }
        }

        MetricId = metricId;
        Entity = entity;
        Points = Array.AsReadOnly(list);
    }

    /// <summary>The metric.</summary>
    public string MetricId { get; }

    /// <summary>The store, marketplace or account.</summary>
    public string Entity { get; }

    /// <summary>The points, oldest first.</summary>
    public IReadOnlyList<MetricPoint> Points { get; }
}
