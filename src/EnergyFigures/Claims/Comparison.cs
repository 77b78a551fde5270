using EnergyFigures.Numerics;
using EnergyFigures.Errors;

namespace EnergyFigures.Claims;

/// <summary>The relation a comparison claim states between its subject and the quantity it is compared with.</summary>
public enum ComparisonRelation
{
    /// <summary>Equal ("at global prices", "the same terms as"): the difference is exactly 0.</summary>
    Equal,

    /// <summary>Greater ("at a higher price than"): the difference is above 0.</summary>
    Greater,

    /// <summary>Less ("more cheaply"): the difference is below 0.</summary>
    Less,

    /// <summary>At least as great: the difference is at least 0.</summary>
    AtLeast,

    /// <summary>At most as great: the difference is at most 0.</summary>
    AtMost,

    /// <summary>A stated difference with a number ("$20 more than", "about 10% below").</summary>
    Difference,
}

/// <summary>
/// What a comparison claim states: its subject (the left side), the quantity it is compared with (the right
/// side), and how they relate. The claim's <see cref="Figure"/> bounds the difference left − right — in the
/// figure's unit, or relative to the right side in percent when the unit is <c>percent</c> —, so "equal to" is
/// an exact 0, "higher than" is over 0, and a comparison with no number needs no invented one.
/// </summary>
/// <param name="Left">The subject compared (the claim's subject).</param>
/// <param name="Right">The quantity it is compared with (<see cref="Claim.ComparedWith"/>).</param>
/// <param name="Relation">The relation stated.</param>
/// <param name="IsRelative">Whether the difference is relative to the right side, in percent ((left ÷ right − 1) × 100), rather than absolute in the claim's unit.</param>
public sealed record Comparison(string Left, string Right, ComparisonRelation Relation, bool IsRelative)
{
    /// <summary>The comparison a claim states.</summary>
    /// <param name="claim">A claim with <see cref="Claim.ComparedWith"/> set.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="EnergyFiguresException">The claim states no comparison (<see cref="ErrorCodes.NotAComparison"/>).</exception>
    public static Comparison Of(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (claim.ComparedWith is null)
        {
            throw new EnergyFiguresException(ErrorCodes.NotAComparison, $"Claim '{claim.Id}' states a level, not a comparison (its compared_with is empty); expected a claim that compares its subject with another quantity.");
        }

        return new Comparison(claim.Subject, claim.ComparedWith, RelationOf(claim.Figure), claim.Figure.Unit == Units.Unit.Percent);
    }

    /// <summary>The relation a difference figure states: 0 exactly is equality, over/under/at least/at most 0 an ordering, anything else a stated difference.</summary>
    /// <param name="figure">The figure of a comparison claim.</param>
    /// <returns>The relation.</returns>
    public static ComparisonRelation RelationOf(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        if (figure.Value != 0m)
        {
            return ComparisonRelation.Difference;
        }

        return figure.Bound switch
        {
            BoundKind.Exact => ComparisonRelation.Equal,
            BoundKind.Over => ComparisonRelation.Greater,
            BoundKind.Under => ComparisonRelation.Less,
            BoundKind.AtLeast => ComparisonRelation.AtLeast,
            BoundKind.AtMost => ComparisonRelation.AtMost,
            _ => ComparisonRelation.Difference,
        };
    }

    /// <summary>Whether a difference interval (left − right, as this comparison measures it) satisfies the relation for every value it holds.</summary>
    /// <param name="claimInterval">The claim's interval of the difference.</param>
    /// <param name="difference">The reference difference.</param>
    /// <returns>Whether the reference lies entirely inside the claim's interval.</returns>
    public static bool Holds(Interval claimInterval, Interval difference)
    {
        return claimInterval.Contains(difference);
    }

    /// <summary><c>Price of Russian gas for Belarus &gt; price the West pays</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var op = Relation switch
        {
            ComparisonRelation.Equal => "=",
            ComparisonRelation.Greater => ">",
            ComparisonRelation.Less => "<",
            ComparisonRelation.AtLeast => "≥",
            ComparisonRelation.AtMost => "≤",
            _ => "compared with",
        };
        return $"{Left} {op} {Right}{(IsRelative ? " (relative difference, percent)" : string.Empty)}";
    }
}
