using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace CrossBorder.Tests;

/// <summary>
/// Concurrency checks for engines documented as thread-safe: <see cref="Compare{TInput, TResult}"/> runs every input
/// once sequentially, then from 16 threads that start together on one <see cref="Barrier"/> and each run every input
/// (each thread from a different starting point, so that different inputs overlap), and reports every result that
/// differs from the sequential one. Results are compared by <see cref="Fingerprint"/>, a deep rendering of their
/// public properties; an exception counts as a result (its type and message), so failures must also agree.
/// </summary>
public static class Hammer
{
    /// <summary>The number of threads that hammer one instance.</summary>
    public const int Threads = 16;

    /// <summary>Runs <paramref name="work"/> on every input sequentially and from <see cref="Threads"/> threads at once.</summary>
    /// <returns>One line per (thread, input) whose result differs from the sequential run; empty when all agree.</returns>
    public static IReadOnlyList<string> Compare<TInput, TResult>(IReadOnlyList<TInput> inputs, Func<TInput, TResult> work, int rounds = 1)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(work);
        ArgumentOutOfRangeException.ThrowIfZero(inputs.Count);
        var expected = inputs.Select(input => Run(work, input)).ToArray();
        var actual = new string[Threads][];
        Together(t =>
        {
            var mine = new string[inputs.Count * rounds];
            for (var k = 0; k < mine.Length; k++)
            {
                mine[k] = Run(work, inputs[(t + k) % inputs.Count]);
            }

            actual[t] = mine;
        });

        var differences = new List<string>();
        for (var t = 0; t < Threads; t++)
        {
            for (var k = 0; k < actual[t].Length; k++)
            {
                var i = (t + k) % inputs.Count;
                if (!string.Equals(actual[t][k], expected[i], StringComparison.Ordinal))
                {
                    differences.Add($"thread {t}, input {i}: expected {expected[i]}, got {actual[t][k]}");
                }
            }
        }

        return differences;
    }

    /// <summary>Runs <paramref name="body"/> (given the thread's index) on <see cref="Threads"/> threads released together by one <see cref="Barrier"/>, and waits for all.</summary>
    public static void Together(Action<int> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var start = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            body(t);
        })).ToArray();
        foreach (var thread in threads)
        {
            thread.Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }
    }

    /// <summary>
    /// A deep, culture-invariant rendering of a value: scalars and structs by their invariant text, sequences item by
    /// item, other objects property by property (public instance properties, by name).
    /// </summary>
    public static string Fingerprint(object? value)
    {
        var text = new StringBuilder();
        Render(value, text, depth: 0, new HashSet<object>(ReferenceEqualityComparer.Instance));
        return text.ToString();
    }

    private static string Run<TInput, TResult>(Func<TInput, TResult> work, TInput input)
    {
        try
        {
            return Fingerprint(work(input));
        }
        catch (Exception e)
        {
            return $"throws {e.GetType().Name}: {e.Message}";
        }
    }

    private static void Render(object? value, StringBuilder text, int depth, HashSet<object> path)
    {
        if (value is null)
        {
            text.Append("null");
            return;
        }

        var type = value.GetType();
        if (value is string s)
        {
            text.Append('"').Append(s).Append('"');
            return;
        }

        if (type.IsValueType || depth > 12 || value is Type)
        {
            text.Append(value is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : value.ToString());
            return;
        }

        if (!path.Add(value))
        {
            text.Append("<cycle>");
            return;
        }

        if (value is IEnumerable items)
        {
            text.Append('[');
            foreach (var item in items)
            {
                Render(item, text, depth + 1, path);
                text.Append(", ");
            }

            text.Append(']');
        }
        else
        {
            text.Append(type.Name).Append('{');
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).OrderBy(p => p.Name, StringComparer.Ordinal))
            {
                text.Append(property.Name).Append('=');
                object? propertyValue;
                try
                {
                    propertyValue = property.GetValue(value);
                }
                catch (TargetInvocationException e)
                {
                    propertyValue = $"throws {e.InnerException?.GetType().Name}";
                }

                Render(propertyValue, text, depth + 1, path);
                text.Append("; ");
            }

            text.Append('}');
        }

        path.Remove(value);
    }
}
