using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace CrossBorder.Samples.Orleans;

/// <summary>
/// The cluster's settings in one place: development clustering on 127.0.0.1 with a primary silo (its membership table
/// lives in the primary), membership tuned to declare a killed silo dead in seconds rather than a minute.
/// </summary>
public static class Cluster
{
    /// <summary>The cluster id every silo and client shares.</summary>
    public const string ClusterId = "crossborder-batch";

    /// <summary>The service id every silo and client shares.</summary>
    public const string ServiceId = "crossborder";

    /// <summary>A silo host on 127.0.0.1: silo port <paramref name="siloPort"/>, gateway <paramref name="gatewayPort"/>, joining the primary silo at <paramref name="primaryPort"/>.</summary>
    public static IHost Silo(int siloPort, int gatewayPort, int primaryPort)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(siloPort, gatewayPort, new IPEndPoint(IPAddress.Loopback, primaryPort), ServiceId, ClusterId);
            silo.Configure<ClusterMembershipOptions>(o =>
            {
                // The defaults suit a data centre's network; a batch wants a killed silo declared dead in seconds.
                o.ProbeTimeout = TimeSpan.FromSeconds(2);
                o.NumMissedProbesLimit = 2;
                o.NumVotesForDeathDeclaration = 1;
                o.TableRefreshTimeout = TimeSpan.FromSeconds(2);
                o.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(5);
            });
            silo.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromMinutes(2));
        });
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
        return builder.Build();
    }

    /// <summary>A client host that reaches the cluster through the gateways at <paramref name="gatewayPorts"/> on 127.0.0.1.</summary>
    public static IHost Client(IEnumerable<int> gatewayPorts)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Error);
        builder.UseOrleansClient(client =>
        {
            client.UseStaticClustering([.. gatewayPorts.Select(p => new IPEndPoint(IPAddress.Loopback, p))]);
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = ClusterId;
                o.ServiceId = ServiceId;
            });
            client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromMinutes(2));
        });
        return builder.Build();
    }
}
