using System.Globalization;

namespace CrossBorder.Advertising;

/// <summary>Collects the reasons and numbers of one recommendation, then builds it.</summary>
internal sealed class Explanation
{
    private readonly List<Reason> _reasons = [];
    private readonly Dictionary<string, decimal> _numbers = new(StringComparer.Ordinal);

    public Explanation Because(string code, FormattableString detail)
    {
        _reasons.Add(new Reason(code, detail.ToString(CultureInfo.InvariantCulture)));
        return this;
    }

    public Explanation Number(string name, decimal value)
    {
        _numbers[name] = value;
        return this;
    }

    /// <summary>Records a statistic, rounded to 12 significant digits (doubles carry no more that mean anything here).</summary>
    public Explanation Number(string name, double value) =>
        Number(name, value == 0d ? 0m : decimal.Round((decimal)value, Math.Clamp(11 - (int)Math.Floor(Math.Log10(Math.Abs(value))), 0, 28)));

    public Explanation Counts(AdMetrics metrics) =>
        Number("clicks", (decimal)metrics.Clicks).Number("orders", (decimal)metrics.Orders).Number("spend", metrics.Spend.Amount).Number("sales", metrics.Sales.Amount);

    public Recommendation Build(RecommendationKind kind, string key) =>
        new(kind, key, _reasons.ToArray().AsReadOnly()) { Numbers = new Dictionary<string, decimal>(_numbers, StringComparer.Ordinal).AsReadOnly() };

    public static string Percent(double fraction) => (fraction * 100d).ToString("0.###", CultureInfo.InvariantCulture) + "%";

    public static string Percent(decimal fraction) => (fraction * 100m).ToString("0.###", CultureInfo.InvariantCulture) + "%";
}
