using System.Globalization;

namespace CrossBorder.Internal;

/// <summary>
/// Checks that group separators stand where the culture puts them. <see cref="NumberStyles.AllowThousands"/> accepts a
/// separator anywhere in the integer part, so <c>"1,5"</c> parses as 15 in the invariant culture: a European user's
/// 1.5 read as ten times the amount. Money and percentages accept grouped numbers only when the groups have the
/// culture's sizes (<see cref="NumberFormatInfo.NumberGroupSizes"/>: 3 for most, 3 then 2 for en-IN).
/// </summary>
internal static class DigitGrouping
{
    /// <summary>
    /// Whether every group separator in the integer part of <paramref name="number"/> (a number
    /// <see cref="decimal.TryParse(ReadOnlySpan{char}, NumberStyles, IFormatProvider?, out decimal)"/> accepted) is in place:
    /// counted from the decimal separator, the groups have the culture's sizes, and the leftmost is not longer than its size.
    /// </summary>
    public static bool IsWellGrouped(ReadOnlySpan<char> number, NumberFormatInfo format)
    {
        var separator = format.NumberGroupSeparator;
        if (separator.Length == 0)
        {
            return true;
        }

        var decimalAt = number.IndexOf(format.NumberDecimalSeparator, StringComparison.Ordinal);
        var integer = decimalAt >= 0 ? number[..decimalAt] : number;

        // The digits and separators between the sign, parentheses or spaces around them.
        var first = integer.IndexOfAnyInRange('0', '9');
        var last = integer.LastIndexOfAnyInRange('0', '9');
        if (first < 0)
        {
            return true;
        }

        var digits = integer[first..(last + 1)];
        var sizes = format.NumberGroupSizes;
        var group = 0;
        var length = 0;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            if (char.IsAsciiDigit(digits[i]))
            {
                length++;
                continue;
            }

            // A separator ends the group to its right, which must have its full size.
            var size = SizeOf(sizes, group);
            if (!IsSeparatorAt(digits, i, separator, out var start) || size == 0 || length != size)
            {
                return false;
            }

            i = start;
            group++;
            length = 0;
        }

        var leftmost = SizeOf(sizes, group);
        return group == 0 || (length >= 1 && (leftmost == 0 || length <= leftmost));
    }

    /// <summary>The size of the group <paramref name="group"/> places left of the decimal separator: the last size repeats, 0 ends grouping.</summary>
    private static int SizeOf(int[] sizes, int group) =>
        sizes.Length == 0 ? 0 : sizes[Math.Min(group, sizes.Length - 1)];

    /// <summary>Whether the separator ends at <paramref name="end"/>; a space stands for a no-break-space separator, as the parser allows.</summary>
    private static bool IsSeparatorAt(ReadOnlySpan<char> digits, int end, string separator, out int start)
    {
        start = end - separator.Length + 1;
        if (start >= 0 && digits[start..(end + 1)].SequenceEqual(separator))
        {
            return true;
        }

        start = end;
        return separator is "\u00A0" or "\u202F" && digits[end] == ' ';
    }
}
