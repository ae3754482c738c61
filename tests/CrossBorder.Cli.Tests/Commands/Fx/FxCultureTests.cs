using System.Globalization;
using CrossBorder.Cli.Tests.Helpers;

namespace CrossBorder.Cli.Tests.Commands.Fx;

/// <summary>Every fx command prints the same text whatever the current culture.</summary>
public class FxCultureTests
{
    public static TheoryData<string, string[]> Commands() => new()
    {
        { "de-DE", ["fx", "convert", "-a", "USD 1000.00", "--to", "CNY", "--rates", FxSamples.EcbHistory, "--date", "2026-11-20"] },
        { "fr-FR", ["fx", "fees", "-a", "EUR 100.00", "--date", "2026-11-20", "--routes", FxSamples.Routes, "-f", "json"] },
        { "tr-TR", ["fx", "hedge", "--exposures", FxSamples.Exposures, "--home", "cny", "--rates", FxSamples.EcbHistory, "--as-of", "2026-11-20", "--hedges", FxSamples.Hedges] },
        { "ar-SA", ["fx", "watch", "--rates", FxSamples.UsdCnyHistory, "--rules", FxSamples.Rules] },
        { "ja-JP", ["fx", "hedge", "--exposures", FxSamples.Exposures, "--home", "CNY", "--rates", FxSamples.EcbHistory, "--as-of", "2026-11-20", "-f", "json"] },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Output_does_not_depend_on_the_culture(string culture, string[] args)
    {
        var invariant = Run(CultureInfo.InvariantCulture, args);
        var local = Run(CultureInfo.GetCultureInfo(culture), args);

        Assert.Equal(0, invariant.ExitCode);
        Assert.Equal(invariant, local);
    }

    private static CliRun Run(CultureInfo culture, string[] args)
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return Tool.Run(args);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
            CultureInfo.CurrentUICulture = beforeUi;
        }
    }
}
