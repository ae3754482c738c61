using System.Globalization;

namespace CrossBorder.Tax.Tests.Helpers;

/// <summary>Runs code under another culture, to prove results do not depend on it.</summary>
public static class Cultures
{
    public static void With(string name, Action action)
    {
        var (culture, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
            action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, ui);
        }
    }
}
