using System.Globalization;
using System.Text.Json;

namespace CrossBorder.Cli.Tests.Commands.Fx;

/// <summary>The bundled fx examples (samples/data/fx), copied next to the tests, and helpers to read the fx JSON.</summary>
internal static class FxSamples
{
    public static string EcbHistory => Path("eurofxref-hist-sample.csv");

    public static string UsdCnyHistory => Path("usd-cny-history.csv");

    public static string Rules => Path("usd-cny-rules.json");

    public static string Exposures => Path("exposures.csv");

    public static string Hedges => Path("hedges.csv");

    public static string Routes => Path("payment-routes.json");

    public static string Path(string name) => Helpers.Tool.SamplePath(System.IO.Path.Combine("fx", name));

    /// <summary>A decimal from a JSON number or string.</summary>
    public static decimal Decimal(JsonElement element) => element.ValueKind == JsonValueKind.String
        ? decimal.Parse(element.GetString()!, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture)
        : element.GetDecimal();

    /// <summary>A temporary file with the given text and extension, deleted on dispose.</summary>
    public sealed class Temp : IDisposable
    {
        public Temp(string text, string extension)
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"crossborder-fx-{Guid.NewGuid():N}{extension}");
            File.WriteAllText(Path, text);
        }

        public string Path { get; }

        public void Dispose() => File.Delete(Path);
    }
}
