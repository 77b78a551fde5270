using System.Globalization;

namespace EnergyFigures.Numerics;

/// <summary>Formatting of exact decimals for people, never losing digits.</summary>
public static class DecimalText
{
    /// <summary>
    /// The number with thousands grouped and every significant digit kept (<c>9,000,000,000</c>, <c>1.5</c>,
    /// <c>0.0000001</c>), with the invariant culture unless another is given.
    /// </summary>
    /// <param name="value">The number.</param>
    /// <param name="provider">The culture; null means invariant.</param>
    /// <returns>The text.</returns>
    public static string Grouped(decimal value, IFormatProvider? provider = null)
    {
        provider ??= CultureInfo.InvariantCulture;
        if (IsInvariant(provider))
        {
            Span<char> text = stackalloc char[MaxInvariantLength];
            TryWriteInvariant(value, text, out int length);
            return new string(text[..length]);
        }

        var normalized = DecimalMath.Normalize(value);
        int scale = normalized.Scale;
        return normalized.ToString("#,0" + (scale > 0 ? "." + new string('0', scale) : string.Empty), provider);
    }

    /// <summary><see cref="Grouped"/> written into a span (for interpolated strings: no string of its own in the invariant culture).</summary>
    internal static bool TryFormatGrouped(decimal value, IFormatProvider? provider, Span<char> destination, out int charsWritten)
    {
        provider ??= CultureInfo.InvariantCulture;
        if (IsInvariant(provider))
        {
            return TryWriteInvariant(value, destination, out charsWritten);
        }

        var text = Grouped(value, provider);
        charsWritten = text.TryCopyTo(destination) ? text.Length : 0;
        return charsWritten == text.Length;
    }

    /// <summary>'-', 29 digits, '.', and up to 9 group separators.</summary>
    private const int MaxInvariantLength = 40;

    private static bool IsInvariant(IFormatProvider provider) =>
        ReferenceEquals(provider, CultureInfo.InvariantCulture) || ReferenceEquals(provider, NumberFormatInfo.InvariantInfo);

    /// <summary>
    /// What the custom format <c>#,0.0…</c> (one 0 per decimal) gives the normalized value in the invariant culture,
    /// without normalizing (a decimal division) or building and parsing that format on every call: the decimal's own
    /// invariant text (every digit, no exponent) without trailing zeros after the point, with commas between groups of
    /// three integer digits.
    /// </summary>
    private static bool TryWriteInvariant(decimal value, Span<char> destination, out int charsWritten)
    {
        Span<char> plain = stackalloc char[MaxInvariantLength];
        if (!value.TryFormat(plain, out int length, default, CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException("A decimal's invariant text is longer than expected.");
        }

        if (plain[..length].Contains('.'))
        {
            while (plain[length - 1] == '0')
            {
                length--;
            }

            if (plain[length - 1] == '.')
            {
                length--;
            }
        }

        if (value == 0m)
        {
            plain[0] = '0'; // a zero of any scale or sign is "0", as the normalized zero is
            length = 1;
        }

        plain = plain[..length];
        int sign = plain[0] == '-' ? 1 : 0;
        int point = plain.IndexOf('.');
        int integerEnd = point < 0 ? length : point;
        int digits = integerEnd - sign;
        int total = length + ((digits - 1) / 3);
        if (total > destination.Length)
        {
            charsWritten = 0;
            return false;
        }

        int w = 0;
        if (sign == 1)
        {
            destination[w++] = '-';
        }

        for (int i = 0; i < digits; i++)
        {
            if (i > 0 && (digits - i) % 3 == 0)
            {
                destination[w++] = ',';
            }

            destination[w++] = plain[sign + i];
        }

        plain[integerEnd..].CopyTo(destination[w..]);
        charsWritten = total;
        return true;
    }
}
