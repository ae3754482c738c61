using NodaTime.Extensions;
using NodaTime.TimeZones;

namespace CrossBorder.Cli;

/// <summary>The process entry point: the only place that touches the console and the system clock.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var time = TimeProvider.System;
        return CliApp.Run(
            args,
            Console.Out,
            Console.Error,
            time.ToClock(),
            BclDateTimeZone.FromTimeZoneInfo(time.LocalTimeZone));
    }
}
