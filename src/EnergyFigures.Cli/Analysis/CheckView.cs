using EnergyFigures.Claims;

namespace EnergyFigures.Cli.Analysis;

/// <summary>The result of checking one claim against reference data, as the CLI shows it.</summary>
/// <param name="Claim">The claim checked.</param>
/// <param name="Verdict">consistent, inconsistent, indeterminate, or not-checked.</param>
/// <param name="Reference">The reference value, as text; null when none.</param>
/// <param name="Margin">The margin, as text; null when none.</param>
/// <param name="Explanation">Why, in sentences, with the assumptions.</param>
/// <param name="Citations">The sources used.</param>
internal sealed record CheckView(Claim Claim, string Verdict, string? Reference, string? Margin, string Explanation, IReadOnlyList<string> Citations);

/// <summary>
/// The CLI's single entry point to reference checks. Wiring point for the library's checks
/// (<c>ReferenceLibrary.Shipped</c>, <c>Checker</c>, <c>ArticleChecks</c>): only this file changes when they land.
/// </summary>
internal static class Checks
{
    /// <summary>Whether this build can check claims against reference data.</summary>
    public static bool Available => false;

    /// <summary>Checks a claim.</summary>
    public static CheckView Check(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return new CheckView(claim, "not-checked", null, null, "No reference check is available for this claim in this build.", []);
    }

    /// <summary>Checks every claim of a set that has a check.</summary>
    public static IReadOnlyList<CheckView> CheckAll(ClaimSet claims, Action<int, int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var list = new List<CheckView>();
        for (int i = 0; i < claims.Count; i++)
        {
            progress?.Invoke(i + 1, claims.Count);
            list.Add(Check(claims[i]));
        }

        return list;
    }
}
