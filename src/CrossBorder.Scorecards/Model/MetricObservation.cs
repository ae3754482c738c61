using NodaTime;

namespace CrossBorder.Scorecards;

/// <summary>
/// One row of the long values CSV (<c>date,entity,metric,value[,numerator,denominator]</c>): a metric's value for an
/// entity on a day, with the numerator and denominator behind it when known (a rate is recomputed from summed
/// numerators and denominators over its window rather than averaged).
/// </summary>
/// <param name="Date">The day observed.</param>
/// <param name="Entity">The store, marketplace or account.</param>
/// <param name="Metric">The metric's id, as in the definition.</param>
/// <param name="Value">The value, or null when only the numerator and denominator are given (or it is missing).</param>
/// <param name="Numerator">The numerator (defective orders, late shipments), or null.</param>
/// <param name="Denominator">The denominator (orders, shipments), or null.</param>
public sealed record MetricObservation(LocalDate Date, string Entity, string Metric, decimal? Value, decimal? Numerator, decimal? Denominator);
