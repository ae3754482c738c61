using System.Globalization;

namespace CrossBorder.Advertising.Tests;

/// <summary>Runs code under a culture and restores the thread's culture afterwards.</summary>
internal static class Cultures
{
    public static T Run<T>(string culture, Func<T> action)
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
