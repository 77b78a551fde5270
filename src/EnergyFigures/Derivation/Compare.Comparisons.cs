using EnergyFigures.Claims;
using EnergyFigures.Numerics;
using EnergyFigures.Units;
using EnergyFigures.Errors;

namespace EnergyFigures.Derivation;

/// <summary>Comparison claims ("at a higher price than the West pays", "at global prices").</summary>
public static partial class Compare
{
    /// <summary>
    /// The difference a comparison claim is about, computed from figures for its two sides: left − right in the
    /// claim's unit, or — when the claim's unit is <c>percent</c> — the relative difference (left ÷ right − 1) × 100
    /// (the right side must then be positive, as for <see cref="Premium"/>). The result carries the
    /// <see cref="DerivedFigure.Ordering"/> of the two sides; <see cref="Holds"/> says whether the claim's relation
    /// holds for it.
    /// </summary>
    /// <param name="comparison">A comparison claim (its <see cref="Claim.ComparedWith"/> is set).</param>
    /// <param name="left">A figure for the claim's subject (e.g. the price Belarus pays).</param>
    /// <param name="right">A figure for the quantity it is compared with (e.g. Gazprom's average price to Europe).</param>
    /// <param name="assumptions">Assumptions to convert either side to the claim's unit (or to each other's, for a relative difference).</param>
    /// <returns>The difference, with its lineage.</returns>
    /// <exception cref="EnergyFiguresException">The claim states a level (<see cref="ErrorCodes.NotAComparison"/>); a side is itself a comparison claim (<see cref="ErrorCodes.ComparisonMismatch"/>); or the units cannot be brought together.</exception>
    public static DerivedFigure Relation(Claim comparison, DerivedFigure left, DerivedFigure right, params Assumption[] assumptions)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var c = Claims.Comparison.Of(comparison);
        EnsureLevel(left);
        EnsureLevel(right);
        if (c.IsRelative)
        {
            var premium = Premium(left, right, assumptions);
            return DerivedFigure.Node(Operation.Premium, premium.Quantity, [.. premium.Inputs], notes: [.. premium.Notes], ordering: OrderingOf(premium.Interval));
        }

        var l = left.Unit == comparison.Figure.Unit ? left : left.ConvertTo(comparison.Figure.Unit, assumptions ?? []);
        var r = AlignStrict(right, comparison.Figure.Unit, assumptions);
        var diff = l.Quantity - r.Quantity;
        return DerivedFigure.Node(Operation.Difference, diff, [l, r], ordering: OrderingOf(diff.Interval));
    }

    /// <summary>
    /// Whether a comparison claim holds for a computed difference (from <see cref="Relation"/>): true when every
    /// value of the difference lies inside the claim's interval (e.g. above 0 for "higher than"), false when none
    /// does, null when the difference straddles the claim's bound and the figures cannot decide.
    /// </summary>
    /// <param name="comparison">The comparison claim.</param>
    /// <param name="difference">The difference, in the claim's unit.</param>
    /// <returns>True, false, or null (undecided).</returns>
    /// <exception cref="EnergyFiguresException">The claim states a level (<see cref="ErrorCodes.NotAComparison"/>), or the difference is in another unit (<see cref="ErrorCodes.IncompatibleUnits"/>).</exception>
    public static bool? Holds(Claim comparison, DerivedFigure difference)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(difference);
        _ = Claims.Comparison.Of(comparison);
        if (difference.Unit != comparison.Figure.Unit)
        {
            throw new EnergyFiguresException(ErrorCodes.IncompatibleUnits, $"The difference is in {difference.Unit}, the comparison claim '{comparison.Id}' in {comparison.Figure.Unit}; expected the difference computed by Compare.Relation for this claim.");
        }

        var claimed = comparison.Figure.Interval;
        var d = difference.Interval;
        return claimed.Contains(d) ? true : claimed.Overlaps(d) ? null : false;
    }

    /// <summary>A comparison claim's figure is a difference, not a level: it cannot be subtracted from, divided by or ordered against a level.</summary>
    private static void EnsureLevel(DerivedFigure d)
    {
        if (d.Claim is { ComparedWith: { } other } claim)
        {
            throw new EnergyFiguresException(
                ErrorCodes.ComparisonMismatch,
                $"Claim '{claim.Id}' states a comparison ({claim.Subject} against {other}), so its figure \u201C{claim.Figure.Text}\u201D bounds a difference, not a level; expected a claim about a level. Use Compare.Relation with figures for both sides, or Checker.CheckComparison.");
        }
    }
}
