using System.Globalization;
using System.Runtime.CompilerServices;

namespace CrossBorder.Advertising;

/// <summary>Collects the reasons and numbers of one recommendation, then builds it.</summary>
internal sealed class Explanation
{
    private readonly List<Reason> _reasons = [];
    private readonly Dictionary<string, decimal> _numbers = new(StringComparer.Ordinal);

    public Explanation Because(string code, InvariantText detail)
    {
        _reasons.Add(new Reason(code, detail.ToStringAndClear()));
        return this;
    }

    public Explanation Number(string name, decimal value)
    {
        _numbers[name] = value;
        return this;
    }

    /// <summary>Records a statistic (a double converts to at most 15 significant digits).</summary>
    public Explanation Number(string name, double value) => Number(name, (decimal)value);

    public Explanation Counts(AdMetrics metrics) =>
        Number("clicks", (decimal)metrics.Clicks).Number("orders", (decimal)metrics.Orders).Number("spend", metrics.Spend.Amount).Number("sales", metrics.Sales.Amount);

    /// <summary>
    /// The AOV of <paramref name="estimate"/>: its own when it has orders, else the nearest parent's that has, else the
    /// account's, else null; <paramref name="source"/> says whose (null for its own or none).
    /// </summary>
    public static Money? FindAov(CvrEstimates estimates, CvrEstimate estimate, out string? source)
    {
        source = null;
        for (var level = estimate; level is not null; level = estimates.Parent(level))
        {
            if (level.Metrics.Aov is { } aov)
            {
                source = ReferenceEquals(level, estimate) ? null : string.Create(CultureInfo.InvariantCulture, $"its {level.Level}'s ({level.Key})");
                return aov;
            }
        }

        source = "the account's";
        return estimates.Account.Aov;
    }

    /// <summary>The AOV of <see cref="FindAov"/>; borrowing one is a reason <c>aov-from-parent</c>.</summary>
    public Money? Aov(CvrEstimates estimates, CvrEstimate estimate, string subject)
    {
        var aov = FindAov(estimates, estimate, out var source);
        return aov is { } value && source is not null ? AovBorrowed(subject, value, source) : aov;
    }

    public Money AovBorrowed(string subject, Money aov, string source)
    {
        Because("aov-from-parent", $"The {subject} has no order: AOV {aov.Amount:0.####} is {source}.");
        return aov;
    }

    public Recommendation Build(RecommendationKind kind, string key) =>
        new(kind, key, _reasons.ToArray().AsReadOnly()) { Numbers = new Dictionary<string, decimal>(_numbers, StringComparer.Ordinal).AsReadOnly() };

    public static string Percent(double fraction) => (fraction * 100d).ToString("0.###", CultureInfo.InvariantCulture) + "%";

    public static string Percent(decimal fraction) => (fraction * 100m).ToString("0.###", CultureInfo.InvariantCulture) + "%";
}

/// <summary>An interpolated string formatted with the invariant culture, without boxing its values.</summary>
[InterpolatedStringHandler]
internal ref struct InvariantText
{
    private DefaultInterpolatedStringHandler _inner;

    public InvariantText(int literalLength, int formattedCount) => _inner = new(literalLength, formattedCount, CultureInfo.InvariantCulture);

    public void AppendLiteral(string value) => _inner.AppendLiteral(value);

    public void AppendFormatted<T>(T value) => _inner.AppendFormatted(value);

    public void AppendFormatted<T>(T value, string? format) => _inner.AppendFormatted(value, format);

    public string ToStringAndClear() => _inner.ToStringAndClear();
}
