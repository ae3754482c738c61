using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CrossBorder.Samples.Orleans.Tests.Helpers;

/// <summary>
/// Three silos as separate processes on 127.0.0.1 (development clustering: A is the primary, which holds the membership
/// table, so the tests kill only B and C) and a client in the test process. Every partition waits
/// <see cref="PartitionDelayMs"/> so that a kill lands while silos work; C dies between write and move once
/// <see cref="CrashArm"/> exists. Dispose kills every silo process, whatever happened.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public const int PartitionDelayMs = 150;

    private static readonly Dictionary<string, string> Delay = new() { [ForecastPartitions.DelayVariable] = PartitionDelayMs.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("crossborder-cluster-");
    private IHost? _client;
    private int _primary;

    public SiloProcess A { get; private set; } = null!;

    public SiloProcess B { get; private set; } = null!;

    public SiloProcess C { get; private set; } = null!;

    public IReadOnlyList<SiloProcess> Silos => [A, B, C];

    public string Folder => _folder.FullName;

    /// <summary>Creating this file arms silo C's crash between the temporary write and the move, once.</summary>
    public string CrashArm => Path.Combine(Folder, "crash.arm");

    private SiloProcess NewB() => new("B", Processes.FreePort(), Processes.FreePort(), _primary, Delay);

    private SiloProcess NewC() => new("C", Processes.FreePort(), Processes.FreePort(), _primary, new Dictionary<string, string>(Delay) { [ForecastPartitions.CrashBeforeCommitVariable] = CrashArm });

    public IClusterClient Client => _client!.Services.GetRequiredService<IClusterClient>();

    public TimeSpan StartedIn { get; private set; }

    public async Task InitializeAsync()
    {
        var watch = Stopwatch.StartNew();
        _primary = Processes.FreePort();
        A = new SiloProcess("A", _primary, Processes.FreePort(), _primary, Delay);
        await A.Started(StartTimeout);
        await Task.WhenAll(Start(NewB, silo => B = silo), Start(NewC, silo => C = silo));
        _client = Cluster.Client(Silos.Select(s => s.GatewayPort));
        await _client.StartAsync();
        StartedIn = watch.Elapsed;
    }

    /// <summary>
    /// Replaces B and C by new silo processes (new ports, the same primary) if a test killed them, so that each chaos
    /// test starts with three silos whatever ran before it; the client reaches the new ones through A's gateway.
    /// </summary>
    public async Task Revive()
    {
        var started = new List<Task>();
        if (B.HasExited)
        {
            B.Dispose();
            started.Add(Start(NewB, silo => B = silo));
        }

        if (C.HasExited)
        {
            C.Dispose();
            started.Add(Start(NewC, silo => C = silo));
        }

        await Task.WhenAll(started);
    }

    /// <summary>
    /// Starts a silo made by <paramref name="create"/>, again on new ports (up to 3 times) if it found one taken: a port
    /// free a moment ago may be taken by another process's outgoing connection before the silo binds it.
    /// </summary>
    private static async Task Start(Func<SiloProcess> create, Action<SiloProcess> started)
    {
        for (var attempt = 1; ; attempt++)
        {
            var silo = create();
            started(silo);
            try
            {
                await silo.Started(StartTimeout);
                return;
            }
            catch (InvalidOperationException e) when (attempt < 3 && e.Message.Contains("Address already in use", StringComparison.Ordinal))
            {
                silo.Dispose();
            }
        }
    }

    public async Task DisposeAsync()
    {
        try
        {
            if (_client is not null)
            {
                using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await _client.StopAsync(stop.Token);
                _client.Dispose();
            }
        }
        catch (OperationCanceledException)
        {
            // The cluster may be half gone; the processes are killed below regardless.
        }
        finally
        {
            foreach (var silo in new[] { A, B, C })
            {
                silo?.Dispose();
            }

            _folder.Delete(recursive: true);
        }
    }
}
