using System.Globalization;
using CrossBorder.Text;
using NodaTime;
using NodaTime.Text;

namespace CrossBorder.Scorecards;

/// <summary>
/// Reads scorecard definitions (format <c>crossborder-scorecard/1</c>, docs/scorecards.md) and turns bound settings into
/// definitions. Unknown properties, repeated properties, wrong kinds, unknown words and definitions that do not hold
/// together are <see cref="FormatException"/>s naming the source and the path (<c>scorecard.json: metrics[1] (odr).thresholds: …</c>).
/// </summary>
public static class ScorecardDefinitionJson
{
    /// <summary>The value of the document's <c>format</c> property.</summary>
    public const string Format = "crossborder-scorecard/1";

    /// <summary>Parses a definition document.</summary>
    /// <param name="json">The document.</param>
    /// <param name="source">The file name or label used in errors.</param>
    public static ScorecardDefinition Parse(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        var options = StrictJson.Read(stream, source, (message, inner) => new FormatException(message, inner), ReadOptions);
        return ToDefinition(options, source);
    }

    /// <summary>Turns settings (bound from configuration or read from JSON) into a definition.</summary>
    /// <param name="options">The settings.</param>
    /// <param name="source">The configuration section or file, used in errors.</param>
    public static ScorecardDefinition ToDefinition(ScorecardDefinitionOptions options, string source) => ToDefinition(options, source, null);

    /// <summary>As <see cref="ToDefinition(ScorecardDefinitionOptions, string)"/>, named <paramref name="defaultName"/> when the settings name none.</summary>
    internal static ScorecardDefinition ToDefinition(ScorecardDefinitionOptions options, string source, string? defaultName)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        FormatException Error(string path, string message) => new($"{source}: {path}: {message}");

        var metrics = new List<MetricDefinition>();
        for (var i = 0; i < options.Metrics.Count; i++)
        {
            var m = options.Metrics[i] ?? throw Error(Index(i, null), "is null.");
            var path = Index(i, m.Id);
            metrics.Add(Build(path, Error, () => new MetricDefinition(
                Required(m.Id, path, "id", Error),
                m.Name ?? m.Id!,
                Word(m.Role, path, "role", Error, required: true, (MetricRole.NorthStar, "north-star"), (MetricRole.Input, "input"), (MetricRole.Guardrail, "guardrail")),
                Word(m.Direction, path, "direction", Error, required: true, (Direction.HigherIsBetter, "higher"), (Direction.LowerIsBetter, "lower"), (Direction.InRange, "in-range")),
                Bands(m.Thresholds, path + ".thresholds", Error) ?? throw Error(path, "thresholds is required (red, amber, green)."),
                Word(m.Unit, path, "unit", Error, required: false, (MetricUnit.Number, "number"), (MetricUnit.Percent, "percent"), (MetricUnit.Currency, "currency"), (MetricUnit.Count, "count")),
                m.Numerator,
                m.Denominator,
                Word(m.Aggregation, path, "aggregation", Error, required: false, (ValueAggregation.Sum, "sum"), (ValueAggregation.Mean, "mean"), (ValueAggregation.Last, "last")),
                m.WindowDays ?? 1,
                m.MaturityLagDays ?? 0,
                m.MinimumDenominator ?? 0m,
                m.Weight ?? 1m,
                Word(m.Normalisation, path, "normalisation", Error, required: false, (Normalisation.TargetBased, "target"), (Normalisation.MinMax, "min-max"), (Normalisation.ZScore, "z-score")),
                Bands(m.UpperThresholds, path + ".upperThresholds", Error),
                m.HardLimit is { } h ? Build(path + ".hardLimit", Error, () => new HardLimit(
                    h.Value ?? throw Error(path + ".hardLimit", "value is required."),
                    h.ValueAllowed ?? throw Error(path + ".hardLimit", "valueAllowed is required (true for ≤ or ≥, false for < or >)."),
                    h.MaxCount,
                    h.Source)) : null,
                m.HealthRules.AsReadOnly(),
                m.Targets.Select((t, j) => Target(t, string.Create(CultureInfo.InvariantCulture, $"{path}.targets[{j}]"), Error)).ToArray(),
                m.HistoryWindows ?? 8)));
        }

        return Build("definition", Error, () => new ScorecardDefinition(
            Required(options.Name ?? defaultName, "definition", "name", Error),
            metrics,
            Word(options.Aggregation, "definition", "aggregation", Error, required: false, (ScoreAggregation.Arithmetic, "arithmetic"), (ScoreAggregation.Geometric, "geometric")),
            options.MinimumCoverage ?? 0.5m,
            options.GreenScore ?? 75m,
            options.AmberScore ?? 50m,
            options.ComparisonDays ?? 7));
    }

    private static string Index(int i, string? id) => string.Create(CultureInfo.InvariantCulture, $"metrics[{i}]") + (id is null ? string.Empty : $" ({StrictJson.Echo(id)})");

    private static T Build<T>(string path, Func<string, string, FormatException> error, Func<T> create)
    {
        try
        {
            return create();
        }
        catch (ArgumentException e)
        {
            throw error(path, ExceptionText.FirstSentence(e.Message));
        }
    }

    private static string Required(string? value, string path, string name, Func<string, string, FormatException> error) =>
        string.IsNullOrWhiteSpace(value) ? throw error(path, $"{name} is required.") : value;

    private static T Word<T>(string? value, string path, string name, Func<string, string, FormatException> error, bool required, params (T Value, string Word)[] words)
        where T : struct
    {
        if (value is null)
        {
            return required ? throw error(path, $"{name} is required ({string.Join(", ", words.Select(w => w.Word))}).") : words[0].Value;
        }

        foreach (var (v, w) in words)
        {
            if (string.Equals(value, w, StringComparison.Ordinal))
            {
                return v;
            }
        }

        throw error(path, $"{name} '{StrictJson.Echo(value)}' is not {string.Join(", ", words.Select(w => w.Word))}.");
    }

    private static ThresholdBands? Bands(ThresholdBandsOptions? b, string path, Func<string, string, FormatException> error) =>
        b is null ? null : new ThresholdBands(
            b.Red ?? throw error(path, "red is required."),
            b.Amber ?? throw error(path, "amber is required."),
            b.Green ?? throw error(path, "green is required."));

    private static PeriodTarget Target(PeriodTargetOptions t, string path, Func<string, string, FormatException> error)
    {
        LocalDate Date(string? text, string name) =>
            text is null ? throw error(path, $"{name} is required (yyyy-MM-dd).")
                : LocalDatePattern.Iso.Parse(text) is { Success: true } r ? r.Value
                : throw error(path, $"{name} '{StrictJson.Echo(text)}' is not a yyyy-MM-dd date.");
        return Build(path, error, () => new PeriodTarget(Date(t.From, "from"), Date(t.To, "to"), t.Target ?? throw error(path, "target is required."), t.ProRate ?? false));
    }

    private static ScorecardDefinitionOptions ReadOptions(StrictJson root)
    {
        root.Only("format", "name", "notes", "aggregation", "minimumCoverage", "greenScore", "amberScore", "comparisonDays", "metrics");
        if (root.String("format") != Format)
        {
            throw root.Error("format", $"is not {Format}.");
        }

        var options = new ScorecardDefinitionOptions
        {
            Name = root.String("name"),
            Aggregation = root.OptionalString("aggregation"),
            MinimumCoverage = root.OptionalDecimal("minimumCoverage"),
            GreenScore = root.OptionalDecimal("greenScore"),
            AmberScore = root.OptionalDecimal("amberScore"),
            ComparisonDays = Int(root, "comparisonDays"),
        };
        foreach (var n in root.Array("metrics"))
        {
            n.Only("id", "name", "notes", "role", "direction", "unit", "numerator", "denominator", "aggregation", "windowDays", "maturityLagDays", "minimumDenominator", "weight", "normalisation", "thresholds", "upperThresholds", "hardLimit", "healthRules", "targets", "historyWindows");
            var metric = new MetricDefinitionOptions
            {
                Id = n.String("id"),
                Name = n.OptionalString("name"),
                Role = n.OptionalString("role"),
                Direction = n.OptionalString("direction"),
                Unit = n.OptionalString("unit"),
                Numerator = n.OptionalString("numerator"),
                Denominator = n.OptionalString("denominator"),
                Aggregation = n.OptionalString("aggregation"),
                WindowDays = Int(n, "windowDays"),
                MaturityLagDays = Int(n, "maturityLagDays"),
                MinimumDenominator = n.OptionalDecimal("minimumDenominator"),
                Weight = n.OptionalDecimal("weight"),
                Normalisation = n.OptionalString("normalisation"),
                Thresholds = BandsOptions(n.OptionalObject("thresholds")),
                UpperThresholds = BandsOptions(n.OptionalObject("upperThresholds")),
                HistoryWindows = Int(n, "historyWindows"),
            };
            if (n.OptionalObject("hardLimit") is { } h)
            {
                h.Only("value", "valueAllowed", "maxCount", "source");
                metric.HardLimit = new HardLimitOptions { Value = h.OptionalDecimal("value"), ValueAllowed = h.OptionalBool("valueAllowed"), MaxCount = h.OptionalDecimal("maxCount"), Source = h.OptionalString("source") };
            }

            if (n.OptionalObject("healthRules") is { } rules)
            {
                foreach (var entity in rules.Names())
                {
                    metric.HealthRules[entity] = rules.String(entity);
                }
            }

            foreach (var t in n.OptionalArray("targets"))
            {
                t.Only("from", "to", "target", "proRate");
                metric.Targets.Add(new PeriodTargetOptions { From = t.OptionalString("from"), To = t.OptionalString("to"), Target = t.OptionalDecimal("target"), ProRate = t.OptionalBool("proRate") });
            }

            options.Metrics.Add(metric);
        }

        return options;
    }

    private static ThresholdBandsOptions? BandsOptions(StrictJson? n)
    {
        if (n is not { } b)
        {
            return null;
        }

        b.Only("red", "amber", "green");
        return new ThresholdBandsOptions { Red = b.OptionalDecimal("red"), Amber = b.OptionalDecimal("amber"), Green = b.OptionalDecimal("green") };
    }

    private static int? Int(StrictJson n, string name) =>
        n.OptionalDecimal(name) is not { } d ? null
            : d == decimal.Truncate(d) && d is >= int.MinValue and <= int.MaxValue ? (int)d
            : throw n.Error(name, "must be a whole number.");
}
