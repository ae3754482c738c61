using System.Globalization;
using FsCheck.Xunit;

namespace CrossBorder.Tests;

/// <summary>
/// An FsCheck property whose number of cases is <see cref="Cases"/> (1,000 unless set) times the scale read once
/// from the environment variable <c>CROSSBORDER_PROPERTY_SCALE</c> (1 when unset): CI runs 1,000 cases, and
/// <c>CROSSBORDER_PROPERTY_SCALE=100</c> runs the extended 100,000. This file is linked into every test project
/// by <c>tests/Directory.Build.props</c>, so the rule lives in one place.
/// </summary>
/// <remarks>Set <see cref="Cases"/>, never <c>MaxTest</c>, which would bypass the scale.</remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ScaledPropertyAttribute : PropertyAttribute
{
    /// <summary>The environment variable that multiplies every scaled property's case count.</summary>
    public const string ScaleVariable = "CROSSBORDER_PROPERTY_SCALE";

    /// <summary>The CI case count of a property that does not set <see cref="Cases"/>.</summary>
    public const int DefaultCases = 1000;

    private int _cases = DefaultCases;

    /// <summary>Creates the attribute with <see cref="DefaultCases"/> cases times <see cref="Scale"/>.</summary>
    public ScaledPropertyAttribute() => MaxTest = checked(DefaultCases * Scale);

    /// <summary>The multiplier read from <see cref="ScaleVariable"/>, 1 when the variable is unset or empty.</summary>
    public static int Scale { get; } = ParseScale(Environment.GetEnvironmentVariable(ScaleVariable));

    /// <summary>The number of cases in CI (scale 1); the run uses this times <see cref="Scale"/>.</summary>
    public int Cases
    {
        get => _cases;
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
            _cases = value;
            MaxTest = checked(value * Scale);
        }
    }

    /// <summary>Reads a scale: unset or blank is 1; otherwise a positive integer in invariant digits.</summary>
    /// <exception cref="InvalidOperationException">The text is not a positive integer.</exception>
    public static int ParseScale(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return 1;
        }

        return int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var scale) && scale > 0
            ? scale
            : throw new InvalidOperationException(
                $"{ScaleVariable} must be a positive integer (the multiplier of every property's case count), not '{text}'.");
    }
}
