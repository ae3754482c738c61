namespace CrossBorder;

/// <summary>
/// How a computed amount was reached, step by step, so that a user who questions a tax, a duty or a landed
/// cost can see the base, the rate, the rule and its source, and the rounding applied.
/// </summary>
public sealed class Explanation
{
    private readonly ExplanationStep[] _steps;

    private Explanation(ExplanationStep[] steps) => _steps = steps;

    /// <summary>An explanation with no steps.</summary>
    public static Explanation Empty { get; } = new([]);

    /// <summary>The steps in the order they were applied.</summary>
    public IReadOnlyList<ExplanationStep> Steps => _steps;

    /// <summary>An explanation of the given steps.</summary>
    public static Explanation Of(params IEnumerable<ExplanationStep> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        return new([.. steps]);
    }

    /// <summary>A new explanation with one more step at the end.</summary>
    public Explanation Then(ExplanationStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return new([.. _steps, step]);
    }

    /// <summary>One line per step.</summary>
    public override string ToString() => string.Join(Environment.NewLine, _steps.Select(s => s.ToString()));
}

/// <summary>One step of an <see cref="Explanation"/>: result = base × rate, under a rule, with a rounding.</summary>
/// <param name="Description">What the step computes: "Import VAT", "Duty on CIF value".</param>
/// <param name="Result">The amount the step produced.</param>
public sealed record ExplanationStep(string Description, Money Result)
{
    /// <summary>The amount the rate applied to, if any.</summary>
    public Money? Base { get; init; }

    /// <summary>The rate applied, if any.</summary>
    public Percentage? Rate { get; init; }

    /// <summary>A multiplier that is not a percentage, such as an exchange rate, if any.</summary>
    public decimal? Factor { get; init; }

    /// <summary>The rule applied: "EU standard rate", "UK low-value goods (≤ £135)".</summary>
    public string? Rule { get; init; }

    /// <summary>The rule's legal or published source and effective date.</summary>
    public string? Source { get; init; }

    /// <summary>The rounding applied to <see cref="Result"/>, such as "to 0.01, midpoint away from zero"; null when none.</summary>
    public string? Rounding { get; init; }

    /// <summary><c>Import VAT: 20.00 GBP = 100.00 GBP × 20% [UK standard rate; VATA 1994 s.2] (rounded to 0.01, ToEven)</c>.</summary>
    public override string ToString()
    {
        // Invariant: an explanation reads the same on every machine (Money and Percentage would follow the thread culture).
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        var text = string.Create(culture, $"{Description}: {Result}");
        if (Base is { } @base)
        {
            text += (Rate, Factor) switch
            {
                ({ } rate, _) => string.Create(culture, $" = {@base} × {rate}"),
                (null, { } factor) => string.Create(culture, $" = {@base} × {factor}"),
                _ => string.Create(culture, $" on {@base}"),
            };
        }

        if (Rule is not null || Source is not null)
        {
            text += $" [{string.Join("; ", new[] { Rule, Source }.Where(s => s is not null))}]";
        }

        return Rounding is null ? text : $"{text} (rounded {Rounding})";
    }
}
