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
        if (TryAddSmall(a, b, out result))
        {
            exact = true;
            return true;
        }

        return TryAddDecimal(a, b, out result, out exact);
    }

    /// <summary><see cref="TryAdd"/> by decimal addition (every case; the reference for <see cref="TryAddSmall"/>).</summary>
    internal static bool TryAddDecimal(decimal a, decimal b, out decimal result, out bool exact)
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

    /// <summary>
    /// a + b as decimal addition gives it (at the larger scale of the two, exact), computed on the mantissas when
    /// both are non-zero and below 2^63 after bringing them to the same scale, and the sum is not zero; otherwise
    /// <see langword="false"/> (the caller adds in decimal).
    /// </summary>
    internal static bool TryAddSmall(decimal a, decimal b, out decimal result)
    {
        Split(a, out var am, out var ah, out var af);
        Split(b, out var bm, out var bh, out var bf);
        result = 0m;
        if ((ah | bh) != 0 || am == 0 || bm == 0 || am > long.MaxValue || bm > long.MaxValue)
        {
            return false;
        }

        int sa = (af >> 16) & 0xFF, sb = (bf >> 16) & 0xFF;
        int scale = Math.Max(sa, sb);
        if (!TryRaise(ref am, scale - sa) || !TryRaise(ref bm, scale - sb))
        {
            return false;
        }

        bool an = af < 0, bn = bf < 0;
        ulong m;
        bool negative;
        if (an == bn)
        {
            m = am + bm;
            negative = an;
        }
        else if (am != bm)
        {
            m = am > bm ? am - bm : bm - am;
            negative = am > bm ? an : bn;
        }
        else
        {
            return false;
        }

        result = unchecked(new decimal((int)(uint)m, (int)(uint)(m >> 32), 0, negative, (byte)scale));
        return true;
    }

    /// <summary>Multiplies a mantissa by 10^k when the product stays below 2^63.</summary>
    private static bool TryRaise(ref ulong m, int k)
    {
        if (k == 0)
        {
            return true;
        }

        if (k > 18)
        {
            // A non-zero mantissa times 10^19 or more is at least 2^63 (and up to 10^19 the table holds the powers exactly).
            return false;
        }

        ulong high = Math.BigMul(m, Pow10Mod64[k], out var low);
        if (high != 0 || low > long.MaxValue)
        {
            return false;
        }

        m = low;
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
    private static bool IsExactProduct(decimal a, decimal b, decimal r) => MayBeProduct(a, b, r) && IsExactProductByBigInteger(a, b, r);

    /// <summary>
    /// A cheap necessary condition for <paramref name="r"/> = <paramref name="a"/> × <paramref name="b"/> in magnitude:
    /// with mantissas m and scales s, the product is exact when ma × mb × 10^sr = mr × 10^(sa+sb); two integers that
    /// differ modulo 2^64 differ, so <see langword="false"/> proves the product inexact. <see langword="true"/> proves
    /// nothing (the caller then compares exactly).
    /// </summary>
    internal static bool MayBeProduct(decimal a, decimal b, decimal r) =>
        unchecked(Low64(a) * Low64(b) * Pow10Mod64[r.Scale]) == unchecked(Low64(r) * Pow10Mod64[a.Scale + b.Scale]);

    /// <summary>The low 64 bits of a decimal's mantissa (its magnitude modulo 2^64).</summary>
    private static ulong Low64(decimal d)
    {
        Split(d, out var low, out _, out _);
        return low;
    }

    /// <summary>A decimal's parts (<see cref="decimal.GetBits(decimal, Span{int})"/>): the mantissa's low 64 and high 32 bits, and the flags (sign bit and scale).</summary>
    private static void Split(decimal d, out ulong low, out uint high, out int flags)
    {
        var buffer = default(Bits);
        Span<int> bits = buffer;
        decimal.GetBits(d, bits);
        low = unchecked((uint)bits[0] | ((ulong)(uint)bits[1] << 32));
        high = unchecked((uint)bits[2]);
        flags = bits[3];
    }

    /// <summary>Room for <see cref="decimal.GetBits(decimal, Span{int})"/> without a stack allocation.</summary>
    [System.Runtime.CompilerServices.InlineArray(4)]
    private struct Bits
    {
        private int _element;
    }

    /// <summary>
    /// <see cref="decimal.Compare"/>, faster for two decimals of the same scale (then the mantissas are compared as
    /// integers, with the signs; zero is zero whatever its sign).
    /// </summary>
    internal static int Compare(decimal a, decimal b)
    {
        Split(a, out var al, out var ah, out var af);
        Split(b, out var bl, out var bh, out var bf);
        if (((af ^ bf) & 0x00FF0000) != 0)
        {
            return decimal.Compare(a, b);
        }

        bool aZero = (al | ah) == 0, bZero = (bl | bh) == 0;
        if (aZero || bZero)
        {
            return aZero && bZero ? 0 : aZero ? (bf < 0 ? 1 : -1) : (af < 0 ? -1 : 1);
        }

        if ((af < 0) != (bf < 0))
        {
            return af < 0 ? -1 : 1;
        }

        int magnitude = ah != bh ? (ah < bh ? -1 : 1) : al != bl ? (al < bl ? -1 : 1) : 0;
        return af < 0 ? -magnitude : magnitude;
    }

    /// <summary>10^k modulo 2^64 for k = 0 … 56 (two scales of at most 28 each).</summary>
    private static readonly ulong[] Pow10Mod64 = MakePow10Mod64();

    private static ulong[] MakePow10Mod64()
    {
        var p = new ulong[57];
        p[0] = 1;
        for (int k = 1; k < p.Length; k++)
        {
            p[k] = unchecked(p[k - 1] * 10UL);
        }

        return p;
    }

    /// <summary>Whether <paramref name="r"/> is exactly <paramref name="a"/> × <paramref name="b"/>, compared as big integers (the general check).</summary>
    private static bool IsExactProductByBigInteger(decimal a, decimal b, decimal r)
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
    /// <remarks>
    /// The quotient q is exact when q × b = a. Most quotients of prices are not (they are rounded to 28 digits), and
    /// <see cref="MayBeProduct"/> proves that in a few integer multiplications; only when it cannot is q × b
    /// computed and compared (<see cref="TryDivideByProduct"/>, the general check, which gives the same answer).
    /// </remarks>
    internal static bool TryDivide(decimal a, decimal b, out decimal result, out bool exact)
    {
        if (!TryQuotient(a, b, out result))
        {
            exact = false;
            return false;
        }

        exact = MayBeProduct(result, b, a) && IsExactQuotient(a, b, result);
        return true;
    }

    /// <summary>Divides as <see cref="TryDivide"/>, deciding exactness by computing q × b every time (the general check, without the shortcut; tests compare the two).</summary>
    internal static bool TryDivideByProduct(decimal a, decimal b, out decimal result, out bool exact)
    {
        if (!TryQuotient(a, b, out result))
        {
            exact = false;
            return false;
        }

        exact = IsExactQuotient(a, b, result);
        return true;
    }

    /// <summary>a / b rounded by decimal's rules; false when it overflows.</summary>
    private static bool TryQuotient(decimal a, decimal b, out decimal result)
    {
        try
        {
            result = a / b;
            return true;
        }
        catch (OverflowException)
        {
            result = 0;
            return false;
        }
    }

    /// <summary>Whether the quotient <paramref name="q"/> of <paramref name="a"/> ÷ <paramref name="b"/> is exact: q × b = a.</summary>
    private static bool IsExactQuotient(decimal a, decimal b, decimal q) =>
        TryMultiply(q, b, out var back, out var backExact) && backExact && back == a;

    /// <summary>The largest decimal not above the true value, given a possibly rounded result.</summary>
    internal static bool TryDown(decimal result, bool exact, out decimal down)
    {
        if (exact)
        {
            down = result;
            return true;
        }

        if (TryStep(result, up: false, out down))
        {
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

        if (TryStep(result, up: true, out up))
        {
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
    /// <paramref name="d"/> plus or minus one unit in its last place, as decimal addition of <see cref="Ulp"/> gives it
    /// (the same sign and scale, the mantissa one more or one less) when the mantissa stays between 1 and 2^96 − 1;
    /// otherwise <see langword="false"/> (the sum then reaches zero or is rounded to a smaller scale, and the caller
    /// adds in decimal).
    /// </summary>
    internal static bool TryStep(decimal d, bool up, out decimal stepped)
    {
        Split(d, out var low, out var high, out var flags);
        bool negative = flags < 0;
        if (up != negative)
        {
            // The magnitude grows.
            if (low != ulong.MaxValue)
            {
                low++;
            }
            else if (high != uint.MaxValue)
            {
                high++;
                low = 0;
            }
            else
            {
                stepped = d;
                return false;
            }
        }
        else
        {
            // The magnitude shrinks, and must stay at least 1.
            if (high == 0 && low <= 1)
            {
                stepped = d;
                return false;
            }

            if (low != 0)
            {
                low--;
            }
            else
            {
                high--;
                low = ulong.MaxValue;
            }
        }

        stepped = unchecked(new decimal((int)(uint)low, (int)(uint)(low >> 32), (int)high, negative, (byte)d.Scale));
        return true;
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
    internal static decimal Normalize(decimal d) => IsNormalized(d) ? d : StripTrailingZeros(d);

    /// <summary>
    /// <see cref="NormalizeByDivision"/> for a decimal with trailing zeros: the mantissa divided by 10 while it ends
    /// in 0 and the scale is above 0, when it fits 64 bits (else by the division).
    /// </summary>
    private static decimal StripTrailingZeros(decimal d)
    {
        Split(d, out var m, out var high, out var flags);
        if (high != 0)
        {
            return NormalizeByDivision(d);
        }

        int scale = (flags >> 16) & 0xFF;
        while (scale > 0 && m % 10 == 0)
        {
            m /= 10;
            scale--;
        }

        return unchecked(new decimal((int)(uint)m, (int)(uint)(m >> 32), 0, flags < 0, (byte)scale));
    }

    /// <summary>
    /// <see cref="Normalize"/> in general: a decimal divided by 1 with 28 zeros after the point keeps its value and
    /// sign and loses its trailing zeros after the point (a zero becomes 0).
    /// </summary>
    internal static decimal NormalizeByDivision(decimal d) => d / 1.000000000000000000000000000000000m;

    /// <summary>
    /// Whether <see cref="NormalizeByDivision"/> leaves <paramref name="d"/> as it is, bit for bit: its scale is 0, or
    /// its last digit is not 0 (the mantissa is odd, or not a multiple of 5 — with 2^32 ≡ 1 modulo 5, the sum of its
    /// three 32-bit words modulo 5).
    /// </summary>
    internal static bool IsNormalized(decimal d)
    {
        Split(d, out var low, out var high, out var flags);
        if ((flags & 0x00FF0000) == 0)
        {
            return true;
        }

        if ((low & 1) != 0)
        {
            return true;
        }

        ulong words = unchecked((low & 0xFFFFFFFF) + (low >> 32) + high);
        return words % 5 != 0;
    }
}
