using System.CommandLine;
using System.Globalization;
using CrossBorder.Text;
using NodaTime;
using NodaTime.Text;

namespace CrossBorder.Cli.Commands;

/// <summary>
/// Options and plumbing shared by every command: the run wrapper (files, cancellation, one <c>error:</c> line) and the
/// parsers of amounts, percentages, ISO dates and chart options, each failing with one line that names the option.
/// </summary>
internal static class CommonOptions
{
    /// <summary>The value of <c>--format</c> that prints aligned plain text.</summary>
    public const string Table = "table";

    /// <summary>The value of <c>--format</c> that prints indented JSON.</summary>
    public const string Json = "json";

    /// <summary>The most series or SKUs one chart draws.</summary>
    public const int MaxChartItems = 50;

    /// <summary>The most significant digits an amount may have: what a <see cref="decimal"/> holds exactly.</summary>
    public const int MaxSignificantDigits = 28;

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
    /// Runs a command body. Every exception it throws ends, in <see cref="CliApp"/>, as one <c>error:</c> line and a
    /// non-zero exit code: a <see cref="UserErrorException"/> as its message, anything else as an internal error.
    /// </summary>
    public static int Execute(CliContext context, Action body)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(body);
        body();
        return 0;
    }

    /// <summary>
    /// Runs a command body that reads or writes files: register inputs and outputs on the <see cref="RunFiles"/> first
    /// (an output equal to an input is refused before any work); uncommitted outputs are removed when the body fails or
    /// the run is cancelled.
    /// </summary>
    public static int Execute(CliContext context, Action<RunFiles> body)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(body);
        using var files = new RunFiles(context.Cancellation);
        body(files);
        return 0;
    }

    /// <summary>Collapses a message to one printable line (see <see cref="CliErrors.Line"/>).</summary>
    public static string OneLine(string message) => CliErrors.Line(message);

    /// <summary>Writes a library's JSON contract (produced by <paramref name="write"/> into a UTF-8 stream) to standard output.</summary>
    public static void WriteJson(CliContext context, Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        context.Output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>Writes a result's trace, one step a line, and its warnings under their headings.</summary>
    public static void WriteTrace(TextWriter output, IEnumerable<CrossBorder.Tax.TaxTraceStep> trace, IReadOnlyList<string> warnings)
    {
        output.WriteLine();
        output.WriteLine("Trace:");
        foreach (var step in trace)
        {
            output.WriteLine("  " + step);
        }

        if (warnings.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Warnings:");
            foreach (var warning in warnings)
            {
                output.WriteLine("  " + warning);
            }
        }
    }

    /// <summary>Runs a library calculation on the file <paramref name="inputPath"/>, turning its domain errors into one user error naming the file.</summary>
    public static T Calculate<T>(string inputPath, Func<T> calculate)
    {
        try
        {
            return calculate();
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or CrossBorder.Tax.TaxRateNotFoundException)
        {
            throw new UserErrorException($"'{inputPath}': {e.Message}", e);
        }
    }

    /// <summary>A value quoted in a message: control characters escaped, cut after 40 characters.</summary>
    public static string Echo(string value) => CsvTable.Echo(value);

    /// <summary>
    /// Parses <c>"EUR 1000.00"</c> in the invariant culture; the currency must be named. Amounts beyond
    /// <see cref="MaxSignificantDigits"/> significant digits or beyond <see cref="decimal"/>'s range are refused, never
    /// rounded.
    /// </summary>
    /// <exception cref="UserErrorException">The text is missing or not an amount, naming <paramref name="option"/>.</exception>
    public static Money ParseAmount(string? text, string option = "--amount")
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new UserErrorException($"{option} is required, such as \"EUR 1000.00\".");
        }

        CheckDigits(text, $"{option} '{Echo(text)}'");
        try
        {
            return Money.Parse(text, CultureInfo.InvariantCulture);
        }
        catch (FormatException e)
        {
            throw new UserErrorException($"{option} '{Echo(text)}' is not money: {CliErrors.Describe(e)}", e);
        }
        catch (OverflowException e)
        {
            throw new UserErrorException($"{option} '{Echo(text)}' is beyond the largest amount the tool holds (about 7.9e28).", e);
        }
    }

    /// <summary>
    /// Refuses a number written with more than <see cref="MaxSignificantDigits"/> significant digits (leading zeros and
    /// trailing zeros after the decimal point do not count), which a <see cref="decimal"/> would round silently.
    /// </summary>
    /// <param name="text">The number, possibly with a currency code, sign, group separators and exponent-free digits.</param>
    /// <param name="what">How the message names the value, such as <c>--amount 'USD 1.000…'</c>.</param>
    public static void CheckDigits(string text, string what)
    {
        ArgumentNullException.ThrowIfNull(text);
        var digits = new System.Text.StringBuilder();
        var point = -1;
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9')
            {
                digits.Append(c);
            }
            else if (c == '.')
            {
                point = digits.Length;
            }
        }

        var all = digits.ToString();
        var significant = (point < 0 ? all : all[..point] + all[point..].TrimEnd('0')).TrimStart('0');
        if (significant.Length > MaxSignificantDigits)
        {
            throw new UserErrorException(
                $"{what} has {significant.Length.ToString(CultureInfo.InvariantCulture)} significant digits; at most {MaxSignificantDigits.ToString(CultureInfo.InvariantCulture)} are held exactly, and the tool does not round an amount silently.");
        }
    }

    /// <summary>
    /// Parses a percentage through <see cref="Percentage.Parse(string, IFormatProvider?)"/> in the invariant culture:
    /// <c>"95%"</c>, or <c>"95"</c> when <paramref name="signOptional"/> (for options documented in percent).
    /// </summary>
    /// <exception cref="UserErrorException">The text is not a percentage, naming <paramref name="option"/>.</exception>
    public static Percentage ParsePercentage(string? text, string option, bool signOptional = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new UserErrorException($"{option} is empty; give a percentage such as 95%.");
        }

        // A comma in an option is most often a decimal comma ("95,5%"): say so rather than the parser's general message.
        var trimmed = text.Trim();
        if (trimmed.Contains(',', StringComparison.Ordinal))
        {
            throw new UserErrorException($"{option} '{Echo(text)}' is not a percentage: write the decimal point as '.', such as 95.5%, with no group separators.");
        }

        var withSign = signOptional && !trimmed.Contains('%', StringComparison.Ordinal) ? trimmed + "%" : trimmed;
        try
        {
            return Percentage.Parse(withSign, CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            throw new UserErrorException(
                $"{option} '{Echo(text)}' is not a percentage: expected a number{(signOptional ? " (the % sign is optional)" : " with a percent sign")}, such as 95{(signOptional ? string.Empty : "%")}.",
                e);
        }
    }

    /// <summary>Parses an ISO date, <c>yyyy-MM-dd</c>.</summary>
    /// <exception cref="UserErrorException">The text is not an ISO date, naming <paramref name="option"/>.</exception>
    public static LocalDate ParseDate(string? text, string option)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new UserErrorException($"{option} is empty; give a date as YYYY-MM-DD, such as 2025-06-01.");
        }

        var result = LocalDatePattern.Iso.Parse(text.Trim());
        return result.Success
            ? result.Value
            : throw new UserErrorException($"{option} '{Echo(text)}' is not a date: expected YYYY-MM-DD, such as 2025-06-01.");
    }

    /// <summary>Parses an ISO date, or gives today's date in the run's zone when the option is absent.</summary>
    public static LocalDate ParseDateOrToday(string? text, string option, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return text is null ? context.Today : ParseDate(text, option);
    }

    /// <summary>Formats a date as ISO <c>yyyy-MM-dd</c>, whatever the culture.</summary>
    public static string FormatDate(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>
    /// Checks <c>--chart IDS</c> and <c>--chart-output FILE</c> together: both or neither, the file ending in one of
    /// <paramref name="extensions"/>, 1 to <see cref="MaxChartItems"/> distinct ids. Returns the ids in the order given
    /// (empty when no chart is asked for).
    /// </summary>
    /// <param name="ids">The value of <c>--chart</c>.</param>
    /// <param name="chartOutput">The value of <c>--chart-output</c>.</param>
    /// <param name="noun">What the ids are, in the plural: "series", "SKUs".</param>
    /// <param name="example">Example ids, such as <c>SKU-01,SKU-02</c>.</param>
    /// <param name="extensions">Accepted file extensions, such as <c>.svg</c>, <c>.html</c>.</param>
    /// <exception cref="UserErrorException">The options do not fit together.</exception>
    public static IReadOnlyList<string> ParseChart(string? ids, string? chartOutput, string noun, string example, params string[] extensions)
    {
        ArgumentNullException.ThrowIfNull(extensions);
        if (ids is null && chartOutput is null)
        {
            return [];
        }

        var files = string.Join(" or ", extensions);
        if (ids is null)
        {
            throw new UserErrorException($"--chart-output needs --chart with the {noun} to draw.");
        }

        if (chartOutput is null)
        {
            throw new UserErrorException($"--chart needs --chart-output, a {files} file.");
        }

        if (!extensions.Any(e => chartOutput.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
        {
            throw new UserErrorException($"--chart-output '{chartOutput}' must end in {files}.");
        }

        string[] list = [.. ids.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal)];
        return list.Length switch
        {
            0 => throw new UserErrorException($"--chart names no {noun}; give ids such as {example}."),
            > MaxChartItems => throw new UserErrorException($"--chart draws at most {MaxChartItems.ToString(CultureInfo.InvariantCulture)} {noun}."),
            _ => list,
        };
    }
}
