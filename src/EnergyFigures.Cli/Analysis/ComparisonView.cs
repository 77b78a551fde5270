using System.Globalization;
using EnergyFigures.Claims;

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
internal sealed record ComparisonView(Claim A, Claim B, IReadOnlyList<ComparisonLine> Lines, string Summary);

/// <summary>
/// The CLI's single entry point to comparisons. Wiring point for the library's comparison API
/// (<c>Compare.Difference/Premium/Spread</c> with <c>Explain()</c>): only this file changes when it lands.
/// </summary>
internal static class Comparisons
{
    /// <summary>Compares two claims: the difference A − B and, when B cannot be zero, the ratio A / B.</summary>
    /// <exception cref="EnergyFiguresException">The units cannot be combined (<see cref="ErrorCodes.IncompatibleUnits"/>).</exception>
    public static ComparisonView Compare(Claim a, Claim b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var qa = a.Figure.Quantity;
        var qb = b.Figure.Quantity;
        var lines = new List<ComparisonLine>();
        var diff = qa - qb;
        lines.Add(new ComparisonLine(
            "difference A − B",
            diff,
            $"{Fmt(qa)} ({a.Id}: \"{a.Figure.Text}\", {a.Citation}) minus {Fmt(qb)} ({b.Id}: \"{b.Figure.Text}\", {b.Citation}) = {Fmt(diff)}, by conservative interval arithmetic."));
        if (!qb.Interval.Contains(0m) && qa.Unit.IsConvertibleTo(qb.Unit))
        {
            var ratio = qa.ConvertTo(qb.Unit) / qb;
            lines.Add(new ComparisonLine("ratio A / B", ratio, $"{Fmt(qa)} divided by {Fmt(qb)} = {Fmt(ratio)}."));
        }

        return new ComparisonView(a, b, lines, Summarize(a, b, diff));
    }

    /// <summary>The pairs of claims the report compares: claims that share a topic and whose units convert into each other.</summary>
    public static IEnumerable<(Claim A, Claim B)> PairsForReport(ClaimSet claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        for (int i = 0; i < claims.Count; i++)
        {
            for (int j = i + 1; j < claims.Count; j++)
            {
                var a = claims[i];
                var b = claims[j];
                if (a.Figure.Unit.IsConvertibleTo(b.Figure.Unit)
                    && a.Topics.Intersect(b.Topics, StringComparer.OrdinalIgnoreCase).Skip(1).Any())
                {
                    yield return (a, b);
                }
            }
        }
    }

    private static string Summarize(Claim a, Claim b, Quantity diff)
    {
        var iv = diff.Interval;
        string verdict = iv.Low is > 0m || (iv.Low == 0m && iv.LowOpen)
            ? "A is greater than B"
            : iv.High is < 0m || (iv.High == 0m && iv.HighOpen)
                ? "A is less than B"
                : iv.IsPoint && iv.Low == 0m ? "A equals B" : "the stated bounds do not say which is greater";
        return $"{a.Id} vs {b.Id}: {verdict} (A − B = {Fmt(diff)}).";
    }

    internal static string Fmt(Quantity q) => q.ToString(null, CultureInfo.InvariantCulture);
}
