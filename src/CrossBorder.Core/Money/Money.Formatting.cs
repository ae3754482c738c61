using System.Globalization;
using System.Text;
using CrossBorder.Internal;

namespace CrossBorder;

public readonly partial struct Money : ISpanFormattable, IUtf8SpanFormattable
{
    /// <summary>
    /// Formats as <c>USD 1,234.56</c> in the invariant culture. Formatting never rounds: it shows the minor
    /// unit's digits, and more when the amount has them.
    /// </summary>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>
    /// Formats with a format and culture. Formats: <c>G</c> (default) <c>USD 1,234.56</c> with the culture's
    /// separators; <c>C</c> the culture's currency pattern with the international symbol (<c>US$1,234.56</c>,
    /// <c>1.234,56 €</c>), <c>G</c> where there is none; <c>N</c> the number alone; <c>R</c> the machine form
    /// <c>USD 1234.56</c>, invariant and exact. None of them rounds.
    /// </summary>
    /// <exception cref="FormatException">The format is not one of G, C, N or R.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        if (_currency is null)
        {
            return "default(Money)";
        }

        var numberFormat = NumberFormatInfo.GetInstance(formatProvider);
        return NormalizeFormat(format) switch
        {
            'G' => string.Concat(_currency.Code, " ", _amount.ToString(NumberFormat(), numberFormat)),
            'C' when CurrencySymbols.GetSymbol(_currency) is { } symbol =>
                _amount.ToString("C" + DisplayDigits().ToString(CultureInfo.InvariantCulture), WithSymbol(numberFormat, symbol)),
            'C' => string.Concat(_currency.Code, " ", _amount.ToString(NumberFormat(), numberFormat)),
            'N' => _amount.ToString(NumberFormat(), numberFormat),
            _ => string.Concat(_currency.Code, " ", _amount.ToString(CultureInfo.InvariantCulture)),
        };
    }

    /// <inheritdoc cref="ToString(string?, IFormatProvider?)" />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var kind = _currency is null ? '\0' : NormalizeFormat(format);
        if (kind is 'R' or 'G')
        {
            // The machine form is the hot one (JSON, CSV), and G the one of interpolated text: write them without
            // allocating, G as ToString writes it (the code, a space, the amount as "N" with the digits to show).
            var code = _currency!.Code;
            var number = destination.Length > code.Length ? destination[(code.Length + 1)..] : [];
            int written;
            bool done;
            if (kind == 'R')
            {
                done = _amount.TryFormat(number, out written, default, CultureInfo.InvariantCulture);
            }
            else
            {
                Span<char> numberFormat = stackalloc char[3];
                numberFormat[0] = 'N';
                done = DisplayDigits().TryFormat(numberFormat[1..], out var digits, default, CultureInfo.InvariantCulture)
                    & _amount.TryFormat(number, out written, numberFormat[..(1 + digits)], NumberFormatInfo.GetInstance(provider));
            }

            if (done && destination.Length > code.Length)
            {
                code.CopyTo(destination);
                destination[code.Length] = ' ';
                charsWritten = code.Length + 1 + written;
                return true;
            }

            charsWritten = 0;
            return false;
        }

        var text = ToString(format.IsEmpty ? null : format.ToString(), provider);
        return ValueTypeHelpers.TryCopy(text, destination, out charsWritten);
    }

    /// <inheritdoc cref="ToString(string?, IFormatProvider?)" />
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        Span<char> buffer = stackalloc char[128];
        if (TryFormat(buffer, out var chars, format, provider))
        {
            return Encoding.UTF8.TryGetBytes(buffer[..chars], utf8Destination, out bytesWritten);
        }

        var text = ToString(format.IsEmpty ? null : format.ToString(), provider);
        return Encoding.UTF8.TryGetBytes(text, utf8Destination, out bytesWritten);
    }

    private int DisplayDigits() => Math.Max(_currency?.MinorUnit ?? 0, DecimalMath.SignificantScale(_amount));

    private string NumberFormat() => "N" + DisplayDigits().ToString(CultureInfo.InvariantCulture);

    private static char NormalizeFormat(ReadOnlySpan<char> format) => format switch
    {
        [] or "G" or "g" => 'G',
        "C" or "c" => 'C',
        "N" or "n" => 'N',
        "R" or "r" => 'R',
        _ => throw new FormatException($"Unknown Money format '{format}': use G, C, N or R."),
    };

    private static NumberFormatInfo WithSymbol(NumberFormatInfo numberFormat, string symbol)
    {
        var clone = (NumberFormatInfo)numberFormat.Clone();
        clone.CurrencySymbol = symbol;
        return clone;
    }
}
