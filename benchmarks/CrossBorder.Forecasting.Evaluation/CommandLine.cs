namespace CrossBorder.Forecasting.Evaluation;

/// <summary>A mistake in the command line; printed as one <c>error:</c> line with exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>The <c>--name value</c> options and <c>--flag</c> switches of one command, checked against what it accepts.</summary>
internal sealed class CommandLine
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    public CommandLine(string command, IReadOnlyList<string> args, IReadOnlyCollection<string> options, IReadOnlyCollection<string> flags)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (flags.Contains(name))
            {
                _flags.Add(name);
            }
            else if (options.Contains(name))
            {
                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    throw new UsageException($"{command}: {name} needs a value.");
                }

                if (!_values.TryAdd(name, args[++i]))
                {
                    throw new UsageException($"{command}: {name} is given twice.");
                }
            }
            else
            {
                throw new UsageException($"{command}: unknown argument '{name}'; expected {string.Join(", ", options.Concat(flags))}.");
            }
        }
    }

    public string Required(string name, string what) =>
        _values.TryGetValue(name, out var value) ? value : throw new UsageException($"{name} is required: {what}.");

    public string? Optional(string name) => _values.GetValueOrDefault(name);

    public bool Flag(string name) => _flags.Contains(name);

    /// <summary>A positive integer option, or <paramref name="fallback"/> when absent.</summary>
    public int PositiveInt(string name, int fallback)
    {
        if (!_values.TryGetValue(name, out var text))
        {
            return fallback;
        }

        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new UsageException($"{name} must be a positive whole number, not '{text}'.");
    }
}
