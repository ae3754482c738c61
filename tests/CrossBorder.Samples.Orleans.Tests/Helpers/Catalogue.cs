using System.Globalization;
using System.Text;
using Parquet;
using Parquet.Schema;

namespace CrossBorder.Samples.Orleans.Tests.Helpers;

/// <summary>Synthetic catalogues for the batch tests, and a partition input spoiled on purpose.</summary>
public static class Catalogue
{
    /// <summary>
    /// A JSON Lines orders file <c>orders.jsonl</c> in <paramref name="folder"/> of <paramref name="count"/> (at least 7)
    /// orders from the bundled batch: order k is the bundled order k mod 4 with a freight of 12 + k dollars, changed by
    /// <paramref name="edit"/> if given. Blank lines come first, after the third order, two after the seventh and one at
    /// the end: the orders are on lines 2–4, 6–9, then 12 on.
    /// </summary>
    public static string Orders(string folder, int count, Func<int, string, string>? edit = null)
    {
        var bundled = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "data", "landed-cost-orders.jsonl"));
        var lines = new List<string> { string.Empty };
        for (var k = 0; k < count; k++)
        {
            const string Freight = "\"freight\": {\"amount\": \"12.00\"";
            if (!bundled[k % 4].Contains(Freight, StringComparison.Ordinal))
            {
                throw new InvalidOperationException("The bundled orders changed: order " + (k % 4) + " has no freight of 12.00.");
            }

            var order = bundled[k % 4].Replace(Freight, $"\"freight\": {{\"amount\": \"{12 + k}.00\"", StringComparison.Ordinal);
            lines.Add(edit?.Invoke(k, order) ?? order);
            if (k == 2)
            {
                lines.Add(string.Empty);
            }
            else if (k == 6)
            {
                lines.AddRange(["  ", string.Empty]);
            }
        }

        var path = Path.Combine(folder, "orders.jsonl");
        File.WriteAllText(path, string.Join("\n", lines) + "\n\n");
        return path;
    }

    /// <summary>
    /// A long-format CSV of <paramref name="count"/> weekly SKUs of 60 weeks (ids SKU-0000…), varied: regular series
    /// with trend and noise, and every fifth one intermittent, so that the automatic selector takes several methods.
    /// </summary>
    public static string Csv(int count)
    {
        var text = new StringBuilder("series_id,date,y\n");
        var start = new DateOnly(2023, 1, 2);
        for (var i = 0; i < count; i++)
        {
            for (var w = 0; w < 60; w++)
            {
                var y = i % 5 == 0
                    ? (((w * 7) + i) % 11 == 0 ? 3 : 0)
                    : 10 + (i % 7) + (w * (i % 3) / 10.0) + (((w * 13) + i) % 5);
                text.Append(CultureInfo.InvariantCulture, $"SKU-{i:D4},{start.AddDays(7 * w):yyyy-MM-dd},{y}\n");
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// The three inputs of <c>crossborder replenish</c> for <paramref name="count"/> weekly SKUs written into
    /// <paramref name="folder"/>: sales whose lengths differ (SKU i has 60 − (i mod 4) weeks from 2023-01-02, so the
    /// catalogue's as-of date is set by the longest ones and the shorter ones get a warning with commas in it), stock
    /// with an in-transit receipt on two rows for every seventh SKU and MOQ/case packs, and lead times for all SKUs
    /// ('*') with an override for SKU-0003.
    /// </summary>
    public static (string Sales, string Stock, string LeadTimes) PlanFiles(string folder, int count)
    {
        var sales = new StringBuilder("series_id,date,y\n");
        var stock = new StringBuilder("sku,on_hand,backorders,in_transit_qty,in_transit_eta,moq,case_pack\n");
        var start = new DateOnly(2023, 1, 2);
        for (var i = 0; i < count; i++)
        {
            for (var w = 0; w < 60 - (i % 4); w++)
            {
                var y = i % 5 == 0 ? (((w * 7) + i) % 11 == 0 ? 3 : 0) : 10 + (i % 7) + (w * (i % 3) / 10.0) + (((w * 13) + i) % 5);
                sales.Append(CultureInfo.InvariantCulture, $"SKU-{i:D4},{start.AddDays(7 * w):yyyy-MM-dd},{y}\n");
            }

            var receipt = i % 7 == 0 ? $"{20 + i},2024-03-04" : ",";
            stock.Append(CultureInfo.InvariantCulture, $"SKU-{i:D4},{(i * 37) % 90},{i % 3},{receipt},{(i % 2 == 0 ? "20" : string.Empty)},{(i % 2 == 0 ? "5" : string.Empty)}\n");
            if (i % 7 == 0)
            {
                stock.Append(CultureInfo.InvariantCulture, $"SKU-{i:D4},{(i * 37) % 90},{i % 3},10,2024-03-18,{(i % 2 == 0 ? "20" : string.Empty)},{(i % 2 == 0 ? "5" : string.Empty)}\n");
            }
        }

        var paths = (Path.Combine(folder, "sales.csv"), Path.Combine(folder, "stock.csv"), Path.Combine(folder, "lead-times.csv"));
        File.WriteAllText(paths.Item1, sales.ToString());
        File.WriteAllText(paths.Item2, stock.ToString());
        File.WriteAllText(paths.Item3, "sku,mean_days,sd_days\n*,35,6\nSKU-0003,70,14\n");
        return paths;
    }

    /// <summary>The keys of <see cref="Csv"/>, in order.</summary>
    public static IEnumerable<string> Keys(int count) => Enumerable.Range(0, count).Select(i => string.Create(CultureInfo.InvariantCulture, $"SKU-{i:D4}"));

    /// <summary>
    /// Overwrites a partition input with two series whose second goes back in time at its third row: bad input that
    /// the partition function refuses, naming <paramref name="badKey"/>.
    /// </summary>
    public static void Spoil(string path, string goodKey, string badKey)
    {
        var id = new DataField<string>("series_id");
        var date = new DataField<DateOnly?>("date");
        var y = new DataField<double?>("y");
        using var stream = File.Create(path);
        var writer = ParquetWriter.CreateAsync(new ParquetSchema(id, date, y), stream).GetAwaiter().GetResult();
        using (var group = writer.CreateRowGroup())
        {
            var d = new DateOnly(2024, 1, 1);
            group.WriteAsync(id, new[] { goodKey, goodKey, badKey, badKey, badKey }).GetAwaiter().GetResult();
            group.WriteAsync(date, new ReadOnlyMemory<DateOnly?>([d, d.AddDays(7), d, d.AddDays(7), d])).GetAwaiter().GetResult();
            group.WriteAsync(y, new ReadOnlyMemory<double?>([1, 2, 3, 4, 5])).GetAwaiter().GetResult();
        }

        writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
