using System.Globalization;
using System.Text;
using CrossBorder.LandedCost;
using CrossBorder.Tax;

namespace CrossBorder.Samples.Orleans;

/// <summary>What every partition of a landed-cost run computes with: the CLI's <c>landed-cost</c> options.</summary>
/// <param name="Source">The orders file as named in messages (<c>--input</c>).</param>
/// <param name="Tariff">A tariff CSV (<c>--tariff</c>), or null for the built-in sample tariff.</param>
/// <param name="Fees">A customs fee schedule (<c>--fees</c>), or null for the built-in one.</param>
[GenerateSerializer]
[Immutable]
public sealed record LandedCostJob(
    [property: Id(0)] string Source,
    [property: Id(1)] string? Tariff = null,
    [property: Id(2)] string? Fees = null)
{
    /// <summary>The calculator the CLI builds for these options.</summary>
    public LandedCostCalculator Calculator() => new(
        TaxCalculator.Default,
        Tariff is null ? LandedCost.Tariff.Sample : TariffCsv.Read(new StringReader(File.ReadAllText(Tariff)), Tariff),
        Fees is null ? CustomsFeeSchedule.Default : CustomsFeeSchedule.Parse(File.ReadAllText(Fees), Fees),
        LandedCostRules.Default);

    /// <summary>Runs the partition (<see cref="LandedCostPartitions.Run"/>).</summary>
    public (CommitOutcome Outcome, long Rows) Run(RunFolder folder, int partition) => LandedCostPartitions.Run(folder, partition, this);
}

/// <summary>
/// The landed-cost stage of a batch: the orders file (JSON Lines) split into fixed partitions of consecutive orders, and
/// the partition function that computes them with the library call of <c>crossborder landed-cost --input orders.jsonl</c>
/// (<see cref="LandedCostJsonLines.Calculate"/>), numbering the lines as in the whole file, so that the concatenated
/// output equals the CLI's byte for byte.
/// </summary>
public static class LandedCostPartitions
{
    /// <summary>
    /// Splits <paramref name="orders"/> into partitions of <paramref name="ordersPerPartition"/> consecutive orders
    /// (non-blank lines): partition k's file holds the file's lines from its first order to its last, blank ones
    /// included, and its keys file the line numbers of its orders. The orders are read by the partitions, not here.
    /// </summary>
    /// <returns>The partitions and the orders.</returns>
    public static (int Partitions, int Orders) Split(string orders, RunFolder folder, int ordersPerPartition)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ordersPerPartition);
        Directory.CreateDirectory(Path.GetDirectoryName(folder.Keys(0))!);
        Directory.CreateDirectory(folder.OutputFolder);
        var partitions = 0;
        var count = 0;
        var text = new StringBuilder();
        var numbers = new List<int>(ordersPerPartition);
        void Flush()
        {
            File.WriteAllText(folder.Orders(partitions), text.ToString());
            File.WriteAllLines(folder.Keys(partitions), numbers.Select(n => n.ToString(CultureInfo.InvariantCulture)));
            partitions++;
            text.Clear();
            numbers.Clear();
        }

        var number = 0;
        foreach (var line in File.ReadLines(orders))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                // Kept inside a partition so that its lines keep their numbers; dropped between partitions.
                if (numbers.Count > 0)
                {
                    text.Append(line).Append('\n');
                }

                continue;
            }

            text.Append(line).Append('\n');
            numbers.Add(number);
            count++;
            if (numbers.Count == ordersPerPartition)
            {
                Flush();
            }
        }

        if (numbers.Count > 0)
        {
            Flush();
        }

        return (partitions, count);
    }

    /// <summary>
    /// Runs partition <paramref name="partition"/>: computes its orders as <c>crossborder landed-cost</c> does into a
    /// temporary file, one result line each, then commits it (first commit wins).
    /// </summary>
    /// <exception cref="PoisonPartitionException">An order is refused, naming the partition and the order's line as its key.</exception>
    public static (CommitOutcome Outcome, long Rows) Run(RunFolder folder, int partition, LandedCostJob job)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(job);
        return ForecastPartitions.RunWith(folder, partition, temporary =>
        {
            var first = int.Parse(File.ReadLines(folder.Keys(partition)).First(), NumberStyles.None, CultureInfo.InvariantCulture);
            using var reader = new StreamReader(folder.Orders(partition), Encoding.UTF8);
            using var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write);
            try
            {
                return LandedCostJsonLines.Calculate(reader, job.Source, stream, job.Calculator(), first);
            }
            catch (LandedCostBatchException e)
            {
                throw new PoisonPartitionException(partition, string.Create(CultureInfo.InvariantCulture, $"line {e.LineNumber}"), e.Message, e);
            }
        });
    }

    /// <summary>Writes the committed outputs in partition order as one file (result lines have no header), through a temporary file moved into place.</summary>
    /// <returns>The result lines written.</returns>
    public static long Concatenate(RunFolder folder, int partitions, string output) =>
        ForecastPartitions.Concatenate(folder, partitions, output, header: false);
}
