using System.Text.Encodings.Web;
using System.Text.Json;
using CrossBorder.Cli.Tests.Helpers;

namespace CrossBorder.Cli.Tests.Commands;

/// <summary><c>landed-cost --input orders.jsonl --output results.jsonl</c>: a batch of orders, one result line each.</summary>
public partial class LandedCostCommandTests
{
    private static readonly string BatchPath = Tool.SamplePath("landed-cost-orders.jsonl");

    /// <summary>JSON re-serialised compactly by System.Text.Json, as a result line holds it.</summary>
    private static string Compact(string json)
    {
        using var document = JsonDocument.Parse(json);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            document.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void A_batch_writes_one_line_per_order_equal_to_the_single_order_json()
    {
        // Expected: each order of the bundled batch run alone through `landed-cost --format json` (the single-order
        // path), compacted, behind its line number.
        using var folder = new TempFolder();
        var output = folder.File("results.jsonl");

        var run = Tool.Run("landed-cost", "--input", BatchPath, "--output", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Err);
        var orders = File.ReadAllLines(BatchPath);
        Assert.Equal(4, orders.Length);
        Assert.Equal($"Wrote the landed cost of 4 orders to {output}.", run.OutLines[0]);
        var expected = orders.Select((order, k) =>
        {
            var single = Tool.Run("landed-cost", "--input", folder.Write($"order{k}.json", order), "--format", "json");
            Assert.Equal(0, single.ExitCode);
            return $"{{\"line\":{k + 1},\"result\":{Compact(single.Out)}}}\n";
        });
        Assert.Equal(string.Concat(expected), File.ReadAllText(output));
        Assert.Single(Directory.GetFiles(folder.Path, "results*"));
    }

    [Fact]
    public void A_bad_order_stops_the_batch_with_one_error_naming_the_line_and_writes_nothing()
    {
        using var folder = new TempFolder();
        var orders = File.ReadAllLines(BatchPath);
        var input = folder.Write("orders.jsonl", string.Join("\n", orders[0], string.Empty, orders[1].Replace("\"mode\": \"courier\"", "\"mode\": \"truck\"", StringComparison.Ordinal), orders[2]));
        var output = folder.File("results.jsonl");

        var line = Tool.AssertUserError(Tool.Run("landed-cost", "--input", input, "--output", output));

        Assert.Contains($"{input} line 3: mode: 'truck' is not post, courier", line, StringComparison.Ordinal);
        Assert.Equal(["orders.jsonl"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Batch_options_that_do_not_fit_are_refused()
    {
        using var folder = new TempFolder();
        Assert.Contains("--output is required", Tool.AssertUserError(Tool.Run("landed-cost", "--input", BatchPath)), StringComparison.Ordinal);
        Assert.Contains("--target-price reprices one order", Tool.AssertUserError(Tool.Run("landed-cost", "--input", BatchPath, "--output", folder.File("r.jsonl"), "--target-price", "EUR 120.00")), StringComparison.Ordinal);
        Assert.Contains("--output is for a batch", Tool.AssertUserError(Tool.Run("landed-cost", "--input", SamplePath, "--output", folder.File("r.jsonl"))), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }
}
