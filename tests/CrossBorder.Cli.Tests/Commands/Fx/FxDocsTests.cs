using System.Text;
using CrossBorder.Cli.Tests.Helpers;

namespace CrossBorder.Cli.Tests.Commands.Fx;

/// <summary>The "Command line" section of docs/fx.md shows commands that really run and their verbatim output.</summary>
public class FxDocsTests
{
    private const string SampleDirectory = "samples/data/fx/";

    public static TheoryData<string> DocumentedCommands() => [.. Examples().Select(e => e.Command)];

    [Theory]
    [MemberData(nameof(DocumentedCommands))]
    public void The_documented_command_prints_the_documented_output(string command)
    {
        var expected = Examples().Single(e => e.Command == command).Output;
        var chart = Path.Combine(Path.GetTempPath(), $"crossborder-docs-{Guid.NewGuid():N}.svg");
        try
        {
            var args = Split(command).Skip(1).Select(a => Localize(a, chart)).ToArray();

            var run = Tool.Run(args);

            Assert.Equal(0, run.ExitCode);
            Assert.Equal(string.Empty, run.Err);
            var actual = run.Out.ReplaceLineEndings("\n").TrimEnd('\n')
                .Replace(SampleDirectoryOnDisk(), SampleDirectory, StringComparison.Ordinal)
                .Replace(chart, "usd-cny.svg", StringComparison.Ordinal);
            Assert.Equal(expected, actual);
        }
        finally
        {
            File.Delete(chart);
        }
    }

    [Fact]
    public void The_docs_show_all_four_commands()
    {
        Assert.Equal(["convert", "fees", "hedge", "watch"], Examples().Select(e => Split(e.Command)[2]));
    }

    private static string SampleDirectoryOnDisk() => Path.GetDirectoryName(FxSamples.Path("x"))! + Path.DirectorySeparatorChar;

    private static string Localize(string arg, string chart) =>
        arg == "usd-cny.svg" ? chart
        : arg.StartsWith(SampleDirectory, StringComparison.Ordinal) ? FxSamples.Path(arg[SampleDirectory.Length..])
        : arg;

    /// <summary>The text blocks of the "Command line" section that start with "$ crossborder fx": the command and what follows it.</summary>
    private static List<(string Command, string Output)> Examples()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "fx.md")).ReplaceLineEndings("\n");
        var start = text.IndexOf("\n## Command line\n", StringComparison.Ordinal);
        var end = text.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = text[start..end];
        var examples = new List<(string, string)>();
        foreach (var block in section.Split("```text\n").Skip(1))
        {
            var body = block[..block.IndexOf("\n```", StringComparison.Ordinal)];
            var newline = body.IndexOf('\n', StringComparison.Ordinal);
            var command = body[..newline];
            if (command.StartsWith("$ crossborder fx ", StringComparison.Ordinal))
            {
                examples.Add((command[2..], body[(newline + 1)..]));
            }
        }

        return examples;
    }

    /// <summary>Splits a command line as a POSIX shell would for these examples: spaces separate, double quotes group.</summary>
    private static List<string> Split(string command)
    {
        var args = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        var any = false;
        foreach (var c in command)
        {
            if (c == '"')
            {
                quoted = !quoted;
                any = true;
            }
            else if (c == ' ' && !quoted)
            {
                if (any)
                {
                    args.Add(current.ToString());
                    current.Clear();
                    any = false;
                }
            }
            else
            {
                current.Append(c);
                any = true;
            }
        }

        if (any)
        {
            args.Add(current.ToString());
        }

        return args;
    }
}
