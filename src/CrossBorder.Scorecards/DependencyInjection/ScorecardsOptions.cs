namespace CrossBorder.Scorecards;

/// <summary>
/// Options of <c>AddCrossBorderScorecards</c>: the scorecard definitions by name, bound from configuration (each in the
/// JSON format's words) and validated at start-up.
/// </summary>
public sealed class ScorecardsOptions
{
    /// <summary>The definitions by name (the name used when a definition's own <c>Name</c> is not set). Default: none.</summary>
    public IDictionary<string, ScorecardDefinitionOptions> Definitions { get; } = new Dictionary<string, ScorecardDefinitionOptions>(StringComparer.Ordinal);
}

/// <summary>The validated, immutable definitions a host resolves: built once from <see cref="ScorecardsOptions"/>.</summary>
public sealed class ScorecardDefinitions
{
    private readonly Dictionary<string, ScorecardDefinition> _byName;

    /// <summary>Creates the set.</summary>
    public ScorecardDefinitions(IReadOnlyDictionary<string, ScorecardDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        _byName = new Dictionary<string, ScorecardDefinition>(definitions, StringComparer.Ordinal);
    }

    /// <summary>The names, in ordinal order.</summary>
    public IReadOnlyList<string> Names => _byName.Keys.Order(StringComparer.Ordinal).ToArray();

    /// <summary>The definition <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No definition has that name.</exception>
    public ScorecardDefinition this[string name] =>
        _byName.TryGetValue(name, out var d) ? d : throw new KeyNotFoundException($"No scorecard definition is named '{name}'; configured: {string.Join(", ", Names)}.");

    internal static ScorecardDefinitions From(ScorecardsOptions options) =>
        new(options.Definitions.ToDictionary(p => p.Key, p => ScorecardDefinitionJson.ToDefinition(p.Value, $"Scorecards:Definitions:{p.Key}", p.Key), StringComparer.Ordinal));
}
