using System.Globalization;
using System.Text;
using NodaTime;

namespace CrossBorder.Cli.Tests.Helpers;

/// <summary>
/// Generates the bundled example <c>samples/data/forecast/weekly-skus.csv</c>: a synthetic catalogue of 30 SKUs over
/// 104 ISO weeks from Monday 2024-01-01, date-keyed (<c>series_id,date,y</c>), with a fixed seed. The test
/// <c>ForecastCommandTests.The_bundled_example_is_what_its_generator_writes</c> keeps the file and this code in step;
/// set CROSSBORDER_REGENERATE_SAMPLES=1 to rewrite the file from here.
/// </summary>
/// <remarks>
/// The mix: 8 smooth seasonal SKUs (level, trend, yearly sine season, Poisson noise), 6 intermittent (sales in about
/// a third of the weeks, small sizes), 5 lumpy (rare sales of widely varying size), 4 obsolete (regular demand that
/// stops for good), 4 new items (two launched during the history after zero weeks, two whose rows start late: one
/// with 20 weeks, one with 2), one with weeks missing from the file, one that never sold, one constant.
/// </remarks>
public static class WeeklySkuCatalogue
{
    public const int Seed = 20261125;
    public const int Weeks = 104;
    public static readonly LocalDate FirstWeek = new(2024, 1, 1);

    public static string Generate()
    {
        var random = new Random(Seed);
        var csv = new StringBuilder("series_id,date,y\n");
        var sku = 0;
        string Next() => string.Create(CultureInfo.InvariantCulture, $"SKU-{++sku:000}");

        void Write(string id, IReadOnlyList<double?> values, int firstWeek = 0)
        {
            for (var w = 0; w < values.Count; w++)
            {
                if (values[w] is { } v)
                {
                    csv.Append(id).Append(',')
                        .Append(FirstWeek.PlusWeeks(firstWeek + w).ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)).Append(',')
                        .Append(v.ToString(CultureInfo.InvariantCulture)).Append('\n');
                }
            }
        }

        // Smooth, seasonal: level 20–200, a trend of up to ±0.4%/week, a yearly season of amplitude 15–45%.
        for (var i = 0; i < 8; i++)
        {
            var level = 20 + (180 * random.NextDouble());
            var trend = (random.NextDouble() - 0.5) * 0.008;
            var amplitude = 0.15 + (0.3 * random.NextDouble());
            var phase = 2 * Math.PI * random.NextDouble();
            Write(Next(), [.. Enumerable.Range(0, Weeks).Select(w =>
                (double?)RandomDraws.Poisson(random, level * (1 + (trend * w)) * (1 + (amplitude * Math.Sin((2 * Math.PI * w / 52.0) + phase)))))]);
        }

        // Intermittent: a sale in 25–40% of weeks, of 1–4 units.
        for (var i = 0; i < 6; i++)
        {
            var p = 0.25 + (0.15 * random.NextDouble());
            Write(Next(), [.. Enumerable.Range(0, Weeks).Select(_ => (double?)(random.NextDouble() < p ? 1 + RandomDraws.Poisson(random, 1.2) : 0))]);
        }

        // Lumpy: a sale in 10–25% of weeks, of 1 to 60 units (geometric-like sizes).
        for (var i = 0; i < 5; i++)
        {
            var p = 0.1 + (0.15 * random.NextDouble());
            Write(Next(), [.. Enumerable.Range(0, Weeks).Select(_ => (double?)(random.NextDouble() < p ? Math.Min(60, 1 + Math.Floor(-12 * Math.Log(1 - random.NextDouble()))) : 0))]);
        }

        // Obsolete: regular demand that stops for good after week 55–80.
        for (var i = 0; i < 4; i++)
        {
            var stop = 55 + random.Next(26);
            var level = 3 + (10 * random.NextDouble());
            Write(Next(), [.. Enumerable.Range(0, Weeks).Select(w => (double?)(w < stop ? RandomDraws.Poisson(random, level) : 0))]);
        }

        // New items launched during the history: zeros before the launch week.
        for (var i = 0; i < 2; i++)
        {
            var launch = 50 + random.Next(30);
            var level = 5 + (25 * random.NextDouble());
            Write(Next(), [.. Enumerable.Range(0, Weeks).Select(w => (double?)(w < launch ? 0 : RandomDraws.Poisson(random, level * Math.Min(1, (w - launch + 1) / 6.0))))]);
        }

        // New items whose rows start late: 20 weeks, and 2 weeks (too short for any model).
        foreach (var length in new[] { 20, 2 })
        {
            var level = 4 + (10 * random.NextDouble());
            Write(Next(), [.. Enumerable.Range(0, length).Select(w => (double?)(RandomDraws.Poisson(random, level) + (length == 2 ? 2 * w : 0)))], Weeks - length);
        }

        // Weeks missing from the file (a broken export): filled by interpolation and reported.
        Write(Next(), [.. Enumerable.Range(0, Weeks).Select(w => w is 30 or 31 or 77 ? null : (double?)RandomDraws.Poisson(random, 12))]);

        // Never sold; and a constant subscription item.
        Write(Next(), [.. Enumerable.Range(0, Weeks).Select(_ => (double?)0)]);
        Write(Next(), [.. Enumerable.Range(0, Weeks).Select(_ => (double?)10)]);
        return csv.ToString();
    }
}
