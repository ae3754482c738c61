using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace CrossBorder.Samples.Orleans;

/// <summary>One execution of a partition, as sent to a silo.</summary>
[GenerateSerializer]
[Immutable]
public sealed record PartitionJob(
    [property: Id(0)] string Folder,
    [property: Id(1)] int Partition,
    [property: Id(2)] string Method,
    [property: Id(3)] int? Horizon,
    [property: Id(4)] double[] Levels,
    [property: Id(5)] int Threads)
{
    /// <summary>The extension of the partitions' outputs (<see cref="RunFolder.OutputExtension"/>).</summary>
    [Id(6)]
    public string OutputExtension { get; init; } = ".csv";

    /// <summary>The plan stage's options, or null for the forecast stage.</summary>
    [Id(7)]
    public PlanJob? Plan { get; init; }

    /// <summary>The landed-cost stage's options, or null for the other stages.</summary>
    [Id(8)]
    public LandedCostJob? LandedCost { get; init; }

    /// <summary>Runs the partition function of the job's stage.</summary>
    public (CommitOutcome Outcome, long Rows) Run()
    {
        var folder = new RunFolder(Folder, OutputExtension);
        return LandedCost is { } landedCost ? landedCost.Run(folder, Partition)
            : Plan is { } plan ? plan.Run(folder, Partition)
            : ForecastPartitions.Run(folder, Partition, new ForecastSettings(Method, Horizon, Levels, Threads));
    }
}

/// <summary>The replenishment stage's options as sent to a silo (<see cref="PlanSettings"/> with the split's as-of date).</summary>
[GenerateSerializer]
[Immutable]
public sealed record PlanJob(
    [property: Id(0)] double ServiceLevel,
    [property: Id(1)] bool FillRate,
    [property: Id(2)] bool Air,
    [property: Id(3)] string AsOf,
    [property: Id(4)] int HorizonWeeks)
{
    /// <summary>The job of <paramref name="settings"/>, as of <paramref name="asOf"/>.</summary>
    public static PlanJob Of(PlanSettings settings, LocalDate asOf) =>
        new(settings.ServiceLevel, settings.FillRate, settings.Air, LocalDatePattern.Iso.Format(asOf), settings.HorizonWeeks);

    /// <summary>Runs the partition (the stock and lead-time files are in the run folder).</summary>
    public (CommitOutcome Outcome, long Rows) Run(RunFolder folder, int partition)
    {
        var asOf = LocalDatePattern.Iso.Parse(AsOf).Value;
        return PlanPartitions.Run(folder, partition, new PlanSettings(folder.Stock(partition), folder.LeadTimes, ServiceLevel, FillRate, Air, asOf, HorizonWeeks), asOf);
    }
}

/// <summary>What an execution did: committed, found a commit already there, or refused its input (poison, not retried).</summary>
[GenerateSerializer]
[Immutable]
public sealed record PartitionReply(
    [property: Id(0)] bool Committed,
    [property: Id(1)] long Rows,
    [property: Id(2)] string Silo,
    [property: Id(3)] string? Poison);

/// <summary>A partition execution; each attempt is a new grain (key <c>run/partition/attempt</c>), placed at random on a live silo.</summary>
public interface IPartitionGrain : IGrainWithStringKey
{
    /// <summary>Runs the partition function and commits its output (first commit wins).</summary>
    Task<PartitionReply> Run(PartitionJob job);
}

/// <summary>Runs <see cref="ForecastPartitions.Run"/>, <see cref="PlanPartitions.Run"/> or <see cref="LandedCostPartitions.Run"/> off the silo's scheduler, so that a long partition never delays membership probes.</summary>
internal sealed class PartitionGrain(ILocalSiloDetails silo) : Grain, IPartitionGrain
{
    public async Task<PartitionReply> Run(PartitionJob job)
    {
        var name = silo.SiloAddress.ToString();
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"start partition {job.Partition}"));
        try
        {
            var (outcome, rows) = await Task.Run(job.Run).ConfigureAwait(true);
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"done partition {job.Partition} {outcome}"));
            return new PartitionReply(outcome == CommitOutcome.Committed, rows, name, null);
        }
        catch (PoisonPartitionException e)
        {
            return new PartitionReply(false, 0, name, e.Message);
        }
        finally
        {
            DeactivateOnIdle();
        }
    }
}
