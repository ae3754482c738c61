using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
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
    /// <returns>0 on success, 1 for an error, 130 when cancelled.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error, IClock clock) =>
        Run(args, output, error, clock, DateTimeZone.Utc);

    /// <summary>Runs the tool with "today" taken in <paramref name="zone"/>.</summary>
    /// <returns>0 on success, 1 for an error, 130 when cancelled.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error, IClock clock, DateTimeZone zone) =>
        Run(args, output, error, clock, zone, CancellationToken.None);

    /// <summary>
    /// Runs the tool until <paramref name="cancellation"/> is signalled. Whatever happens, the run ends with an exit
    /// code and at most one <c>error:</c> line per problem, never a stack trace: a user's mistake is its message, a
    /// malformed command line one line per parser error, standard output closed or full one line, a bug an internal
    /// error with its message, and a cancelled run "cancelled" with code 130 (its temporary files removed).
    /// </summary>
    /// <returns>0 on success, 1 for an error, 130 when cancelled.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error, IClock clock, DateTimeZone zone, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(zone);

        var guarded = new GuardedWriter(output, e => new StandardOutputException(e));
        var context = new CliContext(guarded, error, clock, zone) { Cancellation = cancellation };
        try
        {
            var root = CreateRootCommand(context);
            var parseResult = root.Parse(args);
            if (parseResult.Errors.Count > 0 && parseResult.Action is not HelpAction and not VersionAction)
            {
                foreach (var message in parseResult.Errors.Select(WithOption).Distinct(StringComparer.Ordinal))
                {
                    CliErrors.Write(error, message);
                }

                return 1;
            }

            var configuration = new InvocationConfiguration { Output = guarded, Error = error, EnableDefaultExceptionHandler = false };
            var code = parseResult.Invoke(configuration);
            guarded.Flush();
            return code;
        }
        catch (UserErrorException e)
        {
            CliErrors.Write(error, e.Message);
            return 1;
        }
        catch (Exception e) when (cancellation.IsCancellationRequested && IsCancellation(e))
        {
            CliErrors.Write(error, "cancelled; no output file was written or changed.");
            return CliErrors.CancelledExitCode;
        }
        catch (StandardOutputException e)
        {
            CliErrors.Write(error, e.Message);
            return 1;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            CliErrors.Write(error, Unwrap(e) is UserErrorException user ? user.Message : CliErrors.Internal(e));
            return 1;
        }
    }

    /// <summary>
    /// A parse error's message with the option it concerns in front ("--format: Argument 'xml' not recognized…"),
    /// unless the message names it already: the parser's messages about a value do not say whose value it was.
    /// </summary>
    private static string WithOption(ParseError error)
    {
        var option = error.SymbolResult switch
        {
            OptionResult o => o.Option,
            ArgumentResult { Parent: OptionResult o } => o.Option,
            _ => null,
        };
        return option is null || error.Message.Contains(option.Name, StringComparison.Ordinal)
            ? error.Message
            : $"{option.Name}: {error.Message}";
    }

    /// <summary>Whether <paramref name="e"/> is, or (from a parallel batch) holds, an <see cref="OperationCanceledException"/>.</summary>
    private static bool IsCancellation(Exception e) =>
        e is OperationCanceledException
        || (e is AggregateException aggregate && aggregate.Flatten().InnerExceptions.Any(i => i is OperationCanceledException));

    /// <summary>The user's error inside an aggregate (a parallel batch), if any.</summary>
    private static Exception Unwrap(Exception e) =>
        e is AggregateException aggregate && aggregate.Flatten().InnerExceptions.FirstOrDefault(i => i is UserErrorException) is { } user ? user : e;

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
        root.Subcommands.Add(LandedCostCommand.Create(context));
        root.Subcommands.Add(AdsCommand.Create(context));
        root.Subcommands.Add(ScorecardCommand.Create(context));
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

    private sealed class VersionAction : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(Version);
            return 0;
        }
    }
}
