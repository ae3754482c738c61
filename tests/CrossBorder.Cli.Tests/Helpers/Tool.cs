using NodaTime;
using NodaTime.Testing;

namespace CrossBorder.Cli.Tests.Helpers;

/// <summary>What one in-process run of the tool wrote and returned.</summary>
public sealed record CliRun(int ExitCode, string Out, string Err)
{
    /// <summary>The non-empty lines written to the error writer.</summary>
    public string[] ErrorLines => Err.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The lines written to the output writer, without line ends.</summary>
    public string[] OutLines => Out.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
}

/// <summary>Runs <c>crossborder</c> in-process through <see cref="CliApp.Run(string[], TextWriter, TextWriter, IClock)"/> with a fixed clock.</summary>
public static class Tool
{
    /// <summary>The day the tests' clock says it is, unless a test passes another clock: 2025-06-01, noon UTC.</summary>
    public static readonly Instant Noon20250601 = Instant.FromUtc(2025, 6, 1, 12, 0);

    public static CliRun Run(params string[] args) => Run(new FakeClock(Noon20250601), args);

    public static CliRun Run(IClock clock, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CliApp.Run(args, output, error, clock);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    public static CliRun Run(IClock clock, DateTimeZone zone, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CliApp.Run(args, output, error, clock, zone);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Asserts a user error: exit code 1, nothing on stdout, exactly one line on stderr starting with "error:".</summary>
    public static string AssertUserError(CliRun run)
    {
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Err, StringComparison.Ordinal);
        return line;
    }

    /// <summary>The text with the summaries' run times ("in 2.12 s") replaced by "in N s", so that two runs compare.</summary>
    public static string WithoutTimings(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, @"in \d+(\.\d+)? s", "in N s");

    /// <summary>Path of the bundled example, copied next to the tests.</summary>
    public static string SamplePath(string name) => Path.Combine(AppContext.BaseDirectory, "data", name);
}
