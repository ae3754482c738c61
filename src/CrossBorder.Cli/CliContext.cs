using NodaTime;

namespace CrossBorder.Cli;

/// <summary>What a command needs from its host: where to write, and what day it is.</summary>
/// <param name="Output">Results: tables and JSON.</param>
/// <param name="Error">Error lines, each starting with <c>error:</c>.</param>
/// <param name="Clock">The clock that says what "today" is.</param>
/// <param name="Zone">The time zone in which "today" is taken.</param>
internal sealed record CliContext(TextWriter Output, TextWriter Error, IClock Clock, DateTimeZone Zone)
{
    /// <summary>Today's date in <see cref="Zone"/>, by <see cref="Clock"/>.</summary>
    public LocalDate Today => Clock.GetCurrentInstant().InZone(Zone).Date;
}
