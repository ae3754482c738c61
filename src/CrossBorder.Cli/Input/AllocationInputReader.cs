using System.Globalization;
using System.Text.Json;
using CrossBorder.Cli.Output;

namespace CrossBorder.Cli.Input;

/// <summary>Reads an <see cref="AllocationInput"/> file, turning every file or JSON problem into a <see cref="UserErrorException"/>.</summary>
internal static class AllocationInputReader
{
    /// <summary>Reads and deserializes <paramref name="path"/>.</summary>
    /// <exception cref="UserErrorException">The file is missing, unreadable, or not an allocation input.</exception>
    public static AllocationInput Read(string path)
    {
        if (Directory.Exists(path))
        {
            throw new UserErrorException($"input '{path}' is a directory, not a JSON file.");
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new UserErrorException($"input file '{path}' not found.", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UserErrorException($"cannot read input file '{path}': {e.Message}", e);
        }

        AllocationInput? input;
        try
        {
            input = JsonSerializer.Deserialize(text, CliJson.AllocationInput);
        }
        catch (JsonException e)
        {
            throw new UserErrorException($"'{path}' is not a valid allocation input: {Describe(e)}", e);
        }

        if (input is null)
        {
            throw new UserErrorException($"'{path}' holds JSON null, not an allocation input object.");
        }

        if (input.Unknown is { Count: > 0 } unknown)
        {
            throw new UserErrorException(
                $"'{path}' has unknown property '{unknown.Keys.First()}'; an allocation input has {AllocationInput.KnownProperties}.");
        }

        return input;
    }

    /// <summary>The exception's message with its location as "(at $.ratios[1], line 3)", without .NET type names.</summary>
    private static string Describe(JsonException e)
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
            .Replace(typeof(AllocationInput).FullName!, "an allocation input object", StringComparison.Ordinal);
        if (e.Path is null)
        {
            return message;
        }

        var line = e.LineNumber is { } n ? ", line " + (n + 1).ToString(CultureInfo.InvariantCulture) : string.Empty;
        return $"{message} (at {e.Path}{line})";
    }
}
