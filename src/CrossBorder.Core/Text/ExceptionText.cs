namespace CrossBorder.Text;

/// <summary>Exception messages made fit to quote in another message.</summary>
/// <remarks>Shared as source like <see cref="CsvTable"/> (ADR 0006): every package and the CLI quote library messages the same way.</remarks>
internal static class ExceptionText
{
    /// <summary>An exception message without the "(Parameter 'x')" and "Actual value was" tails .NET appends.</summary>
    public static string FirstSentence(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        foreach (var tail in new[] { " (Parameter '", "\nActual value was", "\r\nActual value was", " Actual value was" })
        {
            var at = message.IndexOf(tail, StringComparison.Ordinal);
            if (at >= 0)
            {
                message = message[..at];
            }
        }

        return message.Trim();
    }
}
