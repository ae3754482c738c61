using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CrossBorder.LandedCost;

/// <summary>
/// Batch files of <c>crossborder landed-cost</c> (docs/landed-cost.md), in JSON Lines: an orders file holds one order a
/// line, each exactly the JSON of <see cref="LandedCostJson.ReadOrder"/> on one line (blank lines are skipped); a results
/// file holds one compact object a line, <c>{"line":k,"result":{…}}</c>, where <c>k</c> is the 1-based line of the order
/// in the orders file and <c>result</c> is <see cref="LandedCostJson.Write(Utf8JsonWriter, LandedCostResult)"/> of its
/// result, in the order of the orders file. The order contract has no identifier field, so the line number is the key.
/// </summary>
public static class LandedCostJsonLines
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Reads the orders of a JSON Lines file lazily, one a non-blank line.</summary>
    /// <param name="reader">The orders, one JSON object a line.</param>
    /// <param name="sourceName">What to call the input in messages, such as its file name.</param>
    /// <param name="firstLineNumber">The line number of the reader's first line (1 for a whole file; a part of a file gives its first line's).</param>
    /// <returns>Each order with its line number, in file order.</returns>
    /// <exception cref="FormatException">A line is not an order; the message names the source, the line and the field (<c>orders.jsonl line 3: mode: …</c>).</exception>
    public static IEnumerable<LandedCostOrderLine> ReadOrders(TextReader reader, string sourceName, int firstLineNumber = 1)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(firstLineNumber);
        return Read(reader, sourceName, firstLineNumber);
    }

    private static IEnumerable<LandedCostOrderLine> Read(TextReader reader, string sourceName, int firstLineNumber) =>
        NonBlank(reader, firstLineNumber).Select(line => new LandedCostOrderLine(line.Number, LandedCostJson.ParseOrder(line.Text, Source(sourceName, line.Number))));

    private static IEnumerable<(int Number, string Text)> NonBlank(TextReader reader, int lineNumber)
    {
        for (var text = reader.ReadLine(); text is not null; text = reader.ReadLine(), lineNumber++)
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                yield return (lineNumber, text);
            }
        }
    }

    /// <summary>Writes one result line, <c>{"line":k,"result":{…}}</c> and a line feed, compact and UTF-8.</summary>
    /// <param name="utf8JsonLines">The results file.</param>
    /// <param name="lineNumber">The order's line in the orders file.</param>
    /// <param name="result">The order's result.</param>
    public static void WriteResult(Stream utf8JsonLines, int lineNumber, LandedCostResult result)
    {
        ArgumentNullException.ThrowIfNull(utf8JsonLines);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(lineNumber);
        using (var writer = new Utf8JsonWriter(utf8JsonLines, Compact))
        {
            writer.WriteStartObject();
            writer.WriteNumber("line", lineNumber);
            writer.WritePropertyName("result");
            LandedCostJson.Write(writer, result);
            writer.WriteEndObject();
        }

        utf8JsonLines.WriteByte((byte)'\n');
    }

    /// <summary>
    /// Computes every order of an orders file with <paramref name="calculator"/> and writes its result line, in file
    /// order; the first order that cannot be read or computed stops the batch.
    /// </summary>
    /// <param name="orders">The orders, one JSON object a line.</param>
    /// <param name="sourceName">What to call the input in messages, such as its file name.</param>
    /// <param name="utf8JsonLines">The results file.</param>
    /// <param name="calculator">The calculator, as for one order.</param>
    /// <param name="firstLineNumber">The line number of the reader's first line.</param>
    /// <returns>The orders computed.</returns>
    /// <exception cref="LandedCostBatchException">An order cannot be read or computed; it names the line, and the reader's or the calculator's exception is its inner one.</exception>
    public static long Calculate(TextReader orders, string sourceName, Stream utf8JsonLines, LandedCostCalculator calculator, int firstLineNumber = 1)
    {
        ArgumentNullException.ThrowIfNull(utf8JsonLines);
        ArgumentNullException.ThrowIfNull(calculator);
        ArgumentNullException.ThrowIfNull(orders);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(firstLineNumber);
        long count = 0;
        foreach (var (line, text) in NonBlank(orders, firstLineNumber))
        {
            LandedCostResult result;
            try
            {
                result = calculator.Calculate(LandedCostJson.ParseOrder(text, Source(sourceName, line)));
            }
            catch (FormatException e)
            {
                // The reader's message names the source and the line already.
                throw new LandedCostBatchException(line, e.Message, e);
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or Tax.TaxRateNotFoundException)
            {
                throw new LandedCostBatchException(line, $"{Source(sourceName, line)}: {e.Message}", e);
            }

            WriteResult(utf8JsonLines, line, result);
            count++;
        }

        return count;
    }

    private static string Source(string sourceName, int lineNumber) => string.Create(CultureInfo.InvariantCulture, $"{sourceName} line {lineNumber}");
}

/// <summary>An order of a JSON Lines orders file and its line number.</summary>
public sealed class LandedCostOrderLine
{
    /// <summary>Pairs an order with its line.</summary>
    /// <param name="lineNumber">The 1-based line of the order in its file.</param>
    /// <param name="order">The order.</param>
    public LandedCostOrderLine(int lineNumber, LandedCostOrder order)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(lineNumber);
        ArgumentNullException.ThrowIfNull(order);
        LineNumber = lineNumber;
        Order = order;
    }

    /// <summary>The 1-based line of the order in its file.</summary>
    public int LineNumber { get; }

    /// <summary>The order.</summary>
    public LandedCostOrder Order { get; }
}

/// <summary>An order of a batch that cannot be read or computed; the batch stops at it.</summary>
public sealed class LandedCostBatchException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="lineNumber">The order's line in the orders file.</param>
    /// <param name="message">The message, naming the source and the line.</param>
    /// <param name="innerException">The reader's <see cref="FormatException"/> or the calculator's exception.</param>
    public LandedCostBatchException(int lineNumber, string message, Exception innerException)
        : base(message, innerException) => LineNumber = lineNumber;

    /// <summary>The order's line in the orders file.</summary>
    public int LineNumber { get; }
}
