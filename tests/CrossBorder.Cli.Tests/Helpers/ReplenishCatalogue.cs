using System.Globalization;
using System.Text;
using NodaTime;

namespace CrossBorder.Cli.Tests.Helpers;

/// <summary>
/// Generates the bundled example of <c>crossborder replenish</c> under <c>samples/data/replenish/</c>: a synthetic
/// catalogue of 10 SKUs with 104 weeks of sales from Monday 2024-01-01 (<c>sales.csv</c>), their stock
/// (<c>stock.csv</c>) and sea and air purchase orders (<c>lead-times.csv</c>), with a fixed seed. The test
/// <c>ReplenishCommandTests.The_bundled_example_is_what_its_generator_writes</c> keeps the files and this code in step;
/// set CROSSBORDER_REGENERATE_SAMPLES=1 to rewrite them from here.
/// </summary>
/// <remarks>
/// The SKUs: five regular (level 20–150 a week, a yearly season), two intermittent, one lumpy, one that stopped
/// selling after week 70 (obsolete), one that never sold (dead stock). Stock is chosen so that some SKUs must order
/// now, some later, one holds far too much, and three have goods in transit. MOQs and case packs vary.
/// </remarks>
public static class ReplenishCatalogue
{
    public const int Seed = 20261126;
    public const int Weeks = 104;
    public static readonly LocalDate FirstWeek = new(2024, 1, 1);

    /// <summary>The day after the history: Monday 2025-12-29, what the command plans from by default.</summary>
    public static readonly LocalDate Start = FirstWeek.PlusWeeks(Weeks);

    public static readonly string[] Files = ["sales.csv", "stock.csv", "lead-times.csv"];

    /// <summary>The three files' contents, by name.</summary>
    public static IReadOnlyDictionary<string, string> Generate()
    {
        var random = new Random(Seed);
        var sales = new StringBuilder("series_id,date,y\n");
        var stock = new StringBuilder("sku,on_hand,backorders,in_transit_qty,in_transit_eta,moq,case_pack\n");
        var lead = new StringBuilder("sku,mode,ordered,shipped,arrived,received\n");

        void Sales(string id, Func<int, double> weekly)
        {
            for (var w = 0; w < Weeks; w++)
            {
                sales.Append(id).Append(',').Append(Iso(FirstWeek.PlusWeeks(w))).Append(',')
                    .Append(weekly(w).ToString(CultureInfo.InvariantCulture)).Append('\n');
            }
        }

        void Stock(string id, int onHand, int backorders, int inTransit, int etaWeeks, int moq, int casePack) =>
            stock.Append(FormattableString.Invariant(
                $"{id},{onHand},{backorders},{(inTransit > 0 ? inTransit.ToString(CultureInfo.InvariantCulture) : string.Empty)},{(inTransit > 0 ? Iso(Start.PlusWeeks(etaWeeks)) : string.Empty)},{moq},{casePack}\n"));

        // Regular SKUs: level, yearly season, Poisson noise; cover from 1 to 40 weeks.
        double[] levels = [150, 80, 45, 120, 20];
        double[] cover = [3, 8, 1.5, 40, 12];
        int[] moqs = [500, 200, 100, 300, 50];
        int[] packs = [24, 12, 10, 24, 6];
        for (var i = 0; i < levels.Length; i++)
        {
            var id = FormattableString.Invariant($"SKU-{i + 1:00}");
            var level = levels[i];
            var phase = 2 * Math.PI * random.NextDouble();
            var amplitude = 0.1 + (0.25 * random.NextDouble());
            Sales(id, w => RandomDraws.Poisson(random, level * (1 + (amplitude * Math.Sin((2 * Math.PI * w / 52.0) + phase)))));
            var inTransit = i is 1 or 2 ? (int)(level * 4) : 0;
            Stock(id, (int)(level * cover[i]), i == 2 ? (int)(level * 0.5) : 0, inTransit, i == 1 ? 3 : 2, moqs[i], packs[i]);
        }

        // Intermittent: a sale in about a third of the weeks, 1–4 units.
        for (var i = 0; i < 2; i++)
        {
            var id = FormattableString.Invariant($"SKU-{i + 6:00}");
            var p = 0.3 + (0.1 * random.NextDouble());
            Sales(id, _ => random.NextDouble() < p ? 1 + RandomDraws.Poisson(random, 1.2) : 0);
            Stock(id, i == 0 ? 2 : 15, 0, i == 0 ? 6 : 0, 5, 10, 5);
        }

        // Lumpy: rare sales of 1 to 40 units.
        Sales("SKU-08", _ => random.NextDouble() < 0.15 ? Math.Min(40, 1 + Math.Floor(-10 * Math.Log(1 - random.NextDouble()))) : 0);
        Stock("SKU-08", 12, 0, 0, 0, 20, 10);

        // Obsolete: regular demand that stopped after week 70.
        Sales("SKU-09", w => w < 70 ? RandomDraws.Poisson(random, 9) : 0);
        Stock("SKU-09", 140, 0, 0, 0, 50, 10);

        // Dead stock: never sold.
        Sales("SKU-10", _ => 0);
        Stock("SKU-10", 60, 0, 0, 0, 0, 1);

        // Purchase orders: sea for every SKU ('*', about 7–9 weeks door to door), air (about 2 weeks); SKU-01 has its own slower sea history.
        void Orders(string key, string mode, int count, int production, int freight, int receiving, int spread)
        {
            for (var k = 0; k < count; k++)
            {
                var ordered = FirstWeek.PlusDays(20 + (k * 37) + random.Next(7));
                var shipped = ordered.PlusDays(production + random.Next(spread + 1));
                var arrived = shipped.PlusDays(freight + random.Next(spread + 1));
                var received = arrived.PlusDays(receiving + random.Next(3));
                lead.Append(FormattableString.Invariant($"{key},{mode},{Iso(ordered)},{Iso(shipped)},{Iso(arrived)},{Iso(received)}\n"));
            }
        }

        Orders("*", "sea", 12, 18, 30, 3, 8);
        Orders("*", "air", 6, 7, 4, 2, 3);
        Orders("SKU-01", "sea", 8, 25, 33, 4, 12);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["sales.csv"] = sales.ToString(),
            ["stock.csv"] = stock.ToString(),
            ["lead-times.csv"] = lead.ToString(),
        };
    }

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
