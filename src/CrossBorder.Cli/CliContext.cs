using NodaTime;

namespace CrossBorder.Cli;

/// <summary>What a command needs from its host: where to write, what day it is, and when to stop.</summary>
/// <param name="Output">Results: tables and JSON.</param>
/// <param name="Error">Error lines, each starting with <c>error:</c>.</param>
/// <param name="Clock">The clock that says what "today" is.</param>
/// <param name="Zone">The time zone in which "today" is taken.</param>
internal sealed record CliContext(TextWriter Output, TextWriter Error, IClock Clock, DateTimeZone Zone)
{
    /// <summary>Signalled when the run is cancelled (SIGINT, SIGTERM): commands stop and leave no file behind.</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>Today's date in <see cref="Zone"/>, by <see cref="Clock"/>.</summary>
    public LocalDate Today => Clock.GetCurrentInstant().InZone(Zone).Date;
}
