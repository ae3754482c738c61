namespace CrossBorder.Internal;

/// <summary>The plumbing every value type here repeats: non-generic comparison and copying text to a span.</summary>
internal static class ValueTypeHelpers
{
    /// <summary><see cref="IComparable.CompareTo"/> in terms of <see cref="IComparable{T}"/>: null sorts first, other types throw.</summary>
    public static int CompareToObject<T>(T value, object? obj)
        where T : IComparable<T> => obj switch
        {
            null => 1,
            T other => value.CompareTo(other),
            _ => throw new ArgumentException($"Object must be of type {typeof(T).Name}.", nameof(obj)),
        };

    /// <summary>Copies formatted text to a destination span, the <see cref="ISpanFormattable"/> way.</summary>
    public static bool TryCopy(string text, Span<char> destination, out int charsWritten)
    {
        if (text.TryCopyTo(destination))
        {
            charsWritten = text.Length;
            return true;
        }

        charsWritten = 0;
        return false;
    }
}
