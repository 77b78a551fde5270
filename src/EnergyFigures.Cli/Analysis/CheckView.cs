using System.Globalization;
using EnergyFigures.Checks;
using EnergyFigures.Claims;
using EnergyFigures.Reference;
using EnergyFigures.Errors;

namespace EnergyFigures.Cli.Analysis;

/// <summary>One check of a claim against reference data, as the CLI shows it.</summary>
/// <param name="Claim">The claim checked.</param>
/// <param name="Role">verification, sensitivity, context, proxy, single-instance, uncheckable, or ad-hoc (asked for on the command line).</param>
/// <param name="ReferenceId">The series or reported figure held against; null when none.</param>
/// <param name="Verdict">consistent, inconsistent, indeterminate, uncheckable, or not computed (a declared check that could not run; <paramref name="Explanation"/> says why).</param>
/// <param name="Reference">The reference value in the claim's unit, with what it is; null when none.</param>
/// <param name="Margin">How far inside or outside the claim's interval the reference lies; null when none.</param>
/// <param name="Explanation">Why, with the assumptions and citations.</param>
/// <param name="Citations">The sources: reference data and assumptions.</param>
/// <param name="Note">How to read the row, or why the claim cannot be checked.</param>
/// <param name="Result">The library's result; null when uncheckable.</param>
internal sealed record CheckView(
    Claim Claim,
    string Role,
    string? ReferenceId,
    string Verdict,
    string? Reference,
    string? Margin,
    string Explanation,
    IReadOnlyList<string> Citations,
    string Note,
    CheckResult? Result)
{
    /// <summary>The assumptions the check states, by name (declared in a checks file or given on the command line).</summary>
    public IReadOnlyList<string> Assumptions { get; init; } = [];

    /// <summary>
    /// The verdict as shown to people, by role: a context check that disagrees "differs" (never a refutation);
    /// a proxy or single-instance check says so (never a verification); otherwise the verdict itself.
    /// </summary>
    public string Shown => (Role, Verdict) switch
    {
        ("context", "inconsistent") => "differs (context: not a refutation)",
        ("context", "consistent") => "agrees (context: not a confirmation)",
        ("proxy", "consistent" or "inconsistent" or "indeterminate") => Verdict + " with a proxy (not a verification)",
        ("single-instance", "consistent" or "inconsistent" or "indeterminate") => Verdict + " in a single instance (not a verification)",
        _ => Verdict,
    };
}

/// <summary>
/// The CLI's single entry point to reference checks, on the library's <see cref="Checker"/> and
/// <see cref="ArticleChecks"/> (the reviewed checks of the shipped claims).
/// </summary>
internal static class ClaimChecks
{
    /// <summary>The checks of a claim: the reviewed rows of <see cref="ArticleChecks"/> when the claim is one of the shipped ones (same id and content), else one "uncheckable" row.</summary>
    public static IReadOnlyList<CheckView> Check(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var rows = ArticleChecks.All().Where(r => r.Claim.Id == claim.Id && r.Claim.Equals(claim)).Select(FromRow).ToList();
        if (rows.Count == 0)
        {
            rows.Add(new CheckView(claim, "uncheckable", null, "uncheckable", null, null,
                "No reviewed check is defined for this claim (the shipped checks cover the seed article's claims).",
                [],
                "Declare its checks in a checks file and give it with --checks FILE (see data/README.md), or check it against a shipped series with --series ID or a reported figure with --against ID.",
                null));
        }

        return rows;
    }

    /// <summary>A check asked for on the command line: against a shipped series or a reported figure, under the options given.</summary>
    /// <exception cref="EnergyFiguresException">Unknown series or figure, or units that cannot be bridged.</exception>
    public static CheckView CheckAgainst(Claim claim, string? seriesId, string? reportedId, CheckOptions options, IReadOnlyList<string> cited)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(options);
        var result = seriesId is not null
            ? Checker.Check(claim, ReferenceLibrary.Shipped.Get(seriesId), options)
            : Checker.Check(claim, ReportedFigures.Shipped.Get(reportedId!), options);
        var note = options.ReadWithImpliedPrecision ? "The claim is read with the implied precision of its digits." : "The claim is read as stated.";
        if (cited.Count > 0)
        {
            note += " Assumptions from the command line: " + string.Join("; ", cited) + ".";
        }

        return FromResult(claim, "ad-hoc", result.ReferenceId, result, note) with { Assumptions = AssumptionNames.Describe(options) };
    }

    /// <summary>The declared checks of a checks file, run on the claims (every claim appears; see <see cref="ArticleChecks.Run"/>).</summary>
    public static IReadOnlyList<CheckView> CheckDeclared(ClaimSet claims, IReadOnlyList<CheckDeclaration> declarations)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(declarations);
        return ArticleChecks.Run(claims, declarations).Select(FromRow).ToList();
    }

    /// <summary>Every check of every claim of a set.</summary>
    public static IReadOnlyList<CheckView> CheckAll(ClaimSet claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        return claims.SelectMany(Check).ToList();
    }

    /// <summary>The ids of the shipped reference series, for messages.</summary>
    public static IReadOnlyList<string> SeriesIds => ReferenceLibrary.Shipped.Ids;

    private static CheckView FromRow(ArticleCheck row)
    {
        var named = row.Options is null ? [] : AssumptionNames.Describe(row.Options);
        if (row.Problem is not null)
        {
            return new CheckView(row.Claim, Name(row.Role), row.ReferenceId, "not computed", null, null, row.Problem, [], row.Note, null) { Assumptions = named };
        }

        return row.Result is null
            ? new CheckView(row.Claim, "uncheckable", null, "uncheckable", null, null, row.Note, [], row.Note, null)
            : FromResult(row.Claim, Name(row.Role), row.ReferenceId, row.Result, row.Note) with { Assumptions = named };
    }

    private static CheckView FromResult(Claim claim, string role, string? referenceId, CheckResult r, string note)
    {
        var citations = r.ReferenceCitations.Select(Cite)
            .Concat(r.Assumptions.Select(a => $"{a.Id}: {Cite(a.Source)}"))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new CheckView(
            claim,
            role,
            referenceId,
            Name(r.Verdict),
            $"{r.ReferenceInterval.ToString(null, CultureInfo.InvariantCulture)} — {r.ReferenceDescription}",
            r.Margin?.ToString(),
            r.Explanation,
            citations,
            note,
            r);
    }

    private static string Cite(Citation c) => c.ToString("F", null);

    internal static string Name(Verdict v) => v.ToName();

    private static string Name(CheckRole r) => AssumptionNames.Name(r);
}
