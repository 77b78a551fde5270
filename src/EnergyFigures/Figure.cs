using System.Globalization;
using EnergyFigures.Numerics;
using EnergyFigures.Units;
using EnergyFigures.Errors;

namespace EnergyFigures;

/// <summary>
/// A number as a text states it: the printed text (<c>"$9 billion"</c>), the number and its scale word,
/// how the text bounds it, and its unit — with the exact decimal interval those imply. Immutable.
/// </summary>
/// <remarks>
/// Stated values are decimals kept exactly as printed (<c>1.50</c> stays <c>1.50</c>); equality compares
/// them digit for digit.
/// </remarks>
public sealed class Figure : IEquatable<Figure>, IFormattable
{
    private Figure(string text, BoundKind bound, decimal value, decimal? valueHigh, decimal? tolerance, Scale scale, Unit unit, Interval interval)
    {
        Text = text;
        Bound = bound;
        Value = value;
        ValueHigh = valueHigh;
        Tolerance = tolerance;
        Scale = scale;
        Unit = unit;
        Interval = interval;
    }

    /// <summary>The figure exactly as printed, e.g. <c>under $100</c>.</summary>
    public string Text { get; }

    /// <summary>How the text bounds the number.</summary>
    public BoundKind Bound { get; }

    /// <summary>The number as printed, without its scale word (for a range, its low side).</summary>
    public decimal Value { get; }

    /// <summary>The high side of a range; null otherwise.</summary>
    public decimal? ValueHigh { get; }

    /// <summary>The stated half-width for plus-minus or approximately; null when none was stated.</summary>
    public decimal? Tolerance { get; }

    /// <summary>The scale word printed with the number.</summary>
    public Scale Scale { get; }

    /// <summary>The unit.</summary>
    public Unit Unit { get; }

    /// <summary>The exact interval the text states, in <see cref="Unit"/>, scale applied (<c>$9 billion</c> → [9000000000, 9000000000]).</summary>
    public Interval Interval { get; }

    /// <summary>The figure as a quantity (interval and unit), for arithmetic.</summary>
    public Quantity Quantity => new(Interval, Unit);

    /// <summary>Tries to create a figure from parts that may disagree (user input); failure is an expected outcome here, not an exception.</summary>
    /// <param name="text">The printed text.</param>
    /// <param name="bound">The bound kind.</param>
    /// <param name="value">The number (low side for a range), without scale.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="scale">The scale word.</param>
    /// <param name="valueHigh">The high side, for <see cref="BoundKind.Range"/> only.</param>
    /// <param name="tolerance">The half-width, as for <see cref="Create"/>.</param>
    /// <param name="figure">The figure, when the parts agree.</param>
    /// <param name="error">Why not (with its code), when they do not.</param>
    /// <returns><see langword="true"/> when created.</returns>
    public static bool TryCreate(string text, BoundKind bound, decimal value, Unit unit, Scale scale, decimal? valueHigh, decimal? tolerance, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Figure? figure, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out EnergyFiguresException? error)
    {
        try
        {
            figure = Create(text, bound, value, unit, scale, valueHigh, tolerance);
            error = null;
            return true;
        }
        catch (EnergyFiguresException e)
        {
            figure = null;
            error = e;
            return false;
        }
    }

    /// <summary>
    /// Creates a figure, checking that its parts agree.
    /// </summary>
    /// <param name="text">The printed text.</param>
    /// <param name="bound">The bound kind.</param>
    /// <param name="value">The number (low side for a range), without scale.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="scale">The scale word.</param>
    /// <param name="valueHigh">The high side, for <see cref="BoundKind.Range"/> only.</param>
    /// <param name="tolerance">The half-width: required for <see cref="BoundKind.PlusMinus"/>, optional for <see cref="BoundKind.Approximately"/>, not allowed otherwise.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="EnergyFiguresException">The parts disagree (<see cref="ErrorCodes.InvalidFigure"/>).</exception>
    public static Figure Create(string text, BoundKind bound, decimal value, Unit unit, Scale scale = Scale.None, decimal? valueHigh = null, decimal? tolerance = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(unit);
        var problem = Check(bound, value, valueHigh, tolerance, out var code);
        if (problem is not null)
        {
            throw new EnergyFiguresException(code, problem);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new EnergyFiguresException(ErrorCodes.InvalidFigure, "A figure needs its printed text; expected e.g. \"$127 per 1,000 cubic meters\".");
        }

        CheckScaled(value, "value", scale);
        CheckScaled(valueHigh, "value_high", scale);
        CheckScaled(tolerance, "tolerance", scale);
        return new Figure(text, bound, value, valueHigh, tolerance, scale, unit, ComputeInterval(bound, value, valueHigh, tolerance, scale));
    }

    /// <summary>Throws <see cref="ErrorCodes.ScaledValueOutOfRange"/> when a stated number times its scale word does not fit a decimal exactly.</summary>
    private static void CheckScaled(decimal? number, string field, Scale scale)
    {
        if (number is not { } n || scale == Scale.None)
        {
            return;
        }

        var m = scale.Multiplier();
        if (!Numerics.DecimalMath.TryMultiply(n, m, out _, out bool exact) || !exact)
        {
            throw new EnergyFiguresException(
                ErrorCodes.ScaledValueOutOfRange,
                string.Create(CultureInfo.InvariantCulture, $"The {field} {n} times its scale '{scale.ToName()}' ({m}) does not fit a decimal exactly (at most 79228162514264337593543950335 and 28 significant digits); expected a number that, scaled, keeps every digit. Write the value with a smaller scale word, or fewer digits."));
        }
    }

    /// <summary>Checks the parts of a figure; returns null when they agree, else the problem.</summary>
    internal static string? Check(BoundKind bound, decimal value, decimal? valueHigh, decimal? tolerance, out string code)
    {
        code = ErrorCodes.InvalidFigure;
        if (bound == BoundKind.Range)
        {
            if (valueHigh is null)
            {
                code = ErrorCodes.RangeMissingSide;
                return "A range needs both sides; expected value_high for the high side.";
            }

            if (valueHigh < value)
            {
                code = ErrorCodes.LowAboveHigh;
                return string.Create(CultureInfo.InvariantCulture, $"The low side {value} is above the high side {valueHigh}; expected low ≤ high.");
            }
        }
        else if (valueHigh is not null)
        {
            code = ErrorCodes.UnexpectedValue;
            return $"value_high is given for a bound of kind '{bound.ToName()}'; expected it only for 'range'.";
        }

        if (bound == BoundKind.PlusMinus && tolerance is null)
        {
            code = ErrorCodes.BadTolerance;
            return "A plus-minus figure needs a tolerance; expected a positive number in 'tolerance'.";
        }

        if (tolerance is not null && bound is not (BoundKind.PlusMinus or BoundKind.Approximately))
        {
            code = ErrorCodes.UnexpectedValue;
            return $"A tolerance is given for a bound of kind '{bound.ToName()}'; expected it only for 'plus_minus' or 'approximately'.";
        }

        if (tolerance is <= 0m)
        {
            code = ErrorCodes.BadTolerance;
            return string.Create(CultureInfo.InvariantCulture, $"The tolerance {tolerance} is not positive; expected a positive half-width.");
        }

        return null;
    }

    /// <summary>
    /// The interval read with the implied precision of the printed digits: an exact "$9 billion" reads as
    /// [8.5, 9.5] billion, "1.5%" as [1.45, 1.55]; a range's sides widen likewise. One-sided bounds
    /// ("under $100") and stated tolerances are unchanged. The exact reading stays <see cref="Interval"/>.
    /// </summary>
    /// <returns>The widened interval.</returns>
    public Interval ImpliedPrecisionInterval()
    {
        var m = Scale.Multiplier();
        switch (Bound)
        {
            // Interval arithmetic, so that a value at the edge of the decimal range widens to unbounded
            // instead of overflowing.
            case BoundKind.Exact:
                return Interval.Point(Value).Widen(HalfUlp(Value)).Scale(m);
            case BoundKind.Range:
                return (Interval.Closed(Value, ValueHigh!.Value) + Interval.Closed(-HalfUlp(Value), HalfUlp(ValueHigh.Value))).Scale(m);
            default:
                return Interval;
        }
    }

    private string Describe(IFormatProvider provider)
    {
        var i = Interval;
        var unit = Plural(Unit.ToString("N", provider), Bound == BoundKind.Exact && i.IsPoint && i.Low == 1m);
        DescribedNumber N(decimal? d) => new(d, provider);
        DescribedNumber Scaled(decimal d)
        {
            if (Scale == Scale.None)
            {
                return N(d);
            }

            var scaled = Interval.Point(d).Scale(Scale.Multiplier());
            return scaled.IsPoint ? N(scaled.Low) : new(scaled.ToString(null, provider));
        }

        // One string per description: the numbers are written straight into it.
        return Bound switch
        {
            BoundKind.Exact => $"{N(i.Low)} {unit}",
            BoundKind.Under => $"less than {N(i.High)} {unit}",
            BoundKind.AtMost => $"at most {N(i.High)} {unit}",
            BoundKind.Over => $"more than {N(i.Low)} {unit}",
            BoundKind.AtLeast => $"at least {N(i.Low)} {unit}",
            BoundKind.Range => $"{N(i.Low)} to {N(i.High)} {unit}",
            BoundKind.Approximately => $"about {Scaled(Value)} ({N(i.Low)} to {N(i.High)}) {unit}",
            BoundKind.PlusMinus => $"{Scaled(Value)} ± {Scaled(Tolerance!.Value)} ({N(i.Low)} to {N(i.High)}) {unit}",
            _ => $"{i.ToString(null, provider)} {unit}",
        };
    }

    /// <summary>
    /// A number as <see cref="Describe"/> writes it: grouped with every digit (<see cref="Numerics.DecimalText.Grouped"/>),
    /// <c>?</c> for none, or a given text; it formats itself straight into the interpolated string.
    /// </summary>
    private readonly struct DescribedNumber : ISpanFormattable
    {
        private readonly decimal? _value;
        private readonly string? _text;
        private readonly IFormatProvider? _provider;

        public DescribedNumber(decimal? value, IFormatProvider provider)
        {
            _value = value;
            _provider = provider;
        }

        public DescribedNumber(string text) => _text = text;

        public override string ToString() => ToString(null, null);

        public string ToString(string? format, IFormatProvider? formatProvider) =>
            _text ?? (_value is { } v ? Numerics.DecimalText.Grouped(v, _provider) : "?");

        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        {
            if (_text is null && _value is { } v)
            {
                return Numerics.DecimalText.TryFormatGrouped(v, _provider, destination, out charsWritten);
            }

            var text = ToString(null, null);
            charsWritten = text.TryCopyTo(destination) ? text.Length : 0;
            return charsWritten == text.Length;
        }
    }

    /// <summary>A counted unit in the plural ("at most 5 years", not "5 year"); units with "per", symbols and plurals are left as they are.</summary>
    private static string Plural(string unit, bool one) =>
        !one && unit is "year" or "month" or "week" or "day" or "hour" or "minute" or "second" or "tonne" or "barrel" or "ton" ? unit + "s" : unit;

    private static decimal HalfUlp(decimal d) => new decimal(5, 0, 0, false, (byte)Math.Min(28, d.Scale + 1));

    internal static Interval ComputeInterval(BoundKind bound, decimal value, decimal? high, decimal? tolerance, Scale scale)
    {
        var m = scale.Multiplier();
        Interval raw = bound switch
        {
            BoundKind.Exact => Interval.Point(value),
            BoundKind.Approximately => Interval.Point(value).Widen(tolerance ?? HalfUlp(value)),
            BoundKind.Under => Interval.Below(value, inclusive: false),
            BoundKind.AtMost => Interval.Below(value, inclusive: true),
            BoundKind.Over => Interval.Above(value, inclusive: false),
            BoundKind.AtLeast => Interval.Above(value, inclusive: true),
            BoundKind.Range => Interval.Closed(value, high!.Value),
            BoundKind.PlusMinus => Interval.Point(value).Widen(tolerance!.Value),
            _ => throw new ArgumentOutOfRangeException(nameof(bound)),
        };
        return m == 1m ? raw : raw.Scale(m);
    }

    /// <inheritdoc />
    public bool Equals(Figure? other) =>
        other is not null
        && string.Equals(Text, other.Text, StringComparison.Ordinal)
        && Bound == other.Bound
        && SameDigits(Value, other.Value)
        && SameDigits(ValueHigh, other.ValueHigh)
        && SameDigits(Tolerance, other.Tolerance)
        && Scale == other.Scale
        && Unit == other.Unit;

    private static bool SameDigits(decimal? a, decimal? b) =>
        a is null ? b is null : b is not null && a.Value == b.Value && a.Value.Scale == b.Value.Scale;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Figure f && Equals(f);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Text, Bound, Value, Unit);

    /// <summary>The printed text, then the interval and unit: <c>under $100 (−∞, 100) USD/1000 m3</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>
    /// Formats the figure: <c>G</c> (default) gives text, interval and unit; <c>S</c> the stated text only;
    /// <c>I</c> the interval and unit; <c>D</c> a description for people (<c>less than 100 USD per 1,000 m³</c>,
    /// <c>4 to 6 % per year</c>, <c>9,000,000,000 USD</c>).
    /// </summary>
    /// <param name="format">G, S, I or D.</param>
    /// <param name="formatProvider">Culture for numbers; null means invariant.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        formatProvider ??= CultureInfo.InvariantCulture;
        return format switch
        {
            null or "" or "G" => $"{Text} {Interval.ToString(null, formatProvider)} {Unit}",
            "S" => Text,
            "I" => $"{Interval.ToString(null, formatProvider)} {Unit}",
            "D" => Describe(formatProvider),
            _ => throw new FormatException($"Unknown figure format '{format}'; expected G, S or I."),
        };
    }
}
