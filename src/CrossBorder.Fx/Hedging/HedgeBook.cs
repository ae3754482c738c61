using CrossBorder.Fx.Internal;
using static System.FormattableString;

namespace CrossBorder.Fx;

/// <summary>Blended rates of a book of forwards and the rate achieved with a partial hedge (money-fx.md §5.2 formula 5).</summary>
public static class HedgeBook
{
    /// <summary>K̄ = Σ N_i K_i / Σ N_i over contracts of one pair.</summary>
    /// <exception cref="ArgumentException">No contracts, or contracts of different pairs.</exception>
    public static decimal BlendedRate(IEnumerable<ForwardContract> contracts)
    {
        ArgumentNullException.ThrowIfNull(contracts);
        var list = contracts.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("A blended rate needs at least one contract.", nameof(contracts));
        }

        if (list.Any(c => c.Pair != list[0].Pair))
        {
            throw new ArgumentException(Invariant($"All contracts must be in one pair; found {string.Join(", ", list.Select(c => c.Pair.ToString()).Distinct(StringComparer.Ordinal))}."), nameof(contracts));
        }

        return list.Sum(c => c.Notional.Amount * c.ContractRate) / list.Sum(c => c.Notional.Amount);
    }

    /// <summary>R_eff = h × K̄ + (1 − h) × S_T: the rate achieved on the whole exposure when a share h is hedged at K̄ and the rest converts at spot S_T.</summary>
    /// <exception cref="ArgumentOutOfRangeException">h is outside 0%–100%, or a rate is not positive.</exception>
    public static decimal EffectiveRate(Percentage hedgeRatio, decimal blendedRate, decimal spotAtSettlement)
    {
        if (hedgeRatio < Percentage.Zero || hedgeRatio > Percentage.OneHundred)
        {
            throw new ArgumentOutOfRangeException(nameof(hedgeRatio), hedgeRatio, Invariant($"A hedge ratio must be between 0% and 100%, not {hedgeRatio}."));
        }

        RequirePositive(blendedRate, nameof(blendedRate));
        RequirePositive(spotAtSettlement, nameof(spotAtSettlement));
        return (hedgeRatio.Fraction * blendedRate) + ((1m - hedgeRatio.Fraction) * spotAtSettlement);
    }

    /// <summary>The weighted entry rate of exposures that arrived at different spot rates: Σ N_i S_i / Σ N_i.</summary>
    /// <exception cref="ArgumentException">No entries, mixed currencies, a non-positive notional or rate.</exception>
    public static decimal WeightedEntryRate(IEnumerable<(Money Notional, decimal Rate)> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var list = entries.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("A weighted rate needs at least one entry.", nameof(entries));
        }

        if (list.Any(e => e.Notional.IsDefault || e.Notional.Amount <= 0m || e.Rate <= 0m || !e.Notional.Currency.Equals(list[0].Notional.Currency)))
        {
            throw new ArgumentException("Entries need positive notionals in one currency and positive rates.", nameof(entries));
        }

        return list.Sum(e => e.Notional.Amount * e.Rate) / list.Sum(e => e.Notional.Amount);
    }

    internal static void RequirePositive(decimal rate, string name)
    {
        if (rate <= 0m)
        {
            throw new ArgumentOutOfRangeException(name, rate, Invariant($"A rate must be positive, not {FxText.Format(rate)}."));
        }
    }
}
