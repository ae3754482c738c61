using System.Globalization;

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
    [property: Id(5)] int Threads);

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

/// <summary>Runs <see cref="ForecastPartitions.Run"/> off the silo's scheduler, so that a long partition never delays membership probes.</summary>
internal sealed class PartitionGrain(ILocalSiloDetails silo) : Grain, IPartitionGrain
{
    public async Task<PartitionReply> Run(PartitionJob job)
    {
        var name = silo.SiloAddress.ToString();
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"start partition {job.Partition}"));
        try
        {
            var settings = new ForecastSettings(job.Method, job.Horizon, job.Levels, job.Threads);
            var (outcome, rows) = await Task.Run(() => ForecastPartitions.Run(new RunFolder(job.Folder), job.Partition, settings)).ConfigureAwait(true);
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
