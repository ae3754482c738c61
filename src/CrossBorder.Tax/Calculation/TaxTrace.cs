namespace CrossBorder.Tax;

/// <summary>
/// The trace of one calculation as it is built: steps in order, and steps that name every line they concern
/// (<c>EE standard 24% 2025-07-01..: A, B, C</c>), whose lines are gathered and joined once at the end, so that a
/// long order costs one step per finding, not a string rebuilt per line.
/// </summary>
internal sealed class TaxTrace
{
    private readonly List<(TaxTraceStep Step, List<string>? Lines)> _steps = [];
    private readonly Dictionary<(string Step, string Head), List<string>> _grouped = [];

    /// <summary>Adds a step.</summary>
    public void Add(TaxTraceStep step) => _steps.Add((step, null));

    /// <summary>Adds <paramref name="sku"/> to the step <paramref name="step"/> that starts with <paramref name="head"/>, creating it at this point of the trace the first time.</summary>
    public void AddLine(string step, string head, string sku, string? source = null)
    {
        if (!_grouped.TryGetValue((step, head), out var lines))
        {
            lines = [];
            _grouped.Add((step, head), lines);
            _steps.Add((new TaxTraceStep(step, head, source), lines));
        }

        lines.Add(sku);
    }

    /// <summary>The steps, in order, each grouped step naming its lines.</summary>
    public TaxTraceStep[] ToArray() =>
        [.. _steps.Select(s => s.Lines is null ? s.Step : s.Step with { Detail = s.Step.Detail + string.Join(", ", s.Lines) })];
}
