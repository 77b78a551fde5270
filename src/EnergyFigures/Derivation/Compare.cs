using EnergyFigures.Numerics;
using EnergyFigures.Units;
using EnergyFigures.Errors;

namespace EnergyFigures.Derivation;

/// <summary>
/// Comparisons of stated figures, each returned as a <see cref="DerivedFigure"/> with its lineage:
/// difference, ratio, relative premium or discount, spread in percentage points, and an ordering answer.
/// The second figure is converted to the first's unit (through the given assumptions when the dimensions
/// differ); a conversion that needs an assumption and has none fails, naming what is missing.
/// </summary>
public static partial class Compare
{
    /// <summary>The modelling assumption applied when a ratio's denominator is not known to be positive.</summary>
    public const string PositivePrices = "prices are positive";

    /// <summary><paramref name="a"/> − <paramref name="b"/>, in <paramref name="a"/>'s unit (rates in percent give percentage points).</summary>
    /// <param name="a">The first figure.</param>
    /// <param name="b">The figure subtracted.</param>
    /// <param name="assumptions">Assumptions to convert <paramref name="b"/> to <paramref name="a"/>'s unit, when needed.</param>
    /// <returns>The difference: 127 − under 100 is (27, +∞) USD/1000 m3.</returns>
    /// <exception cref="EnergyFiguresException">The units cannot be brought together (<see cref="ErrorCodes.MissingAssumption"/>, <see cref="ErrorCodes.IncompatibleUnits"/>, <see cref="ErrorCodes.PercentVersusPoints"/>).</exception>
    public static DerivedFigure Difference(DerivedFigure a, DerivedFigure b, params Assumption[] assumptions)
    {
        ArgumentNullException.ThrowIfNull(a);
        EnsureLevel(a);
        var bb = AlignStrict(b, a.Unit, assumptions);
        return DerivedFigure.Node(Operation.Difference, a.Quantity - bb.Quantity, [a, bb]);
    }

    /// <summary>
    /// <paramref name="a"/> ÷ <paramref name="b"/> as a plain ratio. The denominator must be positive: when its
    /// interval is not (e.g. "under $100" is (−∞, 100)), the named modelling assumption
    /// <see cref="PositivePrices"/> is applied — the interval is intersected with (0, +∞) — and recorded in the
    /// lineage and the explanation.
    /// </summary>
    /// <param name="a">The numerator.</param>
    /// <param name="b">The denominator.</param>
    /// <param name="assumptions">Assumptions to convert <paramref name="b"/> to <paramref name="a"/>'s unit, when needed.</param>
    /// <returns>The ratio: 4–6% over 1.5% is [2.666…, 4].</returns>
    /// <exception cref="EnergyFiguresException">The denominator has no positive value (<see cref="ErrorCodes.AssumptionMismatch"/>), or the units cannot be brought together.</exception>
    public static DerivedFigure Ratio(DerivedFigure a, DerivedFigure b, params Assumption[] assumptions)
    {
        ArgumentNullException.ThrowIfNull(a);
        EnsureLevel(a);
        var bb = AlignStrict(b, a.Unit, assumptions);
        var den = Positive(bb, out var notes);
        var ratio = a.Interval / den;
        return DerivedFigure.Node(Operation.Ratio, new Quantity(ratio, Unit.Ratio), [a, bb], notes: notes);
    }

    /// <summary>
    /// The relative premium of <paramref name="a"/> over <paramref name="b"/>, (a ÷ b − 1) × 100, in percent: a
    /// discount when negative. A relative change is in percent, never in percentage points. The denominator
    /// must be positive, as for <see cref="Ratio"/>.
    /// </summary>
    /// <param name="a">The figure compared.</param>
    /// <param name="b">The base.</param>
    /// <param name="assumptions">Assumptions to convert <paramref name="b"/> to <paramref name="a"/>'s unit, when needed.</param>
    /// <returns>The premium: $127 over under $100 is (27, +∞) percent.</returns>
    /// <exception cref="EnergyFiguresException">See <see cref="Ratio"/>.</exception>
    public static DerivedFigure Premium(DerivedFigure a, DerivedFigure b, params Assumption[] assumptions)
    {
        ArgumentNullException.ThrowIfNull(a);
        EnsureLevel(a);
        var bb = AlignStrict(b, a.Unit, assumptions);
        var den = Positive(bb, out var notes);
        var premium = ((a.Interval / den) - Interval.Point(1m)) * Interval.Point(100m);
        return DerivedFigure.Node(Operation.Premium, new Quantity(premium, Unit.Percent), [a, bb], notes: notes);
    }

    /// <summary>The relative change from <paramref name="from"/> to <paramref name="to"/> in percent: the premium of <paramref name="to"/> over <paramref name="from"/>.</summary>
    /// <param name="from">The earlier (base) figure.</param>
    /// <param name="to">The later figure.</param>
    /// <param name="assumptions">Assumptions to convert, when needed.</param>
    /// <returns>The change in percent.</returns>
    public static DerivedFigure RelativeChange(DerivedFigure from, DerivedFigure to, params Assumption[] assumptions) => Premium(to, from, assumptions);

    /// <summary>
    /// The spread between two rates in percent, <paramref name="a"/> − <paramref name="b"/>, in percentage
    /// points (per the rates' period, if any).
    /// </summary>
    /// <param name="a">The first rate (e.g. 4–6 percent/year).</param>
    /// <param name="b">The second rate (e.g. 1.5 percent/year).</param>
    /// <returns>The spread: [2.5, 4.5] pp/year.</returns>
    /// <exception cref="EnergyFiguresException">A rate is in percentage points (<see cref="ErrorCodes.PercentVersusPoints"/>) or not a percentage (<see cref="ErrorCodes.IncompatibleUnits"/>).</exception>
    public static DerivedFigure Spread(DerivedFigure a, DerivedFigure b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        EnsureLevel(a);
        EnsureLevel(b);
        foreach (var r in new[] { a, b })
        {
            if (r.Unit.IsPercentagePoints)
            {
                throw new EnergyFiguresException(ErrorCodes.PercentVersusPoints, $"A spread is taken between two rates in percent; {r.Unit} is in percentage points. Percent and percentage points never mix.");
            }

            if (!r.Unit.IsPercent)
            {
                throw new EnergyFiguresException(ErrorCodes.IncompatibleUnits, $"A spread is taken between two rates in percent; {r.Unit} is not a percentage. Use Compare.Difference for other units.");
            }
        }

        return DerivedFigure.Node(Operation.Spread, a.Quantity - b.Quantity, [a, b]);
    }

    /// <summary>
    /// Whether <paramref name="a"/> is greater than <paramref name="b"/> given only their intervals:
    /// <see cref="Ordering.CertainlyGreater"/>, <see cref="Ordering.PossiblyGreater"/> or
    /// <see cref="Ordering.CertainlyNotGreater"/>, in <see cref="DerivedFigure.Ordering"/>; the quantity is the difference.
    /// </summary>
    /// <param name="a">The first figure.</param>
    /// <param name="b">The second figure.</param>
    /// <param name="assumptions">Assumptions to convert, when needed.</param>
    /// <returns>The comparison.</returns>
    public static DerivedFigure Order(DerivedFigure a, DerivedFigure b, params Assumption[] assumptions)
    {
        ArgumentNullException.ThrowIfNull(a);
        EnsureLevel(a);
        var bb = AlignStrict(b, a.Unit, assumptions);
        var diff = a.Quantity - bb.Quantity;
        return DerivedFigure.Node(Operation.Order, diff, [a, bb], ordering: OrderingOf(diff.Interval));
    }

    /// <summary>The ordering a difference interval implies: above zero throughout, at most zero throughout, or neither.</summary>
    /// <param name="difference">An interval of a − b.</param>
    /// <returns>The ordering.</returns>
    public static Ordering OrderingOf(Interval difference)
    {
        if (difference.Low is { } low && (low > 0m || (low == 0m && difference.LowOpen)))
        {
            return Ordering.CertainlyGreater;
        }

        if (difference.High is { } high && high <= 0m)
        {
            return Ordering.CertainlyNotGreater;
        }

        return Ordering.PossiblyGreater;
    }

    private static DerivedFigure AlignStrict(DerivedFigure b, Unit unit, Assumption[]? assumptions)
    {
        ArgumentNullException.ThrowIfNull(b);
        EnsureLevel(b);
        return b.Unit == unit ? b : b.ConvertTo(unit, assumptions ?? []);
    }

    private static Interval Positive(DerivedFigure b, out string[] notes)
    {
        var den = b.Interval;
        if (den.Low is { } low && (low > 0m || (low == 0m && den.LowOpen)))
        {
            notes = [];
            return den;
        }

        var positive = den.Intersect(Interval.Above(0m, inclusive: false));
        if (positive.IsEmpty)
        {
            throw new EnergyFiguresException(
                ErrorCodes.AssumptionMismatch,
                $"A ratio or premium needs a positive denominator, but {b.Quantity} has no positive value; the assumption that {PositivePrices} cannot apply.");
        }

        notes = [$"{PositivePrices}, so {Wording.Amount(den, b.Unit)} is read as {Wording.Amount(positive, b.Unit)} ({positive} {b.Unit})"];
        return positive;
    }
}
