using EnergyFigures.Claims;
using EnergyFigures.Errors;

namespace EnergyFigures.Derivation;

/// <summary>What one result of a <see cref="ClaimComparison"/> computes.</summary>
public enum ComparisonKind
{
    /// <summary>A − B, in A's unit (for two levels).</summary>
    Difference,

    /// <summary>A − B in percentage points (for two rates in percent).</summary>
    Spread,

    /// <summary>A / B (assumes a positive denominator, and says so).</summary>
    Ratio,

    /// <summary>The premium of A over B, (A − B) / B in percent (assumes a positive denominator, and says so).</summary>
    Premium,
}

/// <summary>One computed result of comparing two claims: what was computed and the derived figure, with its lineage.</summary>
/// <param name="Kind">What was computed.</param>
/// <param name="Figure">The result, with its inputs, assumptions and explanation (<see cref="DerivedFigure.Explain"/>).</param>
public sealed record ComparisonResult(ComparisonKind Kind, DerivedFigure Figure)
{
    /// <summary>The result's name as people read it: <c>difference A − B</c>, <c>spread A − B</c>, <c>ratio A / B</c>, <c>premium of A over B</c>.</summary>
    public string Name => Kind switch
    {
        ComparisonKind.Difference => "difference A − B",
        ComparisonKind.Spread => "spread A − B",
        ComparisonKind.Ratio => "ratio A / B",
        _ => "premium of A over B",
    };
}

/// <summary>
/// The comparison suite of two claims, computed (then worded by <see cref="Summary"/>): the spread in percentage
/// points for two rates in percent, else the difference A − B; then, where they are defined, the ratio A / B and
/// the premium of A over B; and the ordering. Used by the <c>energy-figures compare</c> command and the report.
/// </summary>
/// <param name="A">The first claim.</param>
/// <param name="B">The second claim.</param>
/// <param name="Results">The computed results, first the difference (or spread).</param>
/// <param name="Order">The ordering of A and B (<see cref="DerivedFigure.Ordering"/>), computed as A − B.</param>
public sealed record ClaimComparison(Claim A, Claim B, IReadOnlyList<ComparisonResult> Results, DerivedFigure Order)
{
    /// <summary>Compares two claims, converting B to A's unit with <paramref name="assumptions"/> where needed (exchange rates, an energy content, a density).</summary>
    /// <param name="a">The first claim.</param>
    /// <param name="b">The second claim.</param>
    /// <param name="assumptions">The assumptions that may be used; none by default.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="EnergyFiguresException">The units cannot be brought together (<see cref="ErrorCodes.IncompatibleUnits"/>, <see cref="ErrorCodes.MissingAssumption"/>, <see cref="ErrorCodes.CommodityMismatch"/>, …).</exception>
    public static ClaimComparison Of(Claim a, Claim b, params Assumption[] assumptions)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(assumptions);
        var da = Derive.From(a);
        var db = Derive.From(b);
        var results = new List<ComparisonResult>();
        bool rates = da.Unit.IsPercent && db.Unit.IsPercent;
        results.Add(rates
            ? new ComparisonResult(ComparisonKind.Spread, Compare.Spread(da, db))
            : new ComparisonResult(ComparisonKind.Difference, Compare.Difference(da, db, assumptions)));
        TryAdd(results, ComparisonKind.Ratio, () => Compare.Ratio(da, db, assumptions));
        if (!rates)
        {
            TryAdd(results, ComparisonKind.Premium, () => Compare.Premium(da, db, assumptions));
        }

        return new ClaimComparison(a, b, results, Compare.Order(da, db, assumptions));
    }

    /// <summary>The ordering of A and B under their stated bounds.</summary>
    public Ordering Ordering => Order.Ordering ?? Ordering.PossiblyGreater;

    /// <summary>
    /// One sentence for people: <c>A vs B: A is greater than B (A − B = …)</c>, with "less than" where A is
    /// certainly smaller, "not greater than" where it may equal B, and "the stated bounds do not say which is
    /// greater" otherwise. Numbers follow the one policy of <see cref="Formatting.Readable"/>.
    /// </summary>
    /// <returns>The sentence.</returns>
    public string Summary()
    {
        var verdict = Ordering switch
        {
            Ordering.CertainlyGreater => "A is greater than B",
            Ordering.CertainlyNotGreater when Order.Quantity.Interval is { HasHigh: true } d && (d.High < 0m || (d.High == 0m && d.HighOpen)) => "A is less than B",
            Ordering.CertainlyNotGreater => "A is not greater than B",
            _ => "the stated bounds do not say which is greater",
        };
        return $"{A.Id} vs {B.Id}: {verdict} (A − B = {Order.Quantity}).";
    }

    private static void TryAdd(List<ComparisonResult> results, ComparisonKind kind, Func<DerivedFigure> compute)
    {
        try
        {
            results.Add(new ComparisonResult(kind, compute()));
        }
        catch (EnergyFiguresException)
        {
            // Not defined for these figures (e.g. a denominator with no positive value): left out.
        }
    }
}

/// <summary>
/// The one rule of related claims, used for comparisons and for charts alike: two different claims are related
/// when both state levels (neither is a comparison claim, whose figure bounds a difference, not a level), they
/// share at least one topic (case-insensitive), and their units convert into each other without assumptions.
/// </summary>
public static class RelatedClaims
{
    /// <summary>Whether two claims are related by the rule.</summary>
    /// <param name="a">A claim.</param>
    /// <param name="b">Another claim.</param>
    /// <returns>True when related.</returns>
    public static bool Are(Claim a, Claim b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return !string.Equals(a.Id, b.Id, StringComparison.Ordinal)
            && a.ComparedWith is null && b.ComparedWith is null
            && a.Figure.Unit.IsConvertibleTo(b.Figure.Unit)
            && a.Topics.Intersect(b.Topics, StringComparer.OrdinalIgnoreCase).Any();
    }

    /// <summary>Every related pair of a set, in the set's order (A before B).</summary>
    /// <param name="claims">The claims.</param>
    /// <returns>The pairs, lazily.</returns>
    public static IEnumerable<(Claim A, Claim B)> Pairs(ClaimSet claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        for (int i = 0; i < claims.Count; i++)
        {
            for (int j = i + 1; j < claims.Count; j++)
            {
                if (Are(claims[i], claims[j]))
                {
                    yield return (claims[i], claims[j]);
                }
            }
        }
    }

    /// <summary>
    /// The claims in groups, in the set's order: each level claim joins the first group whose first claim it is
    /// related to, else starts a group; comparison claims are left out. Groups of one are kept (a caller decides
    /// whether one claim is worth a chart).
    /// </summary>
    /// <param name="claims">The claims.</param>
    /// <returns>The groups.</returns>
    public static IReadOnlyList<IReadOnlyList<Claim>> Groups(ClaimSet claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var groups = new List<List<Claim>>();
        foreach (var c in claims.Where(c => c.ComparedWith is null))
        {
            var g = groups.FirstOrDefault(g => Are(g[0], c));
            if (g is null)
            {
                groups.Add([c]);
            }
            else
            {
                g.Add(c);
            }
        }

        return [.. groups.Select(g => (IReadOnlyList<Claim>)g.AsReadOnly())];
    }
}
