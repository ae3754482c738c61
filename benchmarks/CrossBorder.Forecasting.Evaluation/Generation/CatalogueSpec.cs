namespace CrossBorder.Forecasting.Evaluation.Generation;

/// <summary>A catalogue to generate: its name, seed and how many series of each group.</summary>
internal sealed record CatalogueSpec(string Name, int Seed, IReadOnlyList<(ISeriesGenerator Generator, int Count)> Groups)
{
    /// <summary>The generator version; raise it whenever a change alters the output for a seed.</summary>
    public const int GeneratorVersion = 1;

    /// <summary>The catalogue of that name, or <see langword="null"/>. Their seeds differ, so they share no series.</summary>
    public static CatalogueSpec? Find(string name) => name switch
    {
        "development" => new(name, 20261203, Standard()),
        "validation" => new(name, 60417, Standard()),
        _ => null,
    };

    private static (ISeriesGenerator, int)[] Standard() =>
    [
        (new WeeklyGenerator(), 300),
        (new MonthlyGenerator(), 150),
        (new DailyGenerator(), 50),
        (new IntermittentGenerator(lumpy: false), 250),
        (new IntermittentGenerator(lumpy: true), 200),
    ];
}
