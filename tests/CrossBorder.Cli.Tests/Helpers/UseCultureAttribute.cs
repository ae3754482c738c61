using System.Globalization;
using System.Reflection;
using Xunit.Sdk;

namespace CrossBorder.Cli.Tests.Helpers;

/// <summary>Runs a test with the current culture and UI culture set to <see cref="Name"/>, restoring them afterwards.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = false)]
public sealed class UseCultureAttribute(string name) : BeforeAfterTestAttribute
{
    private CultureInfo? _culture;
    private CultureInfo? _uiCulture;

    public string Name { get; } = name;

    public override void Before(MethodInfo methodUnderTest)
    {
        _culture = CultureInfo.CurrentCulture;
        _uiCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(Name);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(Name);
    }

    public override void After(MethodInfo methodUnderTest)
    {
        CultureInfo.CurrentCulture = _culture!;
        CultureInfo.CurrentUICulture = _uiCulture!;
    }
}
