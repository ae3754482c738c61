using System.Globalization;
using CrossBorder.Text;
using NodaTime;
using NodaTime.Text;

namespace CrossBorder.Scorecards;

/// <summary>
/// Reads the long CSV of metric values, <c>date,entity,metric,value[,numerator,denominator]</c>: one row per day,
/// entity and metric, strictly.
/// </summary>
/// <remarks>
/// <para>
/// The header names <c>date</c>, <c>entity</c>, <c>metric</c> and <c>value</c>, and optionally both <c>numerator</c>
/// and <c>denominator</c> (any order, any case; no other columns). Dates are ISO <c>yyyy-MM-dd</c>; numbers use a point
/// for decimals and an optional leading minus, without thousands separators or exponents, in every culture.
/// </para>
/// <para>
/// A row has a value, or a numerator and a denominator, or all three:
/// </para>
/// <list type="bullet">
/// <item>only a value: the value is taken as written, numerator and denominator null;</item>
/// <item>numerator and denominator without a value: the value is numerator ÷ denominator;</item>
/// <item>all three: the value must agree with numerator ÷ denominator to within one unit of its last written decimal
/// (<c>0.33</c> for 1 ÷ 3 is fine; <c>1.2</c> for 12 ÷ 1000, a percentage written against a fraction, is an error).</item>
/// </list>
/// <para>
/// A numerator and a denominator are counts or amounts, never negative (a value may be). A zero denominator with a zero numerator (a day with no orders, hence no
/// defective ones) is a missing value: the observation has a null value and keeps its 0 ÷ 0 counts, so that a rate
/// summed over a window still counts the day; a zero denominator under a non-zero numerator, or beside a written
/// value, is an error. Blank lines are skipped; a file with a header and no rows is an error.
/// </para>
/// <para>
/// Every error is a <see cref="FormatException"/> whose message starts with the source and the line. A second row for
/// the same date, entity and metric is an error naming both lines. Repeated dates, entities and metrics share one
/// parsed date and one string instance each, so that a 1.5-million-row file holds each name once.
/// </para>
/// </remarks>
public static class ScorecardValuesCsv
{
    private const string Header = "date,entity,metric,value[,numerator,denominator]";
    private const NumberStyles Number = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    private static readonly string[] Known = ["date", "entity", "metric", "value", "numerator", "denominator"];

    /// <summary>Reads every row, in file order.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="source">What to call the input in messages (a file path).</param>
    /// <returns>One observation per row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="source"/> is null, empty or white space.</exception>
    /// <exception cref="FormatException">The header, a row or a value is malformed, a row repeats a date, entity and
    /// metric, or there are no rows; the message names the source and the line.</exception>
    public static IReadOnlyList<MetricObservation> Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        var table = CsvTable.Open(reader, source);
        foreach (var column in table.Columns)
        {
            if (!Known.Contains(column, StringComparer.OrdinalIgnoreCase))
            {
                throw table.Error(1, $"the header has a column '{CsvTable.Echo(column)}' that the format does not know; expected {Header}.");
            }
        }

        var date = table.Require("date", Header);
        var entity = table.Require("entity", Header);
        var metric = table.Require("metric", Header);
        var value = table.Require("value", Header);
        var numerator = table.IndexOf("numerator");
        var denominator = table.IndexOf("denominator");
        if ((numerator < 0) != (denominator < 0))
        {
            throw table.Error(1, $"the header has '{(numerator < 0 ? "denominator" : "numerator")}' without '{(numerator < 0 ? "numerator" : "denominator")}'; give both or neither.");
        }

        var dates = new Dictionary<string, LocalDate>(StringComparer.Ordinal);
        var names = new Names();
        var firstLines = new Dictionary<(LocalDate Day, int Entity, int Metric), int>();
        var observations = new List<MetricObservation>();
        foreach (var row in table.Rows())
        {
            var dateText = row.Get(date);
            if (!dates.TryGetValue(dateText, out var day))
            {
                var parsed = LocalDatePattern.Iso.Parse(dateText);
                day = parsed.Success ? parsed.Value : throw row.Invalid(date, "a yyyy-MM-dd date");
                dates.Add(dateText, day);
            }

            var (entityName, entityId) = names.Of(row, entity, "entity");
            var (metricName, metricId) = names.Of(row, metric, "metric");
            if (!firstLines.TryAdd((day, entityId, metricId), row.Line))
            {
                throw row.Error(Invariant($"a second row for {day:uuuu-MM-dd}, entity '{CsvTable.Echo(entityName)}', metric '{CsvTable.Echo(metricName)}' (the first is on line {firstLines[(day, entityId, metricId)]})."));
            }

            observations.Add(Observation(row, day, entityName, metricName, value, numerator, denominator));
        }

        return observations.Count > 0 ? observations : throw table.Error(1, $"the file has a header but no rows; expected {Header} and one row per day, entity and metric.");
    }

    private static MetricObservation Observation(CsvRow row, LocalDate day, string entity, string metric, int valueIndex, int numeratorIndex, int denominatorIndex)
    {
        var value = Parse(row, valueIndex);
        var numerator = Parse(row, numeratorIndex);
        var denominator = Parse(row, denominatorIndex);
        if (numerator is null != denominator is null)
        {
            throw row.Error(numerator is null ? "a denominator without a numerator; give both or neither." : "a numerator without a denominator; give both or neither.");
        }

        if (numerator is not { } n || denominator is not { } d)
        {
            return value is null
                ? throw row.Error("the row has no value; give a value, or a numerator and a denominator.")
                : new MetricObservation(day, entity, metric, value, null, null);
        }

        if (n < 0m)
        {
            throw row.Invalid(numeratorIndex, "a non-negative numerator (a count or an amount, such as defective orders)");
        }

        if (d < 0m)
        {
            throw row.Invalid(denominatorIndex, "a non-negative denominator");
        }

        if (d == 0m)
        {
            return n != 0m ? throw row.Error(Invariant($"numerator {n} over a zero denominator; a day without a denominator has a zero numerator."))
                : value is not null ? throw row.Error(Invariant($"value {value} beside a zero denominator; leave the value empty for a day with 0 of 0."))
                : new MetricObservation(day, entity, metric, null, n, d);
        }

        decimal ratio;
        try
        {
            ratio = n / d;
        }
        catch (OverflowException)
        {
            throw row.Error(Invariant($"numerator {n} ÷ denominator {d} is too large for a decimal."));
        }

        if (value is { } v && Math.Abs(v - ratio) > Unit(v))
        {
            throw row.Error(Invariant($"value {v} disagrees with numerator ÷ denominator = {n} ÷ {d} = {ratio:0.############}; is one of them a percentage and the other a fraction?"));
        }

        return new MetricObservation(day, entity, metric, value ?? ratio, n, d);
    }

    /// <summary>One unit of the last decimal written: 0.01 for <c>0.33</c>, 1 for <c>12</c>.</summary>
    private static decimal Unit(decimal value) => new(1, 0, 0, false, value.Scale);

    private static decimal? Parse(CsvRow row, int index)
    {
        var text = row.Get(index);
        return text.Length == 0 ? null
            : decimal.TryParse(text, Number, CultureInfo.InvariantCulture, out var number) ? number
            : throw row.Invalid(index, "a number such as 0.0123 or -5 (a point for decimals, no thousands separators)");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Entity and metric names seen before: one string instance and one small id each.</summary>
    private sealed class Names
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        private readonly List<string> _names = [];

        public (string Name, int Id) Of(CsvRow row, int index, string column)
        {
            var text = row.Get(index);
            if (text.Length == 0)
            {
                throw row.Error($"the {column} is empty.");
            }

            if (!_ids.TryGetValue(text, out var id))
            {
                id = _names.Count;
                _ids.Add(text, id);
                _names.Add(text);
            }

            return (_names[id], id);
        }
    }
}
