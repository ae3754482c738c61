using System.Globalization;

namespace CrossBorder.Tests.Helpers;

/// <summary>The cultures every formatting test covers: Latin and Arabic scripts, comma decimals, dotless i, no decimals.</summary>
public static class Cultures
{
    public static readonly CultureInfo[] All =
    [
        CultureInfo.InvariantCulture,
        CultureInfo.GetCultureInfo("en-US"),
        CultureInfo.GetCultureInfo("de-DE"),
        CultureInfo.GetCultureInfo("fr-FR"),
        CultureInfo.GetCultureInfo("tr-TR"),
        CultureInfo.GetCultureInfo("ja-JP"),
        CultureInfo.GetCultureInfo("ar-SA"),
    ];

    public static TheoryData<string> Names
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var culture in All)
            {
                data.Add(culture.Name);
            }

            return data;
        }
    }

    /// <summary>Runs an action with the thread's culture set, to prove results do not depend on it.</summary>
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
