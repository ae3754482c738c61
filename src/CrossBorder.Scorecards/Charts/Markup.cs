using System.Globalization;
using System.Text;

namespace CrossBorder.Scorecards;

/// <summary>Text made safe for XML/HTML content and attributes, and numbers written the same in every culture.</summary>
internal static class Markup
{
    /// <summary>
    /// Escapes <c>&amp; &lt; &gt; " '</c>; a tab, carriage return or line feed becomes a space and any other control
    /// character, lone surrogate or non-character U+FFFE/U+FFFF (none of which XML 1.0 allows, or which would break a
    /// one-line label) becomes U+FFFD, so that any label yields well-formed markup that shows what it was.
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? escaped = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            string? replacement = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\t' or '\n' or '\r' => " ",
                '\uFFFE' or '\uFFFF' => "\uFFFD",
                _ when char.IsControl(c) => "\uFFFD",
                _ when char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) => null,
                _ when char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]) => null,
                _ when char.IsSurrogate(c) => "\uFFFD",
                _ => null,
            };
            if (replacement is null)
            {
                escaped?.Append(c);
                continue;
            }

            escaped ??= new StringBuilder(text.Length + 16).Append(text, 0, i);
            escaped.Append(replacement);
        }

        return escaped?.ToString() ?? text;
    }

    /// <summary>A coordinate with at most two decimals and never <c>-0</c>.</summary>
    public static string N(double value) => (Math.Round(value, 2) + 0d).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A score or share with at most one decimal (<c>72.5</c>, <c>93</c>).</summary>
    public static string D(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture);
}
