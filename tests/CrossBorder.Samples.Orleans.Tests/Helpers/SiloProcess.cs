using System.Diagnostics;
using System.Globalization;

namespace CrossBorder.Samples.Orleans.Tests.Helpers;

/// <summary>
/// One silo as a separate process on 127.0.0.1, with its standard output watched: it counts the partitions the silo
/// starts and finishes. <see cref="Dispose"/> always kills the process tree.
/// </summary>
public sealed class SiloProcess : IDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> _lines = [];
    private int _begun;
    private int _finished;

    public SiloProcess(string name, int siloPort, int gatewayPort, int primaryPort, IReadOnlyDictionary<string, string> environment)
    {
        Name = name;
        GatewayPort = gatewayPort;
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Processes.SampleDll, "silo", "--silo-port", Text(siloPort), "--gateway-port", Text(gatewayPort), "--primary-port", Text(primaryPort) })
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        _process = new Process { StartInfo = info, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) => OnLine(e.Data);
        _process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        _process.Exited += (_, _) => _started.TrySetException(new InvalidOperationException($"silo {Name} exited before it started: {Log}"));
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Name { get; }

    public int GatewayPort { get; }

    /// <summary>Partitions this silo has started and not finished (nor died in).</summary>
    public int InFlight => Volatile.Read(ref _begun) - Volatile.Read(ref _finished);

    public int Finished => Volatile.Read(ref _finished);

    public bool HasExited => _process.HasExited;

    public string Log
    {
        get
        {
            lock (_lines)
            {
                return string.Join('\n', _lines.TakeLast(40));
            }
        }
    }

    /// <summary>Waits until the silo has joined the cluster.</summary>
    public Task Started(TimeSpan timeout) => _started.Task.WaitAsync(timeout);

    /// <summary>Kills the silo's process tree, as a machine that dies does: no shutdown, no goodbye to the cluster.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
    }

    /// <summary>Waits for the process to end (a silo that kills itself).</summary>
    public bool WaitForExit(TimeSpan timeout) => _process.WaitForExit(timeout);

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lines)
        {
            _lines.Add(line);
        }

        if (line == "silo started")
        {
            _started.TrySetResult();
        }
        else if (line.StartsWith("start partition", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _begun);
        }
        else if (line.StartsWith("done partition", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _finished);
        }
    }

    private static string Text(int port) => port.ToString(CultureInfo.InvariantCulture);
}
