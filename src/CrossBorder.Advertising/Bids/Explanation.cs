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

    /// <summary>
    /// The AOV of <paramref name="estimate"/>: its own when it has orders, else the nearest parent's that has, else the
    /// account's, else null; borrowing one is a reason <c>aov-from-parent</c>.
    /// </summary>
    public Money? Aov(CvrEstimates estimates, CvrEstimate estimate, string subject)
    {
        for (var level = estimate; level is not null; level = estimates.Parent(level))
        {
            if (level.Metrics.Aov is { } aov)
            {
                if (!ReferenceEquals(level, estimate))
                {
                    Because("aov-from-parent", $"The {subject} has no order: AOV {aov.Amount:0.####} is its {level.Level}'s ({level.Key}).");
                }

                return aov;
            }
        }

        if (estimates.Account.Aov is { } account)
        {
            Because("aov-from-parent", $"The {subject} has no order: AOV {account.Amount:0.####} is the account's.");
            return account;
        }

        return null;
    }

    public Recommendation Build(RecommendationKind kind, string key) =>
        new(kind, key, _reasons.ToArray().AsReadOnly()) { Numbers = new Dictionary<string, decimal>(_numbers, StringComparer.Ordinal).AsReadOnly() };

    public static string Percent(double fraction) => (fraction * 100d).ToString("0.###", CultureInfo.InvariantCulture) + "%";

    public static string Percent(decimal fraction) => (fraction * 100m).ToString("0.###", CultureInfo.InvariantCulture) + "%";
}
