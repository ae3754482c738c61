namespace CrossBorder;

/// <summary>Thrown when an operation needs money in one currency and was given two.</summary>
public sealed class CurrencyMismatchException : ArgumentException
{
    /// <summary>Creates the exception for an operation on two currencies.</summary>
    public CurrencyMismatchException(Currency expected, Currency actual, string operation)
        : base($"Cannot {operation} {expected?.Code} and {actual?.Code}: convert one of them first.")
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        Expected = expected;
        Actual = actual;
    }

    /// <summary>The currency of the left operand or of the receiver.</summary>
    public Currency Expected { get; }

    /// <summary>The other currency.</summary>
    public Currency Actual { get; }

    internal static void ThrowIfDifferent(Currency expected, Currency actual, string operation)
    {
        if (!ReferenceEquals(expected, actual) && !expected.Equals(actual))
        {
            throw new CurrencyMismatchException(expected, actual, operation);
        }
    }
}
