using System.Globalization;

namespace CrossBorder.Forecasting.Tests.Helpers;

/// <summary>The cultures the culture-independence tests cover: comma decimals, dotless i, Arabic script, no decimals.</summary>
public static class Cultures
{
    public static TheoryData<string> Names => ["", "en-US", "de-DE", "fr-FR", "tr-TR", "ja-JP", "ar-SA"];

    /// <summary>Runs <paramref name="action"/> with the thread's culture set.</summary>
    public static T With<T>(string name, Func<T> action)
    {
        var (culture, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, ui);
        }
    }
}
