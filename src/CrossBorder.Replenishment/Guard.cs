namespace CrossBorder.Replenishment;

/// <summary>Argument checks shared by the replenishment types; every message names the parameter.</summary>
internal static class Guard
{
    public static void NonNegative(double value, string name)
    {
        if (double.IsNaN(value) || value < 0 || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be finite and non-negative.");
        }
    }

    public static void Positive(double value, string name)
    {
        if (double.IsNaN(value) || value <= 0 || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be finite and positive.");
        }
    }

    public static void Finite(double value, string name)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be finite.");
        }
    }

    public static void Probability(double value, string name)
    {
        if (!(value > 0 && value < 1))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} is a service level strictly between 0 and 1, such as 0.95; got {value}.");
        }
    }

    public static void Unit(PeriodUnit unit, string name)
    {
        if (unit is not (PeriodUnit.Day or PeriodUnit.Week))
        {
            throw new ArgumentOutOfRangeException(name, unit, $"{name}: unknown period unit (a default value?). Replenishment plans in days or weeks (PeriodUnit.Day or PeriodUnit.Week); monthly periods are not supported, because months differ in length and a lead time is counted in days.");
        }
    }

    public static void NonNegativeSeries(ReadOnlySpan<double> values, string name)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]) || values[i] < 0)
            {
                throw new ArgumentException($"{name}[{i}] = {values[i]}: values must be finite and non-negative.", name);
            }
        }
    }
}
