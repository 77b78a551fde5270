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
/// The CLI's single entry point to comparisons: the library's <see cref="ClaimComparison"/> (the suite and its
/// summary) and <see cref="RelatedClaims"/> (the one rule of which claims are compared), shaped for rendering.
/// </summary>
internal static class Comparisons
{
    /// <summary>Compares two claims (<see cref="ClaimComparison.Of"/>).</summary>
    /// <exception cref="EnergyFiguresException">The units cannot be brought together (<see cref="ErrorCodes.IncompatibleUnits"/>, <see cref="ErrorCodes.MissingAssumption"/>, …).</exception>
    public static ComparisonView Compare(Claim a, Claim b) => Compare(a, b, []);

    /// <summary>As <see cref="Compare(Claim, Claim)"/>, converting B to A's unit with <paramref name="assumptions"/> where needed.</summary>
    /// <exception cref="EnergyFiguresException">The units cannot be brought together.</exception>
    public static ComparisonView Compare(Claim a, Claim b, IReadOnlyList<Assumption> assumptions)
    {
        ArgumentNullException.ThrowIfNull(assumptions);
        var c = ClaimComparison.Of(a, b, [.. assumptions]);
        return new ComparisonView(a, b, [.. c.Results.Select(r => new ComparisonLine(r.Name, r.Figure.Quantity, r.Figure.Explain()))], c.Summary());
    }

    /// <summary>The pairs of claims the report compares: <see cref="RelatedClaims.Pairs"/>.</summary>
    public static IEnumerable<(Claim A, Claim B)> PairsForReport(ClaimSet claims) => RelatedClaims.Pairs(claims);

    internal static string Fmt(Quantity q) => q.ToString(null, CultureInfo.InvariantCulture);
}
