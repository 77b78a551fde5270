using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using EnergyFigures.Errors;

namespace EnergyFigures.Numerics;

/// <summary>
/// A set of real numbers between two ends, each end exact decimal, open or closed, or unbounded —
/// how a stated figure bounds its true value. "Under 100" is <c>(−∞, 100)</c>; "from 4 to 6" is
/// <c>[4, 6]</c>; "127" is <c>[127, 127]</c>.
/// </summary>
/// <remarks>
/// <para>Arithmetic is conservative: for every operation, every result of the operation on points taken
/// from the operands lies inside the result interval. When a decimal result is not exact it is widened by
/// one unit in its last place; when it would overflow the decimal range the end becomes unbounded.</para>
/// <para>Division by an interval whose interior contains zero gives <see cref="All"/> (the quotients
/// are unbounded on both sides). Division by an interval that touches zero at one end excludes the
/// undefined quotient at zero and is unbounded on that side. Division by exactly zero throws
/// <see cref="EnergyFiguresException"/> with code <see cref="ErrorCodes.DivisionByZero"/>.</para>
/// <para>The default value is the empty interval.</para>
/// </remarks>
public readonly struct Interval : IEquatable<Interval>, IFormattable, ISpanParsable<Interval>
{
    [Flags]
    private enum Ends : byte
    {
        None = 0,
        NonEmpty = 1,
        LowUnbounded = 2,
        HighUnbounded = 4,
        LowOpen = 8,
        HighOpen = 16,
    }

    private readonly decimal _low;
    private readonly decimal _high;
    private readonly Ends _ends;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Interval(decimal low, decimal high, Ends ends)
    {
        _low = (ends & Ends.LowUnbounded) != 0 ? 0m : low;
        _high = (ends & Ends.HighUnbounded) != 0 ? 0m : high;
        _ends = ends;
    }

    /// <summary>The empty interval.</summary>
    public static Interval Empty => default;

    /// <summary>All real numbers, <c>(−∞, +∞)</c>.</summary>
    public static Interval All => new(0, 0, Ends.NonEmpty | Ends.LowUnbounded | Ends.HighUnbounded | Ends.LowOpen | Ends.HighOpen);

    /// <summary>The single number <paramref name="value"/>, <c>[v, v]</c>.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The point interval.</returns>
    public static Interval Point(decimal value) => new(value, value, Ends.NonEmpty);

    /// <summary>The closed interval <c>[low, high]</c>.</summary>
    /// <param name="low">Low end, included.</param>
    /// <param name="high">High end, included.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="EnergyFiguresException"><paramref name="low"/> is above <paramref name="high"/> (<see cref="ErrorCodes.InvalidInterval"/>).</exception>
    public static Interval Closed(decimal low, decimal high) => Create(low, false, high, false);

    /// <summary>An interval with two finite ends, each open or closed.</summary>
    /// <param name="low">Low end.</param>
    /// <param name="lowOpen">Whether the low end is excluded.</param>
    /// <param name="high">High end.</param>
    /// <param name="highOpen">Whether the high end is excluded.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="EnergyFiguresException">The interval would be empty (<see cref="ErrorCodes.InvalidInterval"/>).</exception>
    public static Interval Create(decimal low, bool lowOpen, decimal high, bool highOpen)
    {
        if (low > high || (low == high && (lowOpen || highOpen)))
        {
            throw new EnergyFiguresException(
                ErrorCodes.InvalidInterval,
                string.Create(CultureInfo.InvariantCulture, $"An interval from {low} to {high} with those ends is empty; expected the low end below the high end."));
        }

        var ends = Ends.NonEmpty;
        if (lowOpen)
        {
            ends |= Ends.LowOpen;
        }

        if (highOpen)
        {
            ends |= Ends.HighOpen;
        }

        return new Interval(low, high, ends);
    }

    /// <summary>All numbers below <paramref name="high"/>: <c>(−∞, high)</c>, or <c>(−∞, high]</c> when <paramref name="inclusive"/>.</summary>
    /// <param name="high">The high end.</param>
    /// <param name="inclusive">Whether <paramref name="high"/> itself is included.</param>
    /// <returns>The interval.</returns>
    public static Interval Below(decimal high, bool inclusive) =>
        new(0, high, Ends.NonEmpty | Ends.LowUnbounded | Ends.LowOpen | (inclusive ? Ends.None : Ends.HighOpen));

    /// <summary>All numbers above <paramref name="low"/>: <c>(low, +∞)</c>, or <c>[low, +∞)</c> when <paramref name="inclusive"/>.</summary>
    /// <param name="low">The low end.</param>
    /// <param name="inclusive">Whether <paramref name="low"/> itself is included.</param>
    /// <returns>The interval.</returns>
    public static Interval Above(decimal low, bool inclusive) =>
        new(low, 0, Ends.NonEmpty | Ends.HighUnbounded | Ends.HighOpen | (inclusive ? Ends.None : Ends.LowOpen));

    /// <summary>Whether the interval holds no number.</summary>
    public bool IsEmpty => (_ends & Ends.NonEmpty) == 0;

    /// <summary>Whether the interval is a single number.</summary>
    public bool IsPoint => !IsEmpty && HasLow && HasHigh && _low == _high;

    /// <summary>Whether the low end is finite.</summary>
    public bool HasLow => !IsEmpty && (_ends & Ends.LowUnbounded) == 0;

    /// <summary>Whether the high end is finite.</summary>
    public bool HasHigh => !IsEmpty && (_ends & Ends.HighUnbounded) == 0;

    /// <summary>Whether both ends are finite.</summary>
    public bool IsBounded => HasLow && HasHigh;

    /// <summary>The low end, or <see langword="null"/> when unbounded below (or empty).</summary>
    public decimal? Low => HasLow ? _low : null;

    /// <summary>The high end, or <see langword="null"/> when unbounded above (or empty).</summary>
    public decimal? High => HasHigh ? _high : null;

    /// <summary>Whether the low end is excluded (always true when unbounded).</summary>
    public bool LowOpen => (_ends & Ends.LowOpen) != 0;

    /// <summary>Whether the high end is excluded (always true when unbounded).</summary>
    public bool HighOpen => (_ends & Ends.HighOpen) != 0;

    /// <summary>The middle of a bounded interval, or <see langword="null"/> when an end is unbounded.</summary>
    public decimal? Midpoint => IsBounded ? MidpointOf(_low, _high) : null;

    private static decimal MidpointOf(decimal low, decimal high)
    {
        if (low == high)
        {
            return low;
        }

        try
        {
            return (low / 2m) + (high / 2m);
        }
        catch (OverflowException)
        {
            // Both halves near the top (or bottom) of the decimal range: the ends have the same sign here,
            // so the difference fits.
            return low + ((high - low) / 2m);
        }
    }

    /// <summary>The width of a bounded interval, or <see langword="null"/> when an end is unbounded.</summary>
    public decimal? Width
    {
        get
        {
            if (!IsBounded)
            {
                return null;
            }

            return DecimalMath.TryAdd(_high, -_low, out var w, out var exact) && DecimalMath.TryUp(w, exact, out var up) ? up : null;
        }
    }

    /// <summary>Whether <paramref name="value"/> lies in the interval.</summary>
    /// <param name="value">The number.</param>
    /// <returns><see langword="true"/> when it lies inside.</returns>
    public bool Contains(decimal value)
    {
        if (IsEmpty)
        {
            return false;
        }

        if (HasLow && (value < _low || (value == _low && LowOpen)))
        {
            return false;
        }

        return !HasHigh || (value <= _high && (value != _high || !HighOpen));
    }

    /// <summary>Whether every number of <paramref name="other"/> lies in this interval.</summary>
    /// <param name="other">The other interval.</param>
    /// <returns><see langword="true"/> when it is a subset.</returns>
    public bool Contains(Interval other)
    {
        if (other.IsEmpty)
        {
            return true;
        }

        if (IsEmpty)
        {
            return false;
        }

        bool lowOk = !HasLow || (other.HasLow && (other._low > _low || (other._low == _low && (!LowOpen || other.LowOpen))));
        bool highOk = !HasHigh || (other.HasHigh && (other._high < _high || (other._high == _high && (!HighOpen || other.HighOpen))));
        return lowOk && highOk;
    }

    /// <summary>The numbers in both intervals (possibly empty).</summary>
    /// <param name="other">The other interval.</param>
    /// <returns>The intersection.</returns>
    public Interval Intersect(Interval other)
    {
        if (IsEmpty || other.IsEmpty)
        {
            return Empty;
        }

        var low = MaxLow(AsLow(), other.AsLow());
        var high = MinHigh(AsHigh(), other.AsHigh());
        return FromEnds(low, high);
    }

    /// <summary>Whether the two intervals share at least one number.</summary>
    /// <param name="other">The other interval.</param>
    /// <returns><see langword="true"/> when they overlap.</returns>
    public bool Overlaps(Interval other) => !Intersect(other).IsEmpty;

    /// <summary>The smallest interval holding both intervals.</summary>
    /// <param name="other">The other interval.</param>
    /// <returns>The hull.</returns>
    public Interval Hull(Interval other)
    {
        if (IsEmpty)
        {
            return other;
        }

        if (other.IsEmpty)
        {
            return this;
        }

        var a = AsLow();
        var b = other.AsLow();
        var low = a.Inf || b.Inf ? End.NegInf : (a.Value < b.Value ? a : b.Value < a.Value ? b : new End(a.Value, a.Open && b.Open, false));
        var c = AsHigh();
        var d = other.AsHigh();
        var high = c.Inf || d.Inf ? End.PosInf : (c.Value > d.Value ? c : d.Value > c.Value ? d : new End(c.Value, c.Open && d.Open, false));
        return FromEnds(low, high);
    }

    /// <summary>The interval of −x for every x in the interval.</summary>
    /// <returns>The negated interval.</returns>
    public Interval Negate()
    {
        if (IsEmpty)
        {
            return Empty;
        }

        var low = AsHigh();
        var high = AsLow();
        return FromEnds(new End(-low.Value, low.Open, low.Inf), new End(-high.Value, high.Open, high.Inf));
    }

    /// <summary>Adds two intervals: every x + y.</summary>
    /// <param name="other">The other interval.</param>
    /// <returns>The conservative sum.</returns>
    public Interval Add(Interval other)
    {
        if (IsEmpty || other.IsEmpty)
        {
            return Empty;
        }

        var a = AsLow();
        var b = other.AsLow();
        End low;
        if (a.Inf || b.Inf || !DecimalMath.TryAdd(a.Value, b.Value, out var l, out var le) || !DecimalMath.TryDown(l, le, out var ld))
        {
            low = End.NegInf;
        }
        else
        {
            low = new End(ld, le && (a.Open || b.Open), false);
        }

        var c = AsHigh();
        var d = other.AsHigh();
        End high;
        if (c.Inf || d.Inf || !DecimalMath.TryAdd(c.Value, d.Value, out var h, out var he) || !DecimalMath.TryUp(h, he, out var hu))
        {
            high = End.PosInf;
        }
        else
        {
            high = new End(hu, he && (c.Open || d.Open), false);
        }

        return FromEnds(low, high);
    }

    /// <summary>Subtracts: every x − y.</summary>
    /// <param name="other">The interval subtracted.</param>
    /// <returns>The conservative difference.</returns>
    /// <remarks>
    /// The same ends as <c>Add(other.Negate())</c>, bit for bit: low = low − other's high rounded down, high = high −
    /// other's low rounded up, each end open only when exact and an operand end is open; computed on the fields
    /// directly, without the negated interval.
    /// </remarks>
    public Interval Subtract(Interval other)
    {
        if (IsEmpty || other.IsEmpty)
        {
            return Empty;
        }

        var ends = Ends.NonEmpty;
        decimal low = 0m;
        if (HasLow && other.HasHigh && DecimalMath.TryAdd(_low, -other._high, out var l, out var le) && (le ? Keep(l, out low) : DecimalMath.TryDown(l, le, out low)))
        {
            if (le && (LowOpen || other.HighOpen))
            {
                ends |= Ends.LowOpen;
            }
        }
        else
        {
            ends |= Ends.LowUnbounded | Ends.LowOpen;
        }

        decimal high = 0m;
        if (HasHigh && other.HasLow && DecimalMath.TryAdd(_high, -other._low, out var h, out var he) && (he ? Keep(h, out high) : DecimalMath.TryUp(h, he, out high)))
        {
            if (he && (HighOpen || other.LowOpen))
            {
                ends |= Ends.HighOpen;
            }
        }
        else
        {
            ends |= Ends.HighUnbounded | Ends.HighOpen;
        }

        if ((ends & (Ends.LowUnbounded | Ends.HighUnbounded)) == 0)
        {
            int c = DecimalMath.Compare(low, high);
            if (c > 0 || (c == 0 && (ends & (Ends.LowOpen | Ends.HighOpen)) != 0))
            {
                return Empty;
            }
        }

        return new Interval(low, high, ends);
    }

    /// <summary>An exact end, kept as it is (what <see cref="DecimalMath.TryDown"/> and <see cref="DecimalMath.TryUp"/> give for an exact result).</summary>
    private static bool Keep(decimal exact, out decimal end)
    {
        end = exact;
        return true;
    }

    /// <summary>Multiplies: every x × y.</summary>
    /// <param name="other">The other interval.</param>
    /// <returns>The conservative product.</returns>
    public Interval Multiply(Interval other)
    {
        if (IsEmpty || other.IsEmpty)
        {
            return Empty;
        }

        if (HasLow && HasHigh && other.HasLow && other.HasHigh && _low > 0m && other._low > 0m)
        {
            // Both strictly positive and bounded: low × low and high × high are the ends (two products, not four).
            Span<Candidate> two = stackalloc Candidate[2];
            two[0] = Product(AsLow(), other.AsLow());
            two[1] = Product(AsHigh(), other.AsHigh());
            return FromCandidates(two);
        }

        Span<Candidate> c = stackalloc Candidate[4];
        c[0] = Product(AsLow(), other.AsLow());
        c[1] = Product(AsLow(), other.AsHigh());
        c[2] = Product(AsHigh(), other.AsLow());
        c[3] = Product(AsHigh(), other.AsHigh());
        return FromCandidates(c);
    }

    /// <summary>Divides: every x ÷ y for y ≠ 0 in <paramref name="divisor"/>.</summary>
    /// <param name="divisor">The divisor.</param>
    /// <returns>The conservative quotient; <see cref="All"/> when the divisor's interior contains zero.</returns>
    /// <exception cref="EnergyFiguresException">The divisor is exactly zero (<see cref="ErrorCodes.DivisionByZero"/>).</exception>
    public Interval Divide(Interval divisor) =>
        TryDivideByPositive(divisor, out var quotient) ? quotient : DivideGeneral(divisor);

    /// <summary>
    /// The fast path of <see cref="Divide"/>, for a bounded, strictly positive divisor [dl, dh] (a price or a rate
    /// compared with) and the common quotients: what <see cref="DivideGeneral"/> gives — the same candidate
    /// quotients, folded in the same order with the same rules for ties and open ends — computed on the decimals
    /// directly. It gives up (<see langword="false"/>; the caller then runs <see cref="DivideGeneral"/>) for any other
    /// divisor, and when a quotient overflows or underflows or its outward rounding cannot be done by a step of the
    /// mantissa.
    /// </summary>
    private bool TryDivideByPositive(in Interval divisor, out Interval quotient)
    {
        quotient = default;
        if (IsEmpty || !divisor.IsBounded || divisor._low <= 0m)
        {
            return false;
        }

        decimal dl = divisor._low, dh = divisor._high;
        bool dlOpen = divisor.LowOpen, dhOpen = divisor.HighOpen;
        decimal low, high, d, u;
        bool lowOpen, highOpen, open;
        if (HasLow && HasHigh && _low > 0m)
        {
            // Both positive: low ÷ dh and high ÷ dl are the candidates.
            if (!TryEndQuotient(_low, LowOpen, dh, dhOpen, out low, out high, out lowOpen)
                || !TryEndQuotient(_high, HighOpen, dl, dlOpen, out d, out u, out open))
            {
                return false;
            }

            highOpen = lowOpen;
            Fold(ref low, ref lowOpen, ref high, ref highOpen, d, u, open);
            quotient = FromFiniteEnds(low, lowOpen, high, highOpen);
            return true;
        }

        // Four candidates, in the order of DivideGeneral: low ÷ dl, low ÷ dh, high ÷ dl, high ÷ dh. An unbounded
        // end's two candidates are unbounded: −∞ ÷ y makes the low end −∞ for good (and contributes nothing above the
        // lowest decimal, open), +∞ ÷ y the high end +∞ (and nothing below the highest decimal, open).
        if (HasLow)
        {
            if (!TryEndQuotient(_low, LowOpen, dl, dlOpen, out low, out high, out lowOpen)
                || !TryEndQuotient(_low, LowOpen, dh, dhOpen, out d, out u, out open))
            {
                return false;
            }

            highOpen = lowOpen;
            Fold(ref low, ref lowOpen, ref high, ref highOpen, d, u, open);
        }
        else
        {
            low = 0m;
            lowOpen = true;
            high = decimal.MinValue;
            highOpen = true;
        }

        if (!HasHigh)
        {
            // high ÷ y is +∞: the high end is unbounded; the low end is unchanged (the highest decimal, open, is not below it).
            quotient = HasLow ? new Interval(low, 0m, Ends.NonEmpty | Ends.HighUnbounded | Ends.HighOpen | (lowOpen ? Ends.LowOpen : Ends.None)) : All;
            return true;
        }

        if (!TryEndQuotient(_high, HighOpen, dl, dlOpen, out d, out u, out open))
        {
            return false;
        }

        Fold(ref low, ref lowOpen, ref high, ref highOpen, d, u, open);
        if (!TryEndQuotient(_high, HighOpen, dh, dhOpen, out d, out u, out open))
        {
            return false;
        }

        Fold(ref low, ref lowOpen, ref high, ref highOpen, d, u, open);
        quotient = HasLow
            ? FromFiniteEnds(low, lowOpen, high, highOpen)
            : new Interval(0m, high, Ends.NonEmpty | Ends.LowUnbounded | Ends.LowOpen | (highOpen ? Ends.HighOpen : Ends.None));
        return true;
    }

    /// <summary>
    /// One candidate x ÷ y of <see cref="TryDivideByPositive"/> (x a finite end, y &gt; 0 a finite end of the divisor):
    /// the quotient rounded down and up, open only when exact and an operand end is open (0 ÷ y is 0, open when x is).
    /// <see langword="false"/> when the quotient overflows or underflows, or a rounding is not a step of the mantissa.
    /// </summary>
    private static bool TryEndQuotient(decimal x, bool xOpen, decimal y, bool yOpen, out decimal down, out decimal up, out bool open)
    {
        if (x == 0m)
        {
            down = 0m;
            up = 0m;
            open = xOpen;
            return true;
        }

        if (!DecimalMath.TryDivide(x, y, out var r, out var exact))
        {
            down = up = 0m;
            open = false;
            return false;
        }

        if (exact)
        {
            down = r;
            up = r;
            open = xOpen || yOpen;
            return true;
        }

        open = false;
        up = 0m;
        down = 0m;
        return r != 0m && DecimalMath.TryStep(r, up: false, out down) && DecimalMath.TryStep(r, up: true, out up);
    }

    /// <summary>Folds one finite candidate into the ends, as <see cref="FromCandidates"/> does: a smaller low end (or an equal closed one) replaces the low end; a larger high end (or an equal closed one) the high end.</summary>
    private static void Fold(ref decimal low, ref bool lowOpen, ref decimal high, ref bool highOpen, decimal down, decimal up, bool open)
    {
        int c = DecimalMath.Compare(down, low);
        if (c < 0 || (c == 0 && !open))
        {
            low = down;
            lowOpen = open;
        }

        c = DecimalMath.Compare(up, high);
        if (c > 0 || (c == 0 && !open))
        {
            high = up;
            highOpen = open;
        }
    }

    /// <summary>The interval between two finite ends, empty when they cross (as <see cref="FromEnds"/>).</summary>
    private static Interval FromFiniteEnds(decimal low, bool lowOpen, decimal high, bool highOpen)
    {
        int c = DecimalMath.Compare(low, high);
        if (c > 0 || (c == 0 && (lowOpen || highOpen)))
        {
            return Empty;
        }

        return new Interval(low, high, Ends.NonEmpty | (lowOpen ? Ends.LowOpen : Ends.None) | (highOpen ? Ends.HighOpen : Ends.None));
    }

    /// <summary>
    /// <see cref="Divide"/> for every divisor: the general algorithm (two or four candidate quotients, then their
    /// hull), which <see cref="Divide"/> falls back to when the divisor is not bounded and strictly positive.
    /// </summary>
    /// <param name="divisor">The divisor.</param>
    /// <returns>The conservative quotient.</returns>
    internal Interval DivideGeneral(Interval divisor)
    {
        if (IsEmpty || divisor.IsEmpty)
        {
            return Empty;
        }

        if (divisor.IsPoint && divisor._low == 0m)
        {
            throw new EnergyFiguresException(ErrorCodes.DivisionByZero, "Division by zero: the divisor is exactly 0; expected a divisor with at least one non-zero value.");
        }

        var dl = divisor.AsLow();
        var dh = divisor.AsHigh();
        bool lowBelowZero = dl.Inf || dl.Value < 0m;
        bool highAboveZero = dh.Inf || dh.Value > 0m;
        if (lowBelowZero && highAboveZero)
        {
            return All;
        }

        if (HasLow && HasHigh && divisor.HasLow && divisor.HasHigh && _low > 0m && divisor._low > 0m)
        {
            // Both strictly positive and bounded (the common case of prices and rates): the smallest quotient is
            // low ÷ high and the largest high ÷ low, so two divisions give the same ends as the four below.
            Span<Candidate> two = stackalloc Candidate[2];
            two[0] = Quotient(AsLow(), dh, positiveDivisor: true);
            two[1] = Quotient(AsHigh(), dl, positiveDivisor: true);
            return FromCandidates(two);
        }

        Span<Candidate> c = stackalloc Candidate[4];
        c[0] = Quotient(AsLow(), dl, positiveDivisor: highAboveZero);
        c[1] = Quotient(AsLow(), dh, positiveDivisor: highAboveZero);
        c[2] = Quotient(AsHigh(), dl, positiveDivisor: highAboveZero);
        c[3] = Quotient(AsHigh(), dh, positiveDivisor: highAboveZero);
        return FromCandidates(c);
    }

    /// <summary>
    /// The interval with the trailing zeros of its finite ends dropped (27.00 → 27; <see cref="DecimalMath.Normalize"/>),
    /// the numbers and the ends' kinds unchanged; the interval itself when there are none.
    /// </summary>
    /// <returns>The interval in normal form.</returns>
    internal Interval WithoutTrailingZeros()
    {
        bool lowKept = (_ends & Ends.LowUnbounded) != 0 || DecimalMath.IsNormalized(_low);
        bool highKept = (_ends & Ends.HighUnbounded) != 0 || DecimalMath.IsNormalized(_high);
        if (IsEmpty || (lowKept && highKept))
        {
            return this;
        }

        return new Interval(lowKept ? _low : DecimalMath.Normalize(_low), highKept ? _high : DecimalMath.Normalize(_high), _ends);
    }

    /// <summary>Multiplies every number by a constant.</summary>
    /// <param name="factor">The constant.</param>
    /// <returns>The scaled interval.</returns>
    public Interval Scale(decimal factor) => Multiply(Point(factor));

    /// <summary>The interval widened by <paramref name="amount"/> on each finite side (closed ends stay closed).</summary>
    /// <param name="amount">A non-negative amount.</param>
    /// <returns>The widened interval.</returns>
    public Interval Widen(decimal amount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        return Add(Create(-amount, false, amount, false));
    }

    /// <summary>Sum of two intervals.</summary>
    /// <param name="a">Left.</param>
    /// <param name="b">Right.</param>
    /// <returns>The conservative sum.</returns>
    public static Interval operator +(Interval a, Interval b) => a.Add(b);

    /// <summary>Difference of two intervals.</summary>
    /// <param name="a">Left.</param>
    /// <param name="b">Right.</param>
    /// <returns>The conservative difference.</returns>
    public static Interval operator -(Interval a, Interval b) => a.Subtract(b);

    /// <summary>Negation.</summary>
    /// <param name="a">The interval.</param>
    /// <returns>The negated interval.</returns>
    public static Interval operator -(Interval a) => a.Negate();

    /// <summary>Product of two intervals.</summary>
    /// <param name="a">Left.</param>
    /// <param name="b">Right.</param>
    /// <returns>The conservative product.</returns>
    public static Interval operator *(Interval a, Interval b) => a.Multiply(b);

    /// <summary>Quotient of two intervals (see <see cref="Divide"/>).</summary>
    /// <param name="a">Dividend.</param>
    /// <param name="b">Divisor.</param>
    /// <returns>The conservative quotient.</returns>
    public static Interval operator /(Interval a, Interval b) => a.Divide(b);

    /// <summary>Equality of ends and openness.</summary>
    /// <param name="a">Left.</param>
    /// <param name="b">Right.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(Interval a, Interval b) => a.Equals(b);

    /// <summary>Inequality.</summary>
    /// <param name="a">Left.</param>
    /// <param name="b">Right.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(Interval a, Interval b) => !a.Equals(b);

    /// <inheritdoc />
    public bool Equals(Interval other) => _ends == other._ends && _low == other._low && _high == other._high;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Interval other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_ends, _low, _high);

    /// <summary>Formats as <c>[4, 6]</c>, <c>(−∞, 100)</c>, <c>[127, 127]</c> or <c>∅</c>, with the invariant culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>
    /// Formats the interval: null or <c>"E"</c> for the exact ends (what <see cref="Parse"/> reads back);
    /// <c>"R"</c> for people (the policy of <c>Formatting.Readable.Interval</c>: shortened ends rounded outward and
    /// marked <c>≈</c>); any other string is a .NET decimal format applied to each finite end.
    /// </summary>
    /// <param name="format">null, "E", "R", or a decimal format for the ends.</param>
    /// <param name="formatProvider">The culture; null means the invariant culture.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        formatProvider ??= CultureInfo.InvariantCulture;
        if (format == "R")
        {
            return ReadableText.Interval(this);
        }

        if (format == "E")
        {
            format = null;
        }

        if (IsEmpty)
        {
            return "∅";
        }

        var sb = new StringBuilder();
        sb.Append(LowOpen ? '(' : '[');
        sb.Append(HasLow ? _low.ToString(format, formatProvider) : "−∞");
        sb.Append(", ");
        sb.Append(HasHigh ? _high.ToString(format, formatProvider) : "+∞");
        sb.Append(HighOpen ? ')' : ']');
        return sb.ToString();
    }

    /// <summary>
    /// The mean of exact values as an interval that contains the true mean: the sum is taken with interval
    /// addition (never rounded inward) and divided by the count with interval division, so a mean whose
    /// division does not terminate (7 ÷ 3) is the tightest decimal interval around it, not a rounded point.
    /// </summary>
    /// <param name="values">The values (at least one).</param>
    /// <returns>The mean.</returns>
    /// <exception cref="EnergyFiguresException">No value (<see cref="ErrorCodes.InvalidInterval"/>).</exception>
    public static Interval MeanOf(IEnumerable<decimal> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sum = Point(0m);
        int count = 0;
        foreach (var v in values)
        {
            sum += Point(v);
            count++;
        }

        return count == 0
            ? throw new EnergyFiguresException(ErrorCodes.InvalidInterval, "A mean needs at least one value; expected one or more observations.")
            : sum / Point(count);
    }

    /// <summary>Tries to parse the form written by <see cref="ToString()"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="interval">The interval, when parsed.</param>
    /// <returns><see langword="true"/> when parsed.</returns>
    public static bool TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? text, out Interval interval)
    {
        interval = default;
        if (text is null)
        {
            return false;
        }

        try
        {
            interval = Parse(text);
            return true;
        }
        catch (EnergyFiguresException e) when (e.Code == ErrorCodes.InvalidInterval)
        {
            return false;
        }
    }

    // The generic parsing model (IParsable/ISpanParsable, as Unit and Period): the provider is ignored
    // because the syntax is culture-invariant.
    static Interval IParsable<Interval>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<Interval>.TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? s, IFormatProvider? provider, out Interval result) => TryParse(s, out result);

    static Interval ISpanParsable<Interval>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s.ToString());

    static bool ISpanParsable<Interval>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Interval result) => TryParse(s.ToString(), out result);

    /// <summary>Parses the form written by <see cref="ToString()"/> (also accepting <c>-inf</c>/<c>+inf</c> and <c>inf</c>).</summary>
    /// <param name="text">The text, e.g. <c>(−∞, 100)</c>.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="EnergyFiguresException">Malformed text (<see cref="ErrorCodes.InvalidInterval"/>).</exception>
    public static Interval Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        if (t == "∅")
        {
            return Empty;
        }

        if (t.Length < 5 || (t[0] != '[' && t[0] != '(') || (t[^1] != ']' && t[^1] != ')'))
        {
            throw Malformed(text);
        }

        var parts = t[1..^1].Split(',');
        if (parts.Length != 2)
        {
            throw Malformed(text);
        }

        bool lowOpen = t[0] == '(';
        bool highOpen = t[^1] == ')';
        var lo = parts[0].Trim();
        var hi = parts[1].Trim();
        bool loInf = lo is "−∞" or "-∞" or "-inf" or "−inf";
        bool hiInf = hi is "+∞" or "∞" or "+inf" or "inf";
        decimal l = 0, h = 0;
        if ((!loInf && !decimal.TryParse(lo, NumberStyles.Number & ~NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out l))
            || (!hiInf && !decimal.TryParse(hi, NumberStyles.Number & ~NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out h)))
        {
            throw Malformed(text);
        }

        if ((!loInf && !DecimalMath.KeepsEveryDigit(lo, l)) || (!hiInf && !DecimalMath.KeepsEveryDigit(hi, h)))
        {
            // A rounded end would not be conservative (the rounded low end may lie above the true one).
            throw new EnergyFiguresException(ErrorCodes.InvalidInterval, $"'{text}' has an end with more digits than a decimal keeps exactly; expected at most 28 significant digits per end.");
        }

        if ((loInf && !lowOpen) || (hiInf && !highOpen))
        {
            throw Malformed(text);
        }

        return (loInf, hiInf) switch
        {
            (true, true) => All,
            (true, false) => Below(h, !highOpen),
            (false, true) => Above(l, !lowOpen),
            _ => Create(l, lowOpen, h, highOpen),
        };
    }

    private static EnergyFiguresException Malformed(string text) =>
        new(ErrorCodes.InvalidInterval, $"'{text}' is not an interval; expected a form such as [4, 6], (−∞, 100) or [127, 127].");

    // ---- internals: ends as extended reals ----

    private readonly record struct End(decimal Value, bool Open, bool Inf)
    {
        public static End NegInf => new(-1, true, true);

        public static End PosInf => new(1, true, true);

        public int Sign => Inf ? Math.Sign(Value) : Math.Sign(Value);
    }

    private readonly record struct Candidate(decimal Value, bool Open, int InfSign, bool Inexact, decimal Down, decimal Up, bool DownOverflow, bool UpOverflow);

    private End AsLow() => HasLow ? new End(_low, LowOpen, false) : End.NegInf;

    private End AsHigh() => HasHigh ? new End(_high, HighOpen, false) : End.PosInf;

    private static End MaxLow(End a, End b)
    {
        if (a.Inf)
        {
            return b;
        }

        if (b.Inf)
        {
            return a;
        }

        if (a.Value != b.Value)
        {
            return a.Value > b.Value ? a : b;
        }

        return new End(a.Value, a.Open || b.Open, false);
    }

    private static End MinHigh(End a, End b)
    {
        if (a.Inf)
        {
            return b;
        }

        if (b.Inf)
        {
            return a;
        }

        if (a.Value != b.Value)
        {
            return a.Value < b.Value ? a : b;
        }

        return new End(a.Value, a.Open || b.Open, false);
    }

    private static Interval FromEnds(End low, End high)
    {
        if (!low.Inf && !high.Inf && (low.Value > high.Value || (low.Value == high.Value && (low.Open || high.Open))))
        {
            return Empty;
        }

        var ends = Ends.NonEmpty;
        if (low.Inf)
        {
            ends |= Ends.LowUnbounded | Ends.LowOpen;
        }
        else if (low.Open)
        {
            ends |= Ends.LowOpen;
        }

        if (high.Inf)
        {
            ends |= Ends.HighUnbounded | Ends.HighOpen;
        }
        else if (high.Open)
        {
            ends |= Ends.HighOpen;
        }

        return new Interval(low.Value, high.Value, ends);
    }

    private static Candidate Product(End x, End y)
    {
        // A closed zero end makes the product 0 attained, whatever the other end.
        if ((!x.Inf && x.Value == 0m) || (!y.Inf && y.Value == 0m))
        {
            bool zeroClosed = (!x.Inf && x.Value == 0m && !x.Open) || (!y.Inf && y.Value == 0m && !y.Open);
            bool open = !zeroClosed;
            return new Candidate(0m, open, 0, false, 0m, 0m, false, false);
        }

        if (x.Inf || y.Inf)
        {
            return new Candidate(0m, true, x.Sign * y.Sign, false, 0m, 0m, false, false);
        }

        if (!DecimalMath.TryMultiply(x.Value, y.Value, out var r, out var exact))
        {
            return new Candidate(0m, true, Math.Sign(x.Value) * Math.Sign(y.Value), false, 0m, 0m, false, false);
        }

        return r == 0m && !exact ? Underflow(Math.Sign(x.Value) * Math.Sign(y.Value)) : Finite(r, exact, x.Open || y.Open);
    }

    private static Candidate Quotient(End x, End y, bool positiveDivisor)
    {
        // y is an end of a divisor that lies on one side of zero (it may touch zero at an end).
        int ySign = y.Inf ? y.Sign : (y.Value == 0m ? (positiveDivisor ? 1 : -1) : Math.Sign(y.Value));
        if (!x.Inf && x.Value == 0m)
        {
            return new Candidate(0m, x.Open, 0, false, 0m, 0m, false, false);
        }

        if (y.Inf)
        {
            // x / ±∞ tends to 0 but never reaches it.
            return new Candidate(0m, true, 0, false, 0m, 0m, false, false);
        }

        if (y.Value == 0m)
        {
            // x / (0⁺ or 0⁻) tends to ±∞.
            return new Candidate(0m, true, x.Sign * ySign, false, 0m, 0m, false, false);
        }

        if (x.Inf)
        {
            return new Candidate(0m, true, x.Sign * ySign, false, 0m, 0m, false, false);
        }

        if (!DecimalMath.TryDivide(x.Value, y.Value, out var r, out var exact))
        {
            return new Candidate(0m, true, Math.Sign(x.Value) * ySign, false, 0m, 0m, false, false);
        }

        return r == 0m && !exact ? Underflow(Math.Sign(x.Value) * ySign) : Finite(r, exact, x.Open || y.Open);
    }

    /// <summary>
    /// A non-zero product or quotient too small for a decimal (it rounded to 0): the true value lies strictly
    /// between 0 and the smallest decimal of its sign, so the ends are (0, 1e-28) or (-1e-28, 0), both open.
    /// </summary>
    private static Candidate Underflow(int sign) => sign > 0
        ? new Candidate(0m, true, 0, true, 0m, SmallestPositive, false, false)
        : new Candidate(0m, true, 0, true, -SmallestPositive, 0m, false, false);

    private const decimal SmallestPositive = 0.0000000000000000000000000001m;

    private static Candidate Finite(decimal r, bool exact, bool open)
    {
        bool downOk = DecimalMath.TryDown(r, exact, out var down);
        bool upOk = DecimalMath.TryUp(r, exact, out var up);
        return new Candidate(r, exact && open, 0, !exact, down, up, !downOk, !upOk);
    }

    private static Interval FromCandidates(ReadOnlySpan<Candidate> c)
    {
        // Low end: the smallest candidate (rounded down); high end: the largest (rounded up).
        End low = default;
        bool haveLow = false;
        End high = default;
        bool haveHigh = false;
        foreach (var k in c)
        {
            End lo = k.InfSign != 0
                ? (k.InfSign < 0 ? End.NegInf : new End(decimal.MaxValue, true, false))
                : (k.DownOverflow ? End.NegInf : new End(k.Down, k.Open, false));
            End hi = k.InfSign != 0
                ? (k.InfSign > 0 ? End.PosInf : new End(decimal.MinValue, true, false))
                : (k.UpOverflow ? End.PosInf : new End(k.Up, k.Open, false));

            if (!haveLow || Less(lo, low))
            {
                low = lo;
                haveLow = true;
            }
            else if (!lo.Inf && !low.Inf && lo.Value == low.Value && !lo.Open)
            {
                low = lo;
            }

            if (!haveHigh || Greater(hi, high))
            {
                high = hi;
                haveHigh = true;
            }
            else if (!hi.Inf && !high.Inf && hi.Value == high.Value && !hi.Open)
            {
                high = hi;
            }
        }

        return FromEnds(low, high);
    }

    private static bool Less(End a, End b)
    {
        if (a.Inf && a.Value < 0)
        {
            return !(b.Inf && b.Value < 0);
        }

        if (b.Inf && b.Value < 0)
        {
            return false;
        }

        return a.Value < b.Value;
    }

    private static bool Greater(End a, End b)
    {
        if (a.Inf && a.Value > 0)
        {
            return !(b.Inf && b.Value > 0);
        }

        if (b.Inf && b.Value > 0)
        {
            return false;
        }

        return a.Value > b.Value;
    }
}
