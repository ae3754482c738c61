using CrossBorder.Fx.Internal;
using NodaTime;
using static System.FormattableString;

namespace CrossBorder.Fx;

/// <summary>Which side of a forward contract the holder is on, in terms of the pair's base currency.</summary>
public enum ForwardPosition
{
    /// <summary>Buys the base currency at the contract rate (an importer paying in the base currency).</summary>
    BuyBase = 0,

    /// <summary>Sells the base currency at the contract rate (an exporter receiving the base currency).</summary>
    SellBase = 1,
}

/// <summary>An outright forward: buy or sell a notional of the base currency at a contract rate on a value date.</summary>
public sealed class ForwardContract
{
    private ForwardContract(CurrencyPair pair, ForwardPosition position, Money notional, decimal contractRate, LocalDate valueDate, string reference)
    {
        Pair = pair;
        Position = position;
        Notional = notional;
        ContractRate = contractRate;
        ValueDate = valueDate;
        Reference = reference;
    }

    /// <summary>The pair; the contract rate is quote units per base unit.</summary>
    public CurrencyPair Pair { get; }

    /// <summary>Long or short the base currency.</summary>
    public ForwardPosition Position { get; }

    /// <summary>The notional, in the base currency, positive.</summary>
    public Money Notional { get; }

    /// <summary>The contract (locked) rate K.</summary>
    public decimal ContractRate { get; }

    /// <summary>The value (settlement) date.</summary>
    public LocalDate ValueDate { get; }

    /// <summary>A reference for reports.</summary>
    public string Reference { get; }

    /// <summary>Creates a contract.</summary>
    /// <exception cref="ArgumentException">The notional is not in the pair's base currency, or is not positive.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The contract rate is not positive.</exception>
    public static ForwardContract Of(CurrencyPair pair, ForwardPosition position, Money notional, decimal contractRate, LocalDate valueDate, string reference)
    {
        if (pair.Equals(default(CurrencyPair)))
        {
            throw new ArgumentException("The currency pair is default(CurrencyPair).", nameof(pair));
        }

        if (notional.IsDefault || !notional.Currency.Equals(pair.Base) || notional.Amount <= 0m)
        {
            throw new ArgumentException(Invariant($"The notional of a {pair} forward must be a positive amount of {pair.Base.Code}, not {(notional.IsDefault ? "default(Money)" : notional.ToString())}."), nameof(notional));
        }

        if (contractRate <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(contractRate), contractRate, Invariant($"A contract rate must be positive, not {FxText.Format(contractRate)}."));
        }

        if (!Enum.IsDefined(position))
        {
            throw new ArgumentOutOfRangeException(nameof(position), position, "Unknown position.");
        }

        return new ForwardContract(pair, position, notional, contractRate, valueDate, reference ?? string.Empty);
    }

    /// <inheritdoc />
    public override string ToString() => Invariant($"{Position} {Notional} {Pair} @ {FxText.Format(ContractRate)} value {FxText.Format(ValueDate)}");
}
