using System.Globalization;
using System.CommandLine;

namespace CrossBorder.Cli.Commands;

/// <summary>Options and plumbing shared by every command.</summary>
internal static class CommonOptions
{
    /// <summary>The value of <c>--format</c> that prints aligned plain text.</summary>
    public const string Table = "table";

    /// <summary>The value of <c>--format</c> that prints indented JSON.</summary>
    public const string Json = "json";

    /// <summary>A new <c>--format table|json</c> option (options cannot be shared between commands).</summary>
    public static Option<string> CreateFormatOption()
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = "Output format: 'table' (aligned plain text) or 'json' (indented, invariant).",
            DefaultValueFactory = _ => Table,
            HelpName = "table|json",
        };
        option.AcceptOnlyFromAmong(Table, Json);
        return option;
    }

    /// <summary>
    /// Runs a command body: a <see cref="UserErrorException"/> becomes one <c>error:</c> line on the error writer and
    /// exit code 1. Other exceptions are bugs and are left to the parser's handler.
    /// </summary>
    public static int Execute(CliContext context, Action body)
    {
        try
        {
            body();
            return 0;
        }
        catch (UserErrorException e)
        {
            context.Error.WriteLine("error: " + OneLine(e.Message));
            return 1;
        }
    }

    /// <summary>Collapses a message to one line, so that every error is exactly one line.</summary>
    public static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>Parses <c>"EUR 1000.00"</c> in the invariant culture; the currency must be named.</summary>
    public static Money ParseAmount(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new UserErrorException("--amount is required, such as \"EUR 1000.00\".");
        }

        try
        {
            return Money.Parse(text, CultureInfo.InvariantCulture);
        }
        catch (FormatException e)
        {
            throw new UserErrorException($"--amount '{text}' is not money: {e.Message}", e);
        }
    }
}
