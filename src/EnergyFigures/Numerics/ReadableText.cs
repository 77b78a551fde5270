using System.Globalization;

namespace EnergyFigures.Numerics;

/// <summary>
/// The numeric part of the one formatting policy for people (public face: <c>EnergyFigures.Formatting.Readable</c>):
/// significant digits, shortening with <c>≈</c>, outward rounding of intervals, grouping. It lives with the numbers
/// so that <see cref="Interval.ToString(string?, IFormatProvider?)"/> (<c>"R"</c>) uses it without the model
/// referring to a later layer.
/// </summary>
internal static class ReadableText
{
    /// <summary>Significant digits of a shortened (computed) number: 4.</summary>
    internal const int DefaultSignificantDigits = 4;

    /// <summary>A number with at most this many significant digits is printed exactly: 6.</summary>
    internal const int ExactDigitLimit = 6;

    internal const string Approx = "≈ ";

    /// <summary>The significant digits of a number as written without trailing zeros (<c>127</c> → 3, <c>1.50</c> → 2, <c>8,355,000,000</c> → 4, <c>0.0078</c> → 2, <c>0</c> → 1).</summary>
    /// <param name="value">The number.</param>
    /// <returns>The count.</returns>
    internal static int SignificantDigits(decimal value)
    {
        if (value == 0m)
        {
            return 1;
        }

        var s = DecimalMath.Normalize(Math.Abs(value)).ToString(CultureInfo.InvariantCulture).Replace(".", string.Empty, StringComparison.Ordinal);
        return s.Trim('0').Length;
    }

    /// <summary>Whether the policy prints a number exactly (at most <see cref="ExactDigitLimit"/> significant digits).</summary>
    /// <param name="value">The number.</param>
    /// <returns>True when it is printed as it is.</returns>
    internal static bool IsShownExactly(decimal value) => SignificantDigits(value) <= ExactDigitLimit;

    /// <summary>A number for people: exact when short, else <c>≈</c> and <see cref="DefaultSignificantDigits"/> significant digits, grouped (<c>9,000,000,000</c>, <c>≈ 16,666,666,667</c> is never printed: <c>≈ 16,670,000,000</c>).</summary>
    /// <param name="value">The number.</param>
    /// <returns>The text.</returns>
    internal static string Number(decimal value)
    {
        if (IsShownExactly(value))
        {
            return Signed(value, DecimalText.Grouped(Math.Abs(value), CultureInfo.InvariantCulture));
        }

        int decimals = DecimalsFor(value, DefaultSignificantDigits);
        return Approx + Fixed(Round(value, decimals, MidpointRounding.AwayFromZero), decimals);
    }

    /// <summary>
    /// A number rounded to a given count of significant digits (nearest, halves away from zero), grouped,
    /// trailing zeros kept to that precision: <c>Rounded(2.66666m, 3)</c> is <c>2.67</c>, <c>Rounded(4m, 3)</c> is <c>4.00</c>.
    /// </summary>
    /// <param name="value">The number.</param>
    /// <param name="significantDigits">Significant digits, 1 to 28.</param>
    /// <returns>The text, without <c>≈</c>.</returns>
    internal static string Rounded(decimal value, int significantDigits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(significantDigits, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(significantDigits, 28);
        int decimals = DecimalsFor(value, significantDigits);
        return Fixed(Round(value, decimals, MidpointRounding.AwayFromZero), decimals);
    }

    /// <summary>
    /// An interval for people: <c>[2.5, 4.5]</c> and <c>(27, +∞)</c> as they are; a long one rounded outward to
    /// <see cref="DefaultSignificantDigits"/> significant digits and marked: <c>≈ [16,660,000,000, 25,000,000,000]</c>;
    /// a point as one number: <c>127</c>, <c>≈ 99.22</c>.
    /// </summary>
    /// <param name="interval">The interval.</param>
    /// <returns>The text.</returns>
    internal static string Interval(Interval interval) => IntervalCore(interval, v => DecimalText.Grouped(v, CultureInfo.InvariantCulture), null);

    /// <summary>
    /// The interval with outward rounding to <paramref name="significantDigits"/> (of the larger end), the same
    /// decimals on both ends, and whether anything was shortened. Used by charts and reports for labels.
    /// </summary>
    /// <param name="interval">The interval.</param>
    /// <param name="significantDigits">Significant digits, 1 to 28.</param>
    /// <returns>The text, prefixed with <c>≈</c> when shortened.</returns>
    internal static string Interval(Interval interval, int significantDigits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(significantDigits, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(significantDigits, 28);
        return IntervalCore(interval, v => DecimalText.Grouped(v, CultureInfo.InvariantCulture), significantDigits);
    }

    /// <summary>A number shortened to <see cref="DefaultSignificantDigits"/> significant digits in a given direction (no <c>≈</c>; for words such as "more than 2.666"), or exactly when short.</summary>
    internal static string Directed(decimal value, MidpointRounding mode)
    {
        if (IsShownExactly(value))
        {
            return Signed(value, DecimalText.Grouped(Math.Abs(value), CultureInfo.InvariantCulture));
        }

        int decimals = DecimalsFor(value, DefaultSignificantDigits);
        return Fixed(Round(value, decimals, mode), decimals);
    }

    internal static string IntervalCore(Interval interval, Func<decimal, string> exact, int? forcedDigits)
    {
        if (interval.IsEmpty)
        {
            return "∅";
        }

        var ends = new[] { interval.Low, interval.High }.OfType<decimal>().ToArray();
        bool shorten = forcedDigits is not null ? ends.Any(e => SignificantDigits(e) > forcedDigits) : ends.Any(e => !IsShownExactly(e));
        if (!shorten)
        {
            if (interval.IsPoint)
            {
                return Signed(interval.Low!.Value, exact(Math.Abs(interval.Low.Value)));
            }

            return Bracketed(interval, v => Signed(v, exact(Math.Abs(v))));
        }

        int digits = forcedDigits ?? DefaultSignificantDigits;
        var big = ends.Max(Math.Abs);
        int decimals = DecimalsFor(big, digits);
        if (interval.HasLow && interval.HasHigh)
        {
            var nl = Round(interval.Low!.Value, decimals, MidpointRounding.AwayFromZero);
            var nh = Round(interval.High!.Value, decimals, MidpointRounding.AwayFromZero);
            if (nl == nh)
            {
                return Approx + Fixed(nl, decimals);
            }
        }

        // Outward: a low end down, a high end up (an open end stays open: the rounded end is outside the exact one).
        var low = interval.HasLow ? Round(interval.Low!.Value, decimals, MidpointRounding.ToNegativeInfinity) : (decimal?)null;
        var high = interval.HasHigh ? Round(interval.High!.Value, decimals, MidpointRounding.ToPositiveInfinity) : (decimal?)null;
        var lowText = low is { } l ? Fixed(l, decimals) : "−∞";
        var highText = high is { } h ? Fixed(h, decimals) : "+∞";
        var open = (interval.HasLow && !interval.LowOpen) ? "[" : "(";
        var close = (interval.HasHigh && !interval.HighOpen) ? "]" : ")";
        return Approx + open + lowText + ", " + highText + close;
    }

    internal static string Bracketed(Interval i, Func<decimal, string> end)
    {
        var open = i.HasLow && !i.LowOpen ? "[" : "(";
        var close = i.HasHigh && !i.HighOpen ? "]" : ")";
        var lowText = i.HasLow ? end(i.Low!.Value) : "−∞";
        var highText = i.HasHigh ? end(i.High!.Value) : "+∞";

        // Consistent trailing zeros: both ends show the same decimals.
        if (i.HasLow && i.HasHigh)
        {
            int d = Math.Max(DecimalMath.Normalize(i.Low!.Value).Scale, DecimalMath.Normalize(i.High!.Value).Scale);
            lowText = Fixed(i.Low.Value, d);
            highText = Fixed(i.High.Value, d);
        }

        return open + lowText + ", " + highText + close;
    }

    internal static string Signed(decimal value, string magnitude) => value < 0 ? "−" + magnitude : magnitude;

    /// <summary>The decimals that leave <paramref name="digits"/> significant digits of <paramref name="value"/> (0 for large numbers, which are rounded to tens, hundreds, … instead).</summary>
    internal static int DecimalsFor(decimal value, int digits)
    {
        var a = Math.Abs(value);
        if (a == 0m)
        {
            return 0;
        }

        int magnitude = 0; // the power of ten of the leading digit
        if (a >= 1m)
        {
            for (var x = a; x >= 10m; x /= 10m)
            {
                magnitude++;
            }
        }
        else
        {
            for (var x = a; x < 1m && magnitude > -28; x *= 10m)
            {
                magnitude--;
            }
        }

        return digits - 1 - magnitude;
    }

    /// <summary>Rounds to <paramref name="decimals"/> places; a negative count rounds to tens, hundreds, ….</summary>
    internal static decimal Round(decimal value, int decimals, MidpointRounding mode)
    {
        if (decimals >= 0)
        {
            return Math.Round(value, Math.Min(decimals, 28), mode);
        }

        if (-decimals > 28)
        {
            return value;
        }

        var p = Pow10(-decimals);
        var q = Math.Round(value / p, 0, mode);

        // Near decimal.MaxValue the rounded number may not exist: keep the value (printed with every digit).
        return Math.Abs(q) <= decimal.MaxValue / p ? q * p : value;
    }

    internal static decimal Pow10(int n)
    {
        var p = 1m;
        for (int i = 0; i < n; i++)
        {
            p *= 10m;
        }

        return p;
    }

    internal static string Fixed(decimal value, int decimals)
    {
        var text = Math.Abs(value).ToString("#,0" + (decimals > 0 ? "." + new string('0', Math.Min(decimals, 28)) : string.Empty), CultureInfo.InvariantCulture);
        return Signed(value, text);
    }

    internal static string Cents(decimal x)
    {
        var n = DecimalMath.Normalize(x);
        return n.Scale is > 0 and < 2 ? Fixed(n, 2) : DecimalText.Grouped(n, CultureInfo.InvariantCulture);
    }

    internal static (decimal Divisor, string Word) Scale(decimal abs) =>
        abs >= 1_000_000_000_000m ? (1_000_000_000_000m, " trillion")
        : abs >= 1_000_000_000m ? (1_000_000_000m, " billion")
        : abs >= 1_000_000m ? (1_000_000m, " million")
        : (1m, string.Empty);
}
