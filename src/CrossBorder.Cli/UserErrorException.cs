namespace CrossBorder.Cli;

/// <summary>
/// A mistake in the user's input (an unknown currency, a malformed amount, a missing file). The command prints its
/// message as one <c>error:</c> line and exits with code 1; it never escapes <see cref="CliApp.Run(string[], TextWriter, TextWriter, NodaTime.IClock)"/>.
/// </summary>
internal sealed class UserErrorException : Exception
{
    /// <summary>An error with no message.</summary>
    public UserErrorException()
    {
    }

    /// <summary>An error with a message for the user.</summary>
    public UserErrorException(string message)
        : base(message)
    {
    }

    /// <summary>An error with a message for the user and the exception that revealed it.</summary>
    public UserErrorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
