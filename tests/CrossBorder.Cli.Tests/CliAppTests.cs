using System.Reflection;
using CrossBorder.Cli.Tests.Helpers;
using NodaTime;
using NodaTime.Testing;

namespace CrossBorder.Cli.Tests;

public class CliAppTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Help_names_the_tool_and_its_commands(string flag)
    {
        var run = Tool.Run(flag);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Err);
        Assert.Contains("crossborder [command] [options]", run.Out, StringComparison.Ordinal);
        Assert.Contains("currencies", run.Out, StringComparison.Ordinal);
        Assert.Contains("money", run.Out, StringComparison.Ordinal);
        Assert.Contains("--version", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "currencies", "--help" }, new[] { "--search", "--as-of", "--include-withdrawn", "--format" })]
    [InlineData(new[] { "money", "--help" }, new[] { "allocate", "split" })]
    [InlineData(new[] { "money", "allocate", "--help" }, new[] { "--amount", "--ratios", "--labels", "--input", "--format" })]
    [InlineData(new[] { "money", "split", "--help" }, new[] { "--amount", "--parts", "--format" })]
    public void Every_command_has_help(string[] args, string[] mentions)
    {
        var run = Tool.Run(args);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Description:", run.Out, StringComparison.Ordinal);
        Assert.Contains("Usage:", run.Out, StringComparison.Ordinal);
        Assert.Contains("crossborder " + string.Join(' ', args[..^1]), run.Out, StringComparison.Ordinal);
        foreach (var mention in mentions)
        {
            Assert.Contains(mention, run.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Version_prints_the_tool_assembly_version_not_the_test_host_version()
    {
        var run = Tool.Run("--version");

        Assert.Equal(0, run.ExitCode);
        var informational = typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        Assert.Equal(informational.Split('+')[0], run.Out.Trim());
        Assert.Matches(@"^\d+\.\d+\.\d+", run.Out.Trim());
    }

    [Theory]
    [InlineData("bogus")]
    [InlineData("money", "divide")]
    [InlineData("currencies", "--format", "xml")]
    [InlineData("money", "split", "--amount", "USD 1.00")]
    [InlineData("money", "split", "--amount", "USD 1.00", "--parts", "three")]
    public void Malformed_command_lines_get_the_parser_errors_and_a_non_zero_code(params string[] args)
    {
        var run = Tool.Run(args);

        Assert.NotEqual(0, run.ExitCode);
        Assert.NotEqual(string.Empty, run.Err);
        Assert.DoesNotContain("   at ", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_command_it_asks_for_one()
    {
        var run = Tool.Run();

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("Required command was not provided", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Today_comes_from_the_injected_clock()
    {
        var before = Tool.Run(new FakeClock(Instant.FromUtc(2025, 6, 1, 0, 0)), "currencies", "--search", "BGN");
        var after = Tool.Run(new FakeClock(Instant.FromUtc(2026, 6, 1, 0, 0)), "currencies", "--search", "BGN");

        Assert.Contains("Bulgarian Lev", before.Out, StringComparison.Ordinal);
        Assert.Contains("valid on 2025-06-01", before.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Bulgarian Lev", after.Out, StringComparison.Ordinal);
        Assert.Contains("2026-06-01", after.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Today_is_taken_in_the_given_zone()
    {
        // 23:30 UTC on the lev's last day is already 1 January 2026 in Sofia.
        var clock = new FakeClock(Instant.FromUtc(2025, 12, 31, 23, 30));

        var utc = Tool.Run(clock, "currencies", "--search", "BGN");
        var sofia = Tool.Run(clock, DateTimeZoneProviders.Tzdb["Europe/Sofia"], "currencies", "--search", "BGN");

        Assert.Contains("Bulgarian Lev", utc.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Bulgarian Lev", sofia.Out, StringComparison.Ordinal);
        Assert.Contains("2026-01-01", sofia.Out, StringComparison.Ordinal);
    }

    [Fact]
    [UseCulture("de-DE")]
    public void Amounts_are_read_in_the_invariant_culture_whatever_the_current_one()
    {
        var run = Tool.Run("money", "split", "--amount", "EUR 1,000.50", "--parts", "2");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("EUR 500.25", run.Out, StringComparison.Ordinal);
        Assert.Contains("EUR 1,000.50", run.Out, StringComparison.Ordinal);
    }
}
