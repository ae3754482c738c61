namespace CrossBorder.LandedCost;

/// <summary>Reads the package's embedded default data.</summary>
internal static class EmbeddedData
{
    public static string Read(string fileName)
    {
        var name = "CrossBorder.LandedCost.Data." + fileName;
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing from CrossBorder.LandedCost.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
