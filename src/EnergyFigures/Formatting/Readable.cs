using System.Globalization;
using EnergyFigures.Numerics;
using EnergyFigures.Units;

namespace EnergyFigures.Formatting;

/// <summary>
/// The one number-formatting policy for people, used by every text, HTML, chart and notebook output and by
/// the default <c>ToString()</c> of <see cref="Quantity"/> and <see cref="Derivation.DerivedFigure"/>:
/// <list type="bullet">
/// <item>A number with at most <see cref="ExactDigitLimit"/> significant digits is printed as it is (a stated
/// figure keeps the digits it was printed with: <c>127</c>, <c>1.5</c>, <c>8,355,000,000</c>).</item>
/// <item>A longer number (a computed one) is shortened to <see cref="DefaultSignificantDigits"/> significant
/// digits and marked <c>≈</c>: <c>≈ 99.22</c>.</item>
/// <item>A shortened interval is rounded outward (low end down, high end up), so it still contains the exact
/// one: <c>≈ [2.666, 4.000]</c>; both ends show the same number of decimals. An interval narrower than its
/// last printed digit prints as one number: <c>≈ 99.22</c>.</item>
/// <item>Money reads as money: <c>$8.36 billion</c>, <c>€25.40 per MWh</c>, <c>$127 per 1,000 m³</c> (see <see cref="Money"/>),
/// and so does a quantity of money: <c>≈ $99.22 per 1,000 m³</c>, <c>($27, +∞) per 1,000 m³</c>.</item>
/// <item>Trailing zeros are never noise: an exact value drops them (<c>8,500,000,000</c>, not <c>8500000000.0</c>);
/// a shortened one keeps them to show its precision (<c>4.000</c>).</item>
/// </list>
/// Machine-readable outputs (JSON, CSV, Arrow, Parquet) never go through here: they keep every digit, and so
/// does the explicit exact format <c>"E"</c> of <see cref="Quantity.ToString(string?, IFormatProvider?)"/>.
/// Invariant culture throughout.
/// </summary>
public static class Readable
{
    /// <summary>Significant digits of a shortened (computed) number: 4.</summary>
    public const int DefaultSignificantDigits = 4;

    /// <summary>A number with at most this many significant digits is printed exactly: 6.</summary>
    public const int ExactDigitLimit = 6;

    private const string Approx = "≈ ";

    /// <summary>The significant digits of a number as written without trailing zeros (<c>127</c> → 3, <c>1.50</c> → 2, <c>8,355,000,000</c> → 4, <c>0.0078</c> → 2, <c>0</c> → 1).</summary>
    /// <param name="value">The number.</param>
    /// <returns>The count.</returns>
    public static int SignificantDigits(decimal value)
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
    public static bool IsShownExactly(decimal value) => SignificantDigits(value) <= ExactDigitLimit;

    /// <summary>A number for people: exact when short, else <c>≈</c> and <see cref="DefaultSignificantDigits"/> significant digits, grouped (<c>9,000,000,000</c>, <c>≈ 16,666,666,667</c> is never printed: <c>≈ 16,670,000,000</c>).</summary>
    /// <param name="value">The number.</param>
    /// <returns>The text.</returns>
    public static string Number(decimal value)
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
    public static string Rounded(decimal value, int significantDigits)
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
    public static string Interval(Interval interval) => IntervalCore(interval, v => DecimalText.Grouped(v, CultureInfo.InvariantCulture), null);

    /// <summary>
    /// A quantity for people. Money reads as money, by the rule of <see cref="Money"/> applied to each end: a currency
    /// symbol, millions and billions in words, the rest of the unit in words (<c>≈ $99.22 per 1,000 m³</c>,
    /// <c>($27, +∞) per 1,000 m³</c>, <c>≈ [$16.66 billion, $25.00 billion]</c>, <c>≈ [−€2.006, €2.364] per MWh</c>).
    /// Other units: the interval as <see cref="Interval(Numerics.Interval)"/> gives it and the unit code (none for a plain
    /// ratio): <c>[2.5, 4.5] pp/year</c>, <c>≈ [2.666, 4.000]</c>. Every digit: <c>ToString("E", null)</c>.
    /// </summary>
    /// <param name="quantity">The quantity.</param>
    /// <returns>The text.</returns>
    public static string Quantity(Quantity quantity)
    {
        if (MoneyParts(quantity.Unit) is { } money && !quantity.Interval.IsEmpty && (quantity.Interval.HasLow || quantity.Interval.HasHigh))
        {
            return MoneyInterval(quantity.Interval, money.Symbol, money.Tail);
        }

        var unit = UnitText(quantity.Unit);
        var text = Interval(quantity.Interval);
        return unit.Length == 0 ? text : text + " " + unit;
    }

    /// <summary>The unit as the policy prints it next to a number: its code, or nothing for a plain ratio (never <c>1</c>).</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The text.</returns>
    public static string UnitText(Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return unit.IsDimensionless && unit.FactorNumerator == unit.FactorDenominator ? string.Empty : unit.ToString();
    }

    /// <summary>
    /// An amount of money as readers expect it: a currency symbol where there is one (<c>$</c>, <c>€</c>, <c>£</c>),
    /// millions and billions in words (<c>$8.36 billion</c>), cents for a price with a fraction (<c>€25.40 per MWh</c>),
    /// the rest of the unit in words (<c>$127 per 1,000 m³</c>), as explanations word it. The number follows <see cref="Number(decimal)"/>'s
    /// rule (exact when short, else four significant digits and <c>≈</c>); a scaled amount counts its digits after dividing by the scale word.
    /// </summary>
    /// <param name="amount">The amount in <paramref name="unit"/>.</param>
    /// <param name="unit">A unit whose numerator is a currency (<c>USD</c>, <c>EUR/MWh</c>).</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentException">The unit is not an amount of money.</exception>
    public static string Money(decimal amount, Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var (symbol, rest) = MoneyParts(unit) ?? throw new ArgumentException($"'{unit}' is not an amount of money.", nameof(unit));
        var abs = Math.Abs(amount);
        var (divisor, word) = Scale(abs);
        var x = abs / divisor;
        string number;
        bool approx;
        if (word.Length > 0)
        {
            approx = !IsShownExactly(x);
            int decimals = DecimalsFor(x, DefaultSignificantDigits);
            number = approx ? Fixed(Round(x, decimals, MidpointRounding.AwayFromZero), decimals) : DecimalText.Grouped(x, CultureInfo.InvariantCulture);
        }
        else if (IsShownExactly(x))
        {
            approx = false;
            number = Cents(x);
        }
        else
        {
            approx = true;
            int decimals = Math.Max(DecimalsFor(x, DefaultSignificantDigits), x >= 1m ? 0 : 2);
            number = Fixed(Round(x, decimals, MidpointRounding.AwayFromZero), decimals);
        }

        return (approx ? Approx : string.Empty) + (amount < 0 ? "−" : string.Empty) + symbol + number + word + rest;
    }

    /// <summary>Whether <see cref="Money"/> applies to a unit (its numerator is one currency).</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>True for <c>USD</c>, <c>EUR/MWh</c>, <c>USD/1000 m3</c>.</returns>
    public static bool IsMoney(Unit unit) => MoneyParts(unit ?? throw new ArgumentNullException(nameof(unit))) is not null;

    /// <summary>
    /// The interval with outward rounding to <paramref name="significantDigits"/> (of the larger end), the same
    /// decimals on both ends, and whether anything was shortened. Used by charts and reports for labels.
    /// </summary>
    /// <param name="interval">The interval.</param>
    /// <param name="significantDigits">Significant digits, 1 to 28.</param>
    /// <returns>The text, prefixed with <c>≈</c> when shortened.</returns>
    public static string Interval(Interval interval, int significantDigits)
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

    private static string IntervalCore(Interval interval, Func<decimal, string> exact, int? forcedDigits, Func<decimal, string, string>? end = null)
    {
        end ??= Signed;
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
                return end(interval.Low!.Value, exact(Math.Abs(interval.Low.Value)));
            }

            return Bracketed(interval, end, exact);
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
                return Approx + end(nl, Magnitude(nl, decimals));
            }
        }

        // Outward: a low end down, a high end up (an open end stays open: the rounded end is outside the exact one).
        var low = interval.HasLow ? Round(interval.Low!.Value, decimals, MidpointRounding.ToNegativeInfinity) : (decimal?)null;
        var high = interval.HasHigh ? Round(interval.High!.Value, decimals, MidpointRounding.ToPositiveInfinity) : (decimal?)null;
        var lowText = low is { } l ? end(l, Magnitude(l, decimals)) : "−∞";
        var highText = high is { } h ? end(h, Magnitude(h, decimals)) : "+∞";
        var open = (interval.HasLow && !interval.LowOpen) ? "[" : "(";
        var close = (interval.HasHigh && !interval.HighOpen) ? "]" : ")";
        return Approx + open + lowText + ", " + highText + close;
    }

    private static string Bracketed(Interval i, Func<decimal, string, string> end, Func<decimal, string> exact, int minDecimals = 0)
    {
        var open = i.HasLow && !i.LowOpen ? "[" : "(";
        var close = i.HasHigh && !i.HighOpen ? "]" : ")";
        var lowText = i.HasLow ? end(i.Low!.Value, exact(Math.Abs(i.Low.Value))) : "−∞";
        var highText = i.HasHigh ? end(i.High!.Value, exact(Math.Abs(i.High.Value))) : "+∞";

        // Consistent trailing zeros: both ends show the same decimals.
        if (i.HasLow && i.HasHigh)
        {
            int d = Math.Max(DecimalMath.Normalize(i.Low!.Value).Scale, DecimalMath.Normalize(i.High!.Value).Scale);
            d = d > 0 ? Math.Max(d, minDecimals) : d;
            lowText = end(i.Low.Value, Magnitude(i.Low.Value, d));
            highText = end(i.High.Value, Magnitude(i.High.Value, d));
        }

        return open + lowText + ", " + highText + close;
    }

    /// <summary>A money interval: the scale word of the larger end for both, the symbol on each end, cents for an exact price with one decimal.</summary>
    private static string MoneyInterval(Interval interval, string symbol, string tail)
    {
        var big = new[] { interval.Low, interval.High }.OfType<decimal>().Max(Math.Abs);
        var (divisor, word) = Scale(big);
        var scaled = Scaled(interval, divisor);
        string End(decimal v, string magnitude) => (v < 0 ? "−" : string.Empty) + symbol + magnitude + word;
        string text;
        if (scaled.IsPoint && word.Length == 0)
        {
            var v = scaled.Low!.Value;
            text = IsShownExactly(v) ? End(v, Cents(Math.Abs(v))) : IntervalCore(scaled, x => DecimalText.Grouped(x, CultureInfo.InvariantCulture), null, End);
        }
        else if (word.Length == 0 && scaled.HasLow && scaled.HasHigh && !scaled.IsPoint && scaled.Low is { } lo && scaled.High is { } hi && IsShownExactly(lo) && IsShownExactly(hi))
        {
            text = Bracketed(scaled, End, x => DecimalText.Grouped(x, CultureInfo.InvariantCulture), minDecimals: 2);
        }
        else
        {
            text = IntervalCore(scaled, x => DecimalText.Grouped(x, CultureInfo.InvariantCulture), null, End);
        }

        return text + tail;
    }

    private static Interval Scaled(Interval i, decimal divisor) => divisor == 1m ? i
        : i.HasLow && i.HasHigh ? Numerics.Interval.Create(i.Low!.Value / divisor, i.LowOpen, i.High!.Value / divisor, i.HighOpen)
        : i.HasLow ? Numerics.Interval.Above(i.Low!.Value / divisor, !i.LowOpen)
        : Numerics.Interval.Below(i.High!.Value / divisor, !i.HighOpen);

    /// <summary>The magnitude of a number with a fixed count of decimals, grouped, without its sign.</summary>
    private static string Magnitude(decimal value, int decimals) =>
        Math.Abs(value).ToString("#,0" + (decimals > 0 ? "." + new string('0', Math.Min(decimals, 28)) : string.Empty), CultureInfo.InvariantCulture);

    private static string Signed(decimal value, string magnitude) => value < 0 ? "−" + magnitude : magnitude;

    /// <summary>The decimals that leave <paramref name="digits"/> significant digits of <paramref name="value"/> (0 for large numbers, which are rounded to tens, hundreds, … instead).</summary>
    private static int DecimalsFor(decimal value, int digits)
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
    private static decimal Round(decimal value, int decimals, MidpointRounding mode)
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

    private static decimal Pow10(int n)
    {
        var p = 1m;
        for (int i = 0; i < n; i++)
        {
            p *= 10m;
        }

        return p;
    }

    private static string Fixed(decimal value, int decimals)
    {
        var text = Math.Abs(value).ToString("#,0" + (decimals > 0 ? "." + new string('0', Math.Min(decimals, 28)) : string.Empty), CultureInfo.InvariantCulture);
        return Signed(value, text);
    }

    private static string Cents(decimal x)
    {
        var n = DecimalMath.Normalize(x);
        return n.Scale is > 0 and < 2 ? Fixed(n, 2) : DecimalText.Grouped(n, CultureInfo.InvariantCulture);
    }

    private static (decimal Divisor, string Word) Scale(decimal abs) =>
        abs >= 1_000_000_000_000m ? (1_000_000_000_000m, " trillion")
        : abs >= 1_000_000_000m ? (1_000_000_000m, " billion")
        : abs >= 1_000_000m ? (1_000_000m, " million")
        : (1m, string.Empty);

    private static (string Symbol, string Tail)? MoneyParts(Unit unit)
    {
        var code = unit.ToString();
        int slash = code.IndexOf('/', StringComparison.Ordinal);
        var num = slash >= 0 ? code[..slash] : code;
        if (unit.Currency is not { } c || !string.Equals(num, c, StringComparison.Ordinal))
        {
            return null;
        }

        // The rest of the unit in words, as explanations word it: " per 1,000 m³", " per MWh", " per year".
        var natural = unit.ToString("N", CultureInfo.InvariantCulture);
        int per = natural.IndexOf(" per ", StringComparison.Ordinal);
        var rest = per >= 0 ? natural[per..] : string.Empty;

        return c switch
        {
            "USD" => ("$", rest),
            "EUR" => ("€", rest),
            "GBP" => ("£", rest),
            _ => (c + " ", rest),
        };
    }
}
