using System.Globalization;

namespace CrossBorder.Scorecards.Tests;

/// <summary>Runs a check under each culture the conventions name, restoring the thread's culture after.</summary>
internal static class Cultures
{
    internal static void Each(Action check)
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            foreach (var name in new[] { "de-DE", "fr-FR", "tr-TR", "ar-SA", "ja-JP" })
            {
                CultureInfo.CurrentCulture = new CultureInfo(name);
                check();
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }
}
