using System.Globalization;
using CrossBorder.Samples.Orleans;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// crossborder-batch silo --silo-port 11111 --gateway-port 30000 --primary-port 11111
// crossborder-batch run --gateways 30000,30001 --input sales.csv --output forecasts.csv|forecasts.parquet --work ./run [--per-partition 1000]
// crossborder-batch run --gateways 30000,30001 --stage replenish --input sales.parquet --stock stock.csv --lead-times lead-times.csv
//     --output plan.parquet --work ./run [--service 0.95] [--measure csl|fill-rate] [--freight sea|air] [--as-of 2026-01-05] [--horizon 26]
// crossborder-batch run --gateways 30000,30001 --stage landed-cost --input orders.jsonl --output results.jsonl --work ./run
//     [--per-partition 1000] [--tariff tariff.csv] [--fees fees.json]
var options = Parse(args.Skip(1));
switch (args.FirstOrDefault())
{
    case "silo":
    {
        using var host = Cluster.Silo(Int("silo-port"), Int("gateway-port"), Int("primary-port"));
        await host.StartAsync().ConfigureAwait(false);
        Console.Out.WriteLine("silo started");
        Console.Out.Flush();
        await host.WaitForShutdownAsync().ConfigureAwait(false);
        return 0;
    }

    case "run":
    {
        using var host = Cluster.Client(options["gateways"].Split(',').Select(p => int.Parse(p, CultureInfo.InvariantCulture)));
        await host.StartAsync().ConfigureAwait(false);
        var runner = new BatchRunner(host.Services.GetRequiredService<IClusterClient>(), Console.Out);
        var batch = new BatchOptions(options["input"], options["output"], options["work"])
        {
            SeriesPerPartition = options.TryGetValue("per-partition", out var n) ? int.Parse(n, CultureInfo.InvariantCulture) : 1000,
            LandedCost = options.GetValueOrDefault("stage") == "landed-cost"
                ? new LandedCostJob(options["input"], options.GetValueOrDefault("tariff"), options.GetValueOrDefault("fees"))
                : null,
            Plan = options.GetValueOrDefault("stage", "forecast") == "replenish"
                ? new PlanSettings(
                    options["stock"],
                    options["lead-times"],
                    options.TryGetValue("service", out var level) ? double.Parse(level, NumberStyles.Float, CultureInfo.InvariantCulture) : 0.95,
                    options.GetValueOrDefault("measure") == "fill-rate",
                    options.GetValueOrDefault("freight") == "air",
                    options.TryGetValue("as-of", out var asOf) ? NodaTime.Text.LocalDatePattern.Iso.Parse(asOf).GetValueOrThrow() : null,
                    options.TryGetValue("horizon", out var weeks) ? int.Parse(weeks, CultureInfo.InvariantCulture) : 26)
                : null,
        };
        try
        {
            await runner.RunAsync(batch).ConfigureAwait(false);
            return 0;
        }
        catch (BatchFailedException e)
        {
            await Console.Error.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
            return 1;
        }
        finally
        {
            await host.StopAsync().ConfigureAwait(false);
        }
    }

    default:
        await Console.Error.WriteLineAsync("usage: silo --silo-port P --gateway-port G --primary-port P0 | run --gateways G1,G2 --input FILE --output FILE --work DIR [--per-partition N] [--stage forecast | --stage replenish --stock FILE --lead-times FILE [--service 0.95] [--measure csl|fill-rate] [--freight sea|air] [--as-of DATE] [--horizon WEEKS] | --stage landed-cost [--tariff FILE] [--fees FILE]]").ConfigureAwait(false);
        return 2;
}

int Int(string name) => int.Parse(options[name], CultureInfo.InvariantCulture);

static Dictionary<string, string> Parse(IEnumerable<string> args)
{
    var result = new Dictionary<string, string>(StringComparer.Ordinal);
    string? name = null;
    foreach (var arg in args)
    {
        if (arg.StartsWith("--", StringComparison.Ordinal))
        {
            name = arg[2..];
        }
        else if (name is not null)
        {
            result[name] = arg;
            name = null;
        }
    }

    return result;
}
