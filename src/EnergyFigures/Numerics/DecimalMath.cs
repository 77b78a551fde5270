namespace EnergyFigures.Numerics;

/// <summary>
/// Decimal arithmetic with outward rounding: each operation returns the exact result when the decimal
/// type holds it, and otherwise a lower and an upper value one unit in the last place apart around it,
/// so the true value is never outside. Overflow yields "unbounded" rather than a wrong finite number.
/// </summary>
internal static class DecimalMath
{
    /// <summary>Scale (number of digits after the point) of a decimal.</summary>
    internal static int ScaleOf(decimal d) => d.Scale;

    private static decimal Ulp(decimal d) => new(1, 0, 0, false, (byte)d.Scale);

    /// <summary>Adds; <paramref name="exact"/> tells whether the result is exact.</summary>
    internal static bool TryAdd(decimal a, decimal b, out decimal result, out bool exact)
    {
        try
        {
            result = a + b;
        }
        catch (OverflowException)
        {
            result = 0;
            exact = false;
            return false;
        }

        exact = result.Scale >= Math.Max(a.Scale, b.Scale) || IsExactSum(a, b, result);
        return true;
    }

    private static bool IsExactSum(decimal a, decimal b, decimal r)
    {
        // The scale shrank: either trailing zeros were dropped (exact) or digits were rounded away.
        // r - a == b is computed exactly when it is representable, so this is a safe check.
        try
        {
            return r - a == b && r - b == a;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>Multiplies; <paramref name="exact"/> tells whether the result is exact.</summary>
    internal static bool TryMultiply(decimal a, decimal b, out decimal result, out bool exact)
    {
        if (a == 0m || b == 0m)
        {
            result = 0m;
            exact = true;
            return true;
        }

        try
        {
            result = a * b;
        }
        catch (OverflowException)
        {
            result = 0;
            exact = false;
            return false;
        }

        // When no digits were rounded away the scale is the sum of the scales; when the product needed more than
        // 96 bits at that scale, trailing zeros may have been dropped without rounding, so compare exactly.
        exact = result != 0m && (result.Scale == a.Scale + b.Scale || IsExactProduct(a, b, result));
        return true;
    }

    /// <summary>Whether <paramref name="r"/> is exactly <paramref name="a"/> × <paramref name="b"/> (compared as integers).</summary>
    private static bool IsExactProduct(decimal a, decimal b, decimal r)
    {
        // a × b = (ma × mb) / 10^(sa+sb) and r = mr / 10^sr: equal when ma × mb × 10^sr = mr × 10^(sa+sb).
        var left = Mantissa(a) * Mantissa(b) * System.Numerics.BigInteger.Pow(10, r.Scale);
        var right = Mantissa(r) * System.Numerics.BigInteger.Pow(10, a.Scale + b.Scale);
        return left == right;
    }

    private static System.Numerics.BigInteger Mantissa(decimal d)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(d, bits);
        var m = unchecked(((System.Numerics.BigInteger)(uint)bits[2] << 64) | ((System.Numerics.BigInteger)(uint)bits[1] << 32) | (uint)bits[0]);
        return d < 0m ? -m : m;
    }

    /// <summary>Divides (b ≠ 0); <paramref name="exact"/> tells whether the result is exact.</summary>
    internal static bool TryDivide(decimal a, decimal b, out decimal result, out bool exact)
    {
        try
        {
            result = a / b;
        }
        catch (OverflowException)
        {
            result = 0;
            exact = false;
            return false;
        }

        exact = false;
        if (TryMultiply(result, b, out var back, out var backExact) && backExact && back == a)
        {
            exact = true;
        }

        return true;
    }

    /// <summary>The largest decimal not above the true value, given a possibly rounded result.</summary>
    internal static bool TryDown(decimal result, bool exact, out decimal down)
    {
        if (exact)
        {
            down = result;
            return true;
        }

        try
        {
            down = result - Ulp(result);
            return true;
        }
        catch (OverflowException)
        {
            down = 0;
            return false;
        }
    }

    /// <summary>The smallest decimal not below the true value, given a possibly rounded result.</summary>
    internal static bool TryUp(decimal result, bool exact, out decimal up)
    {
        if (exact)
        {
            up = result;
            return true;
        }

        try
        {
            up = result + Ulp(result);
            return true;
        }
        catch (OverflowException)
        {
            up = 0;
            return false;
        }
    }

    /// <summary>
    /// Whether <paramref name="value"/> (parsed from <paramref name="printed"/>) keeps every digit printed: a
    /// decimal holds at most 28–29 significant digits and 28 after the point, and <see cref="decimal.TryParse(string, out decimal)"/>
    /// silently rounds longer numbers. Leading zeros and a leading '+' may be dropped; nothing else.
    /// </summary>
    internal static bool KeepsEveryDigit(ReadOnlySpan<char> printed, decimal value)
    {
        var s = printed.Trim();
        bool negative = s.Length > 0 && s[0] == '-';
        if (s.Length > 0 && (s[0] == '-' || s[0] == '+'))
        {
            s = s[1..];
        }

        s = s.TrimStart('0');
        var canonical = s.Length == 0 || s[0] == '.' ? "0" + s.ToString() : s.ToString();
        var formatted = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (value == 0m)
        {
            return string.Equals(formatted.TrimStart('-'), canonical, StringComparison.Ordinal);
        }

        return string.Equals(formatted, negative ? "-" + canonical : canonical, StringComparison.Ordinal);
    }

    /// <summary>Removes trailing zeros after the decimal point (1.500 → 1.5), keeping the value.</summary>
    internal static decimal Normalize(decimal d) => d / 1.000000000000000000000000000000000m;
}
