using System.Globalization;
using EnergyFigures.Claims;
using EnergyFigures.Derivation;
using EnergyFigures.Errors;

namespace EnergyFigures.Cli.Analysis;

/// <summary>One computed line of a comparison: a name (e.g. <c>difference A − B</c>) and its result.</summary>
/// <param name="Name">What was computed.</param>
/// <param name="Result">The result as a quantity.</param>
/// <param name="Explanation">How it was computed, in one or more sentences, with citations.</param>
internal sealed record ComparisonLine(string Name, Quantity Result, string Explanation);

/// <summary>The comparison of two claims as the CLI shows it.</summary>
/// <param name="A">The first claim.</param>
/// <param name="B">The second claim.</param>
/// <param name="Lines">The computed results.</param>
/// <param name="Summary">One sentence for people.</param>
internal sealed record ComparisonView(Claim A, Claim B, IReadOnlyList<ComparisonLine> Lines, string Summary)
{
    /// <summary>The assumptions given on the command line, by name, with what they are (empty when none).</summary>
    public IReadOnlyList<string> Assumptions { get; init; } = [];
}

/// <summary>
/// The CLI's single entry point to comparisons, on the library's <see cref="EnergyFigures.Derivation.Compare"/>: every result is a
/// <see cref="DerivedFigure"/> with its lineage, explained in words with citations by <see cref="DerivedFigure.Explain"/>.
/// </summary>
internal static class Comparisons
{
    /// <summary>
    /// Compares two claims: the spread in percentage points for two rates in percent, else the difference
    /// A − B; then, where they apply, the ratio A / B and the premium of A over B (both assume a positive
    /// denominator, and say so); and the ordering.
    /// </summary>
    /// <exception cref="EnergyFiguresException">The units cannot be brought together (<see cref="ErrorCodes.IncompatibleUnits"/>, <see cref="ErrorCodes.MissingAssumption"/>, …).</exception>
    public static ComparisonView Compare(Claim a, Claim b) => Compare(a, b, []);

    /// <summary>As <see cref="Compare(Claim, Claim)"/>, converting B to A's unit with <paramref name="assumptions"/> where needed (exchange rates, an energy content, a density).</summary>
    /// <exception cref="EnergyFiguresException">The units cannot be brought together.</exception>
    public static ComparisonView Compare(Claim a, Claim b, IReadOnlyList<Assumption> assumptions)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(assumptions);
        var given = assumptions.ToArray();
        var da = Derive.From(a);
        var db = Derive.From(b);
        var lines = new List<ComparisonLine>();
        bool rates = da.Unit.IsPercent && db.Unit.IsPercent;
        var first = rates ? EnergyFigures.Derivation.Compare.Spread(da, db) : EnergyFigures.Derivation.Compare.Difference(da, db, given);
        lines.Add(Line(rates ? "spread A − B" : "difference A − B", first));
        TryAdd(lines, "ratio A / B", () => EnergyFigures.Derivation.Compare.Ratio(da, db, given));
        if (!rates)
        {
            TryAdd(lines, "premium of A over B", () => EnergyFigures.Derivation.Compare.Premium(da, db, given));
        }

        var order = EnergyFigures.Derivation.Compare.Order(da, db, given);
        var verdict = order.Ordering switch
        {
            Ordering.CertainlyGreater => "A is greater than B",
            Ordering.CertainlyNotGreater when order.Quantity.Interval is { HasHigh: true } d && (d.High < 0m || (d.High == 0m && d.HighOpen)) => "A is less than B",
            Ordering.CertainlyNotGreater => "A is not greater than B",
            _ => "the stated bounds do not say which is greater",
        };
        return new ComparisonView(a, b, lines, $"{a.Id} vs {b.Id}: {verdict} (A − B = {Fmt(order.Quantity)}).");
    }

    private static ComparisonLine Line(string name, DerivedFigure d) => new(name, d.Quantity, d.Explain());

    private static void TryAdd(List<ComparisonLine> lines, string name, Func<DerivedFigure> compute)
    {
        try
        {
            lines.Add(Line(name, compute()));
        }
        catch (EnergyFiguresException)
        {
            // Not defined for these figures (e.g. a denominator with no positive value): left out.
        }
    }

    /// <summary>The pairs of claims the report compares: claims about levels (not comparison claims) that share a topic and whose units convert into each other.</summary>
    public static IEnumerable<(Claim A, Claim B)> PairsForReport(ClaimSet claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        for (int i = 0; i < claims.Count; i++)
        {
            for (int j = i + 1; j < claims.Count; j++)
            {
                var a = claims[i];
                var b = claims[j];
                // A comparison claim's figure bounds a difference, not a level: it is not paired with levels
                // (nor with other comparisons, whose differences are about other quantities).
                if (a.ComparedWith is null && b.ComparedWith is null
                    && a.Figure.Unit.IsConvertibleTo(b.Figure.Unit)
                    && a.Topics.Intersect(b.Topics, StringComparer.OrdinalIgnoreCase).Skip(1).Any())
                {
                    yield return (a, b);
                }
            }
        }
    }

    internal static string Fmt(Quantity q) => q.ToString(null, CultureInfo.InvariantCulture);
}
