using System.Globalization;
using EnergyFigures.Numerics;
using EnergyFigures.Units;

namespace EnergyFigures.Formatting;

/// <summary>
/// The one number-formatting policy for people, used by every text, HTML, chart and notebook output and by
/// the default <c>ToString()</c> of <c>Quantity</c> and <see cref="Derivation.DerivedFigure"/>:
/// <list type="bullet">
/// <item>A number with at most <see cref="ExactDigitLimit"/> significant digits is printed as it is (a stated
/// figure keeps the digits it was printed with: <c>127</c>, <c>1.5</c>, <c>8,355,000,000</c>).</item>
/// <item>A longer number (a computed one) is shortened to <see cref="DefaultSignificantDigits"/> significant
/// digits and marked <c>≈</c>: <c>≈ 99.22</c>.</item>
/// <item>A shortened interval is rounded outward (low end down, high end up), so it still contains the exact
/// one: <c>≈ [2.666, 4.000]</c>; both ends show the same number of decimals. An interval narrower than its
/// last printed digit prints as one number: <c>≈ 99.22</c>.</item>
/// <item>Money reads as money: <c>$8.36 billion</c>, <c>€25.40/MWh</c>, <c>$127/1000 m3</c> (see <see cref="Money"/>).</item>
/// <item>Trailing zeros are never noise: an exact value drops them (<c>8,500,000,000</c>, not <c>8500000000.0</c>);
/// a shortened one keeps them to show its precision (<c>4.000</c>).</item>
/// </list>
/// Machine-readable outputs (JSON, CSV, Arrow, Parquet) never go through here: they keep every digit, and so
/// does the explicit exact format <c>"E"</c> of <c>Quantity.ToString(string?, IFormatProvider?)</c>.
/// Invariant culture throughout.
/// </summary>
public static class Readable
{
    /// <summary>Significant digits of a shortened (computed) number: 4.</summary>
    public const int DefaultSignificantDigits = ReadableText.DefaultSignificantDigits;

    /// <summary>A number with at most this many significant digits is printed exactly: 6.</summary>
    public const int ExactDigitLimit = ReadableText.ExactDigitLimit;

    /// <summary>The significant digits of a number as written without trailing zeros (<c>127</c> → 3, <c>1.50</c> → 2, <c>8,355,000,000</c> → 4, <c>0.0078</c> → 2, <c>0</c> → 1).</summary>
    /// <param name="value">The number.</param>
    /// <returns>The count.</returns>
    public static int SignificantDigits(decimal value) => ReadableText.SignificantDigits(value);

    /// <summary>Whether the policy prints a number exactly (at most <see cref="ExactDigitLimit"/> significant digits).</summary>
    /// <param name="value">The number.</param>
    /// <returns>True when it is printed as it is.</returns>
    public static bool IsShownExactly(decimal value) => ReadableText.IsShownExactly(value);

    /// <summary>A number for people: exact when short, else <c>≈</c> and <see cref="DefaultSignificantDigits"/> significant digits, grouped (<c>9,000,000,000</c>, <c>≈ 16,666,666,667</c> is never printed: <c>≈ 16,670,000,000</c>).</summary>
    /// <param name="value">The number.</param>
    /// <returns>The text.</returns>
    public static string Number(decimal value) => ReadableText.Number(value);

    /// <summary>
    /// A number rounded to a given count of significant digits (nearest, halves away from zero), grouped,
    /// trailing zeros kept to that precision: <c>Rounded(2.66666m, 3)</c> is <c>2.67</c>, <c>Rounded(4m, 3)</c> is <c>4.00</c>.
    /// </summary>
    /// <param name="value">The number.</param>
    /// <param name="significantDigits">Significant digits, 1 to 28.</param>
    /// <returns>The text, without <c>≈</c>.</returns>
    public static string Rounded(decimal value, int significantDigits) => ReadableText.Rounded(value, significantDigits);

    /// <summary>
    /// An interval for people: <c>[2.5, 4.5]</c> and <c>(27, +∞)</c> as they are; a long one rounded outward to
    /// <see cref="DefaultSignificantDigits"/> significant digits and marked: <c>≈ [16,660,000,000, 25,000,000,000]</c>;
    /// a point as one number: <c>127</c>, <c>≈ 99.22</c>.
    /// </summary>
    /// <param name="interval">The interval.</param>
    /// <returns>The text.</returns>
    public static string Interval(Interval interval) => ReadableText.Interval(interval);

    /// <summary>
    /// The interval with outward rounding to <paramref name="significantDigits"/> (of the larger end), the same
    /// decimals on both ends, and whether anything was shortened. Used by charts and reports for labels.
    /// </summary>
    /// <param name="interval">The interval.</param>
    /// <param name="significantDigits">Significant digits, 1 to 28.</param>
    /// <returns>The text, prefixed with <c>≈</c> when shortened.</returns>
    public static string Interval(Interval interval, int significantDigits) => ReadableText.Interval(interval, significantDigits);

    /// <summary>A quantity for people, given as its interval and unit: the interval as <see cref="Interval(Numerics.Interval)"/> gives it and the unit code (none for a plain ratio): <c>(27, +∞) USD/1000 m3</c>, <c>≈ 99.22 USD/1000 m3</c>, <c>≈ [2.666, 4.000]</c>. <c>Quantity.ToString()</c> prints this.</summary>
    /// <param name="interval">The value.</param>
    /// <param name="unit">Its unit.</param>
    /// <returns>The text.</returns>
    public static string Amount(Interval interval, Unit unit)
    {
        var text = Interval(interval);
        var u = UnitText(unit);
        return u.Length == 0 ? text : text + " " + u;
    }

    /// <summary>A number shortened to <see cref="DefaultSignificantDigits"/> significant digits in a given direction (no <c>≈</c>; for words such as "more than 2.666"), or exactly when short.</summary>
    internal static string Directed(decimal value, MidpointRounding mode) => ReadableText.Directed(value, mode);

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
    /// millions and billions in words (<c>$8.36 billion</c>), cents for a price with a fraction (<c>€25.40/MWh</c>),
    /// the rest of the unit after a slash (<c>$127/1000 m3</c>). The number follows <see cref="Number(decimal)"/>'s
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
        var (divisor, word) = ReadableText.Scale(abs);
        var x = abs / divisor;
        string number;
        bool approx;
        if (word.Length > 0)
        {
            approx = !ReadableText.IsShownExactly(x);
            int decimals = ReadableText.DecimalsFor(x, ReadableText.DefaultSignificantDigits);
            number = approx ? ReadableText.Fixed(ReadableText.Round(x, decimals, MidpointRounding.AwayFromZero), decimals) : DecimalText.Grouped(x, CultureInfo.InvariantCulture);
        }
        else if (ReadableText.IsShownExactly(x))
        {
            approx = false;
            number = ReadableText.Cents(x);
        }
        else
        {
            approx = true;
            int decimals = Math.Max(ReadableText.DecimalsFor(x, ReadableText.DefaultSignificantDigits), x >= 1m ? 0 : 2);
            number = ReadableText.Fixed(ReadableText.Round(x, decimals, MidpointRounding.AwayFromZero), decimals);
        }

        return (approx ? ReadableText.Approx : string.Empty) + (amount < 0 ? "−" : string.Empty) + symbol + number + word + rest;
    }

    /// <summary>Whether <see cref="Money"/> applies to a unit (its numerator is one currency).</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>True for <c>USD</c>, <c>EUR/MWh</c>, <c>USD/1000 m3</c>.</returns>
    public static bool IsMoney(Unit unit) => MoneyParts(unit ?? throw new ArgumentNullException(nameof(unit))) is not null;

    private static (string Symbol, string Tail)? MoneyParts(Unit unit)
    {
        var code = unit.ToString();
        int slash = code.IndexOf('/', StringComparison.Ordinal);
        var num = slash >= 0 ? code[..slash] : code;
        var rest = slash >= 0 ? code[slash..] : string.Empty;
        if (unit.Currency is not { } c || !string.Equals(num, c, StringComparison.Ordinal))
        {
            return null;
        }

        return c switch
        {
            "USD" => ("$", rest),
            "EUR" => ("€", rest),
            "GBP" => ("£", rest),
            _ => (c + " ", rest),
        };
    }
}
