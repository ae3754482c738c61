using System.Globalization;
using NodaTime;

namespace CrossBorder.Fx;

/// <summary>
/// The short durations of rule packs and command lines: <c>5d</c>, <c>36h</c>, <c>90m</c>, or combinations such as
/// <c>1d12h</c>; at most <see cref="MaxValue"/> (ten years), so that a mistyped value is refused instead of
/// overflowing the instants it is added to.
/// </summary>
public static class CompactDuration
{
    /// <summary>The longest duration accepted: 3,650 days.</summary>
    public static readonly Duration MaxValue = Duration.FromDays(3650);

    /// <summary>Parses a compact duration.</summary>
    /// <returns>Whether <paramref name="text"/> is one or more of <c>N</c>d, <c>N</c>h, <c>N</c>m (N of at most 6 digits) adding up to at most <see cref="MaxValue"/>.</returns>
    public static bool TryParse(string? text, out Duration duration)
    {
        duration = Duration.Zero;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var span = text.Trim().AsSpan();
        while (!span.IsEmpty)
        {
            var digits = 0;
            while (digits < span.Length && char.IsAsciiDigit(span[digits]))
            {
                digits++;
            }

            if (digits == 0 || digits == span.Length || digits > 6 ||
                !int.TryParse(span[..digits], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return false;
            }

            Duration? part = char.ToLowerInvariant(span[digits]) switch
            {
                'd' => Duration.FromDays(value),
                'h' => Duration.FromHours(value),
                'm' => Duration.FromMinutes(value),
                _ => null,
            };
            if (part is not { } unit || duration + unit > MaxValue)
            {
                duration = Duration.Zero;
                return false;
            }

            duration += unit;
            span = span[(digits + 1)..];
        }

        return true;
    }

    /// <summary>Writes a duration back as <c>4d</c>, <c>1d12h</c>, <c>90m</c> (seconds are dropped; <c>0m</c> for less than a minute).</summary>
    public static string Format(Duration duration)
    {
        var text = new System.Text.StringBuilder();
        Append(duration.Days, 'd');
        Append(duration.Hours, 'h');
        Append(duration.Minutes, 'm');
        return text.Length == 0 ? "0m" : text.ToString();

        void Append(int value, char unit)
        {
            if (value > 0)
            {
                text.Append(value.ToString(CultureInfo.InvariantCulture)).Append(unit);
            }
        }
    }
}
