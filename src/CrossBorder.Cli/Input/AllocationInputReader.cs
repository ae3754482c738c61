using CrossBorder.Cli.Commands;
using CrossBorder.Cli.Output;
using CrossBorder.Text;

namespace CrossBorder.Cli.Input;

/// <summary>Reads an <see cref="AllocationInput"/> file, turning every file or JSON problem into a <see cref="UserErrorException"/>.</summary>
internal static class AllocationInputReader
{
    /// <summary>Reads and deserializes <paramref name="path"/>.</summary>
    /// <exception cref="UserErrorException">
    /// The file is missing, unreadable, or not an allocation input: a property given twice, an unknown property, or an
    /// amount with more significant digits than a decimal holds exactly.
    /// </exception>
    public static AllocationInput Read(string path)
    {
        var text = JsonInput.ReadText(path, "--input");
        JsonInput.CheckDuplicates(text, path);
        if (JsonInput.RawValue(text, "amount", "amount") is { } amount)
        {
            CommonOptions.CheckDigits(amount, $"'{path}': the amount '{CsvTable.Echo(amount)}'");
        }

        var input = JsonInput.Deserialize(text, path, CliJson.AllocationInput, "allocation input");
        if (input.Unknown is { Count: > 0 } unknown)
        {
            throw new UserErrorException(
                $"'{path}' has unknown property '{CsvTable.Echo(unknown.Keys.First())}'; an allocation input has {AllocationInput.KnownProperties}.");
        }

        return input;
    }
}
