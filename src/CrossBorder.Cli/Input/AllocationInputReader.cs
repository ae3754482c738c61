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
            throw new UserErrorException($"'{path}' is not a valid allocation input: {JsonErrors.Describe(e, (typeof(AllocationInput).FullName!, "an allocation input object"))}", e);
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

}
