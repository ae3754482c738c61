using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CrossBorder.Cli;

/// <summary>
/// The one place where a message becomes the tool's <c>error:</c> line: one line, no .NET type names, no
/// <c>(Parameter 'x')</c> suffix, control characters escaped and the line cut, so that a megabyte value or binary
/// never reaches the terminal whole.
/// </summary>
internal static partial class CliErrors
{
    /// <summary>The longest error line printed, in characters (before the <c>error: </c> prefix).</summary>
    public const int MaxLength = 500;

    /// <summary>The exit code of a run stopped by SIGINT or SIGTERM (128 + SIGINT, as shells report an interrupt).</summary>
    public const int CancelledExitCode = 130;

    private static readonly (string TypeName, string Words)[] TypeWords =
    [
        ("System.Decimal", "a number"),
        ("System.Double", "a number"),
        ("System.Single", "a number"),
        ("System.Int32", "an integer"),
        ("System.Int64", "an integer"),
        ("System.Int16", "an integer"),
        ("System.Byte", "an integer"),
        ("System.String", "a string"),
        ("System.Boolean", "true or false"),
        ("NodaTime.LocalDate", "a date (YYYY-MM-DD)"),
        ("CrossBorder.Money", "money such as {\"amount\":\"12.50\",\"currency\":\"USD\"}"),
        ("CrossBorder.Currency", "an ISO 4217 currency code"),
        ("CrossBorder.Percentage", "a percentage such as \"19%\""),
    ];

    /// <summary>
    /// The message of <paramref name="e"/> for a user: its text without the <c>(Parameter 'x')</c> that
    /// <see cref="ArgumentException"/> appends (the CLI names options and files itself).
    /// </summary>
    public static string Describe(Exception e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return Clean(e.Message);
    }

    /// <summary>The text after <c>error: </c> for an exception that escaped a command: a bug, worded as such.</summary>
    public static string Internal(Exception e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return "internal error (please report it): " + Describe(e);
    }

    /// <summary>Writes <paramref name="message"/> as one <c>error:</c> line; a failing error writer is ignored.</summary>
    public static void Write(TextWriter error, string message)
    {
        try
        {
            error.WriteLine("error: " + Line(message));
            error.Flush();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // Standard error is closed or full too: the exit code is all that is left.
        }
    }

    /// <summary>
    /// <paramref name="message"/> as one printable line: cleaned (see <see cref="Clean"/>), line breaks joined with a
    /// space, other control characters shown as <c>\uXXXX</c>, and cut after <see cref="MaxLength"/> characters.
    /// </summary>
    public static string Line(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var joined = string.Join(' ', Clean(message).Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var text = new StringBuilder(Math.Min(joined.Length, MaxLength) + 8);
        foreach (var c in joined.Length > MaxLength ? joined.AsSpan(0, MaxLength) : joined.AsSpan())
        {
            text.Append(char.IsControl(c) ? string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}") : c.ToString());
        }

        return joined.Length > MaxLength ? text.Append('…').ToString() : text.ToString();
    }

    /// <summary>
    /// Removes what means nothing to a user of the tool: <c> (Parameter 'rates')</c>, <c>System.Nullable`1[...]</c> and
    /// the names of .NET types (<c>System.Decimal</c> becomes "a number").
    /// </summary>
    public static string Clean(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = ParameterSuffix().Replace(message, string.Empty);
        text = DuplicateProperty().Replace(text, "Property '$1' is given twice");
        text = Nullable().Replace(text, "$1");
        text = ExpectedType().Replace(text, m => " (expected " + Words(m.Groups[1].Value) + ")");
        foreach (var (typeName, words) in TypeWords)
        {
            text = text.Replace(typeName, words, StringComparison.Ordinal);
        }

        return text;
    }

    private static string Words(string typeName)
    {
        foreach (var (name, words) in TypeWords)
        {
            if (string.Equals(name, typeName, StringComparison.Ordinal))
            {
                return words;
            }
        }

        var dot = typeName.LastIndexOf('.');
        return "a " + (dot < 0 ? typeName : typeName[(dot + 1)..]);
    }

    [GeneratedRegex(@"Duplicate property '([^']*)' encountered during deserialization(?: of type '[^']*')?")]
    private static partial Regex DuplicateProperty();

    [GeneratedRegex(@" ?\(Parameter '[^']*'\)")]
    private static partial Regex ParameterSuffix();

    [GeneratedRegex(@"System\.Nullable`1\[\[?([A-Za-z0-9_.]+)[^\]]*\]\]?")]
    private static partial Regex Nullable();

    [GeneratedRegex(@" (?:as expected type|of type) '([A-Za-z0-9_.`]+)'")]
    private static partial Regex ExpectedType();
}
