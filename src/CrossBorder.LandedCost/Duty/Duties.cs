using System.Globalization;

namespace CrossBorder.LandedCost;

/// <summary>The duty of one line: the base duty and each additional layer, with how the tariff was read.</summary>
public sealed class LineDuty
{
    internal LineDuty(Money total, DutyAmount baseDuty, IReadOnlyList<(string Layer, DutyAmount Duty)> layers, string how)
    {
        Total = total;
        Base = baseDuty;
        Layers = layers;
        How = how;
    }

    /// <summary>Base duty plus every layer.</summary>
    public Money Total { get; }

    /// <summary>The base duty.</summary>
    public DutyAmount Base { get; }

    /// <summary>Additional layers, by name.</summary>
    public IReadOnlyList<(string Layer, DutyAmount Duty)> Layers { get; }

    /// <summary>How the tariff line was found and chosen.</summary>
    public string How { get; }
}

/// <summary>Duty of a line from a tariff match: the base line (or the policy's choice for an incomplete code) plus the layers.</summary>
public static class Duties
{
    /// <summary>Computes the duty of one line.</summary>
    /// <param name="match">What the tariff found.</param>
    /// <param name="customsValue">The line's customs value, in the currency the rates' specific parts and bounds are in.</param>
    /// <param name="quantity">Items, for specific duties per item.</param>
    /// <param name="netWeightKg">Net weight, for specific duties per kilogram.</param>
    /// <param name="policy">What to do when the code was incomplete and several lines apply.</param>
    /// <param name="mode">Rounding of each duty to the minor unit.</param>
    /// <exception cref="ArgumentException">The code is incomplete and the policy is <see cref="IncompleteCodePolicy.Refuse"/>; the message names the lines.</exception>
    public static LineDuty Compute(TariffMatch match, Money customsValue, decimal quantity, decimal? netWeightKg, IncompleteCodePolicy policy, MidpointRounding mode)
    {
        ArgumentNullException.ThrowIfNull(match);
        DutyAmount chosen;
        string how;
        if (match.Candidates.Count == 1)
        {
            chosen = match.Candidates[0].Rate.Compute(customsValue, quantity, netWeightKg, mode);
            how = match.How;
        }
        else
        {
            var candidates = match.Candidates.Select(c => (Line: c, Duty: c.Rate.Compute(customsValue, quantity, netWeightKg, mode))).ToArray();
            var ordered = candidates.OrderBy(c => c.Duty.Amount.Amount).ToArray();
            (chosen, how) = policy switch
            {
                IncompleteCodePolicy.Lowest => (ordered[0].Duty, string.Create(CultureInfo.InvariantCulture, $"{match.How}; the lowest, line {ordered[0].Line.Code}")),
                IncompleteCodePolicy.Highest => (ordered[^1].Duty, string.Create(CultureInfo.InvariantCulture, $"{match.How}; the highest, line {ordered[^1].Line.Code}")),
                IncompleteCodePolicy.Average => Average(candidates.Select(c => c.Duty).ToArray(), customsValue.Currency, mode, match.How),
                _ => throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"HS code {match.Code} is incomplete and the tariff has {candidates.Length} lines under it ({string.Join(", ", candidates.Select(c => c.Line.Code))}); classify the goods fully or choose a policy for incomplete codes."), nameof(match)),
            };
        }

        if (match.Layers.Count == 0)
        {
            return new LineDuty(chosen.Amount, chosen, [], how);
        }

        var layers = match.Layers.Select(l => (l.Layer!, l.Rate.Compute(customsValue, quantity, netWeightKg, mode))).ToArray();
        var total = layers.Aggregate(chosen.Amount, (sum, l) => sum + l.Item2.Amount);
        return new LineDuty(total, chosen, layers, how);
    }

    private static (DutyAmount, string) Average(DutyAmount[] duties, Currency currency, MidpointRounding mode, string how)
    {
        var mean = Math.Round(duties.Average(d => d.Amount.Amount), currency.MinorUnit ?? 0, mode);
        var working = string.Create(CultureInfo.InvariantCulture, $"mean of {string.Join(", ", duties.Select(d => d.Amount.ToString()))}");
        return (new DutyAmount(Money.Of(mean, currency), duties[0].Rate, working), how + "; the average");
    }
}
