using System.CommandLine;
using System.CommandLine.Help;
using System.Reflection;
using CrossBorder.Cli.Commands;
using NodaTime;

namespace CrossBorder.Cli;

/// <summary>
/// The <c>crossborder</c> tool as a function: arguments, output and error writers and a clock in, an exit code out.
/// Tests call it in-process with a fixed clock; <see cref="Program"/> calls it with the console and the system clock.
/// </summary>
internal static class CliApp
{
    /// <summary>The name users type: the tool's command name.</summary>
    public const string CommandName = "crossborder";

    /// <summary>The tool's version: the informational version of this assembly, without build metadata.</summary>
    public static string Version { get; } = ReadVersion();

    /// <summary>Runs the tool with "today" taken in UTC.</summary>
    /// <returns>0 on success, 1 for a user error, the parser's code for a malformed command line.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error, IClock clock) =>
        Run(args, output, error, clock, DateTimeZone.Utc);

    /// <summary>Runs the tool with "today" taken in <paramref name="zone"/>.</summary>
    /// <returns>0 on success, 1 for a user error, the parser's code for a malformed command line.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error, IClock clock, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(zone);

        var context = new CliContext(output, error, clock, zone);
        var root = CreateRootCommand(context);
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return root.Parse(args).Invoke(configuration);
    }

    /// <summary>Builds the command tree; the actions write to the context's writers.</summary>
    /// <remarks>
    /// The root is a plain <see cref="Command"/> named <c>crossborder</c> rather than a <see cref="RootCommand"/>, whose
    /// name and version come from the process (the test host's when run in-process, <c>CrossBorder.Cli</c> when run with
    /// <c>dotnet run</c>).
    /// </remarks>
    internal static Command CreateRootCommand(CliContext context)
    {
        var root = new Command(
            CommandName,
            "Cross-border e-commerce arithmetic from the command line: list ISO 4217 currencies as of a date, " +
            "allocate or split money exactly in whole minor units, and convert, compare fees, plan hedges and " +
            "replay rate threshold rules (fx).")
        {
            new HelpOption(),
            new VersionOption { Action = new VersionAction() },
        };

        root.Subcommands.Add(CurrenciesCommand.Create(context));
        root.Subcommands.Add(MoneyCommands.Create(context));
        root.Subcommands.Add(Commands.Fx.FxCommands.Create(context));
        root.Subcommands.Add(ForecastCommand.Create(context));
        root.Subcommands.Add(ReplenishCommand.Create(context));
        root.Subcommands.Add(TaxCommand.Create(context));
        root.Subcommands.Add(ThresholdsCommand.Create(context));
        return root;
    }

    private static string ReadVersion()
    {
        var informational = typeof(CliApp).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrEmpty(informational))
        {
            return typeof(CliApp).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        }

        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }

    private sealed class VersionAction : System.CommandLine.Invocation.SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(Version);
            return 0;
        }
    }
}
