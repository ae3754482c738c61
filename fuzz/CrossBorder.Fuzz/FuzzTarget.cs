using System.Text;

namespace CrossBorder.Fuzz;

/// <summary>What a documented exception's message must name for the input to count as handled.</summary>
internal enum Naming
{
    /// <summary>A value parser (money, a code): any message that is not blank (the value is the field).</summary>
    Value,

    /// <summary>
    /// A line-oriented reader (CSV, XML): the message says "line", or, for a fault of the whole file (empty, a header
    /// without rows, amounts in currencies that do not add), names the source (<see cref="FuzzTarget.Source"/>).
    /// </summary>
    Line,

    /// <summary>A JSON reader: the message names the source (<see cref="FuzzTarget.Source"/>), which its readers follow with the path.</summary>
    Source,
}

/// <summary>
/// One fuzz target: a parser or reader fed the raw bytes of an input, with its contract. Only the exception types the
/// reader documents for bad input may escape it, with a message that names the line or field; every other exception
/// (NullReference, IndexOutOfRange, InvalidCast, an undocumented Overflow or Argument exception, an
/// <see cref="OutOfMemoryException"/>) is rethrown, so afl-fuzz records a crash, and so is a documented exception
/// whose message does not say where (as a <see cref="FuzzContractException"/>).
/// </summary>
internal sealed class FuzzTarget
{
    /// <summary>
    /// Inputs longer than this are skipped (64 KiB: every seed is under 13 KB, and a reader's cost on a long input is
    /// the benchmarks' business, not the fuzzer's), so a mutation cannot grow the input into an out-of-memory.
    /// </summary>
    public const int MaxInputBytes = 64 * 1024;

    /// <summary>The source name given to readers that take one; JSON readers must repeat it in their messages.</summary>
    public const string Source = "fuzz-input";

    private readonly Action<byte[]> _parse;

    private FuzzTarget(string name, string reads, Naming naming, Action<byte[]> parse, Type[] documented)
    {
        Name = name;
        Reads = reads;
        Naming = naming;
        _parse = parse;
        Documented = documented;
    }

    /// <summary>The name given to <c>eng/fuzz.sh</c> and the folder of its corpus (<c>fuzz/corpora/NAME/</c>).</summary>
    public string Name { get; }

    /// <summary>The API it calls, for <c>eng/fuzz.sh list</c>.</summary>
    public string Reads { get; }

    /// <summary>What a documented exception's message must name.</summary>
    public Naming Naming { get; }

    /// <summary>The exception types the reader documents for bad input (their subclasses included).</summary>
    public IReadOnlyList<Type> Documented { get; }

    /// <summary>A target whose reader takes text: the bytes decoded as the CLI reads a file (UTF-8, a byte order mark honoured).</summary>
    public static FuzzTarget Text(string name, string reads, Naming naming, Action<string> parse, params Type[] documented) =>
        new(name, reads, naming, data => parse(Decode(data)), documented);

    /// <summary>A target whose reader takes the bytes (a stream).</summary>
    public static FuzzTarget Bytes(string name, string reads, Naming naming, Action<byte[]> parse, params Type[] documented) =>
        new(name, reads, naming, parse, documented);

    /// <summary>The text of <paramref name="data"/>, as <see cref="File.ReadAllText(string)"/> reads it.</summary>
    public static string Decode(byte[] data)
    {
        using var reader = new StreamReader(new MemoryStream(data), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>Runs the reader on <paramref name="data"/>; returns normally when it accepted or refused it as documented.</summary>
    /// <exception cref="FuzzContractException">A documented exception whose message does not name the line or field.</exception>
    public void Run(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Length > MaxInputBytes)
        {
            return;
        }

        try
        {
            _parse(data);
        }
        catch (Exception e) when (Documented.Any(t => t.IsInstanceOfType(e)))
        {
            if (!Names(e.Message))
            {
                throw new FuzzContractException($"{Name}: {e.GetType().Name} does not name the {Naming.ToString().ToLowerInvariant()}: {e.Message}", e);
            }
        }
    }

    private bool Names(string message) => !string.IsNullOrWhiteSpace(message) && Naming switch
    {
        Naming.Line => message.Contains("line", StringComparison.OrdinalIgnoreCase) || message.Contains(Source, StringComparison.Ordinal),
        Naming.Source => message.Contains(Source, StringComparison.Ordinal),
        _ => true,
    };
}

/// <summary>A reader broke its contract without an exception of its own: a message that does not say where, or a CLI internal error.</summary>
internal sealed class FuzzContractException : Exception
{
    public FuzzContractException()
    {
    }

    public FuzzContractException(string message)
        : base(message)
    {
    }

    public FuzzContractException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
