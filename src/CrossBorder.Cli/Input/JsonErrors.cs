using System.Globalization;
using System.Text.Json;

namespace CrossBorder.Cli.Input;

/// <summary>Turns System.Text.Json's messages into one line a user can act on: no .NET type names, with the location.</summary>
internal static class JsonErrors
{
    /// <summary>The message with its location as "(at $.ratios[1], line 3)"; <paramref name="typeNames"/> renames the caller's own types.</summary>
    public static string Describe(JsonException e, params (string TypeName, string Description)[] typeNames)
    {
        var message = e.Message;
        var pathStart = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (pathStart >= 0)
        {
            message = message[..pathStart];
        }

        message = message
            .Replace("System.Decimal", "a number", StringComparison.Ordinal)
            .Replace("System.String", "a string", StringComparison.Ordinal)
            .Replace("System.Int32", "an integer", StringComparison.Ordinal);
        foreach (var (typeName, description) in typeNames)
        {
            message = message.Replace(typeName, description, StringComparison.Ordinal);
        }

        if (e.Path is null)
        {
            return message;
        }

        var line = e.LineNumber is { } n ? ", line " + (n + 1).ToString(CultureInfo.InvariantCulture) : string.Empty;
        return $"{message} (at {e.Path}{line})";
    }
}
