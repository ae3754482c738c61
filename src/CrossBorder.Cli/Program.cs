using System.Runtime.InteropServices;
using NodaTime.Extensions;
using NodaTime.TimeZones;

namespace CrossBorder.Cli;

/// <summary>The process entry point: the only place that touches the console, the signals and the system clock.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        using var cancellation = new CancellationTokenSource();

        // The first SIGINT or SIGTERM cancels the run, which removes its temporary files and exits with code 130; a
        // second one is left to the default handler and ends the process at once.
        void Cancel(PosixSignalContext signal)
        {
            if (!cancellation.IsCancellationRequested)
            {
                signal.Cancel = true;
                cancellation.Cancel();
            }
        }

        using var interrupt = Register(PosixSignal.SIGINT, Cancel);
        using var terminate = Register(PosixSignal.SIGTERM, Cancel);
        var time = TimeProvider.System;
        return CliApp.Run(
            args,
            Console.Out,
            Console.Error,
            time.ToClock(),
            BclDateTimeZone.FromTimeZoneInfo(time.LocalTimeZone),
            cancellation.Token);
    }

    /// <summary>Registers a handler, or none where the platform does not raise the signal.</summary>
    private static PosixSignalRegistration? Register(PosixSignal signal, Action<PosixSignalContext> handler)
    {
        try
        {
            return PosixSignalRegistration.Create(signal, handler);
        }
        catch (PlatformNotSupportedException)
        {
            return null;
        }
    }
}
