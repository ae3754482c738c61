using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CrossBorder.Samples.Orleans.Tests.Helpers;

/// <summary>Paths of the programs the tests start, and free ports on 127.0.0.1.</summary>
public static class Processes
{
    /// <summary>The sample's entry assembly (silo host and batch runner), built beside the tests.</summary>
    public static string SampleDll => Beside("CrossBorder.Samples.Orleans.dll");

    /// <summary>The CLI's entry assembly, built beside the tests.</summary>
    public static string CliDll => Beside("CrossBorder.Cli.dll");

    /// <summary>A port on 127.0.0.1 that was free a moment ago.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Runs <c>dotnet <paramref name="dll"/> args</c> to its end, within <paramref name="timeout"/>; the process tree is killed if it overruns.</summary>
    public static (int ExitCode, string Out, string Err) Run(string dll, TimeSpan timeout, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        try
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                throw new TimeoutException($"{Path.GetFileName(dll)} {string.Join(' ', args)} did not end within {timeout}.");
            }

            return (process.ExitCode, output.Result, error.Result);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    private static string Beside(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, name);
        return File.Exists(path) && File.Exists(Path.ChangeExtension(path, ".runtimeconfig.json"))
            ? path
            : throw new FileNotFoundException($"{name} and its runtimeconfig.json are not beside the tests; build the solution.", path);
    }
}
