using System.Globalization;
using System.Text;
using EnergyFigures.Claims;
using EnergyFigures.Numerics;
using EnergyFigures.Reference;
using EnergyFigures.Units;
using EnergyFigures.Errors;
using EnergyFigures.Data;

namespace EnergyFigures.Checks;

/// <summary>What a row of the article's checks table is for.</summary>
public enum CheckRole
{
    /// <summary>The reference measures what the claim states: the verdict is a verdict on the claim.</summary>
    Verification,

    /// <summary>The same check under another reading or assumption, to show how much the verdict depends on it.</summary>
    Sensitivity,

    /// <summary>A related figure (another price, period or measure): the verdict says only whether the numbers agree, not whether the claim is true; a disagreement is never a refutation.</summary>
    Context,

    /// <summary>A reference that stands in for what the claim states (e.g. a Treasury bill rate for "what the US pays"): not a verification.</summary>
    Proxy,

    /// <summary>A single instance of what the claim generalises (one buyer, one year, one deal): not a verification.</summary>
    SingleInstance,

    /// <summary>No shipped reference data can check the claim; <see cref="ArticleCheck.Note"/> says why.</summary>
    Uncheckable,
}

/// <summary>A row of the article's checks table: a claim, the series or reported figure it was held against, the verdict, and why.</summary>
/// <param name="Claim">The claim (of <c>ClaimSet.Shipped</c>).</param>
/// <param name="Role">What the row is for.</param>
/// <param name="ReferenceId">The series id or reported figure's claim id; null when uncheckable.</param>
/// <param name="Options">The options used; null when uncheckable.</param>
/// <param name="Result">The check; null when uncheckable.</param>
/// <param name="Note">How to read the row, or why the claim cannot be checked.</param>
public sealed record ArticleCheck(Claim Claim, CheckRole Role, string? ReferenceId, CheckOptions? Options, CheckResult? Result, string Note)
{
    /// <summary>The verdict; null when uncheckable or when the declared check could not run (see <see cref="Problem"/>).</summary>
    public Verdict? Verdict => Result?.Verdict;

    /// <summary>Why a declared check could not run (a coded message, e.g. <c>EF3002 …</c>); null when it ran or is uncheckable.</summary>
    public string? Problem { get; init; }

    /// <summary>The declaration the row comes from; null for a claim with no declared check.</summary>
    public CheckDeclaration? Declaration { get; init; }

    /// <summary><c>europe-spot-gas-price-2020-02 vs worldbank.NGAS_EUR: Consistent (Verification)</c>; see <see cref="Shown"/>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Problem is not null ? $"{Claim.Id} vs {ReferenceId}: not computed — {Problem} ({Role})"
        : Result is null ? $"{Claim.Id}: uncheckable — {Note}" : $"{Claim.Id} vs {ReferenceId}: {Shown} ({Role})";

    /// <summary>
    /// The verdict for people, by role: a <see cref="CheckRole.Context"/> check that disagrees "differs" (never a
    /// refutation) and one that agrees "agrees" (never a confirmation); a <see cref="CheckRole.Proxy"/> or
    /// <see cref="CheckRole.SingleInstance"/> check says it is not a verification; otherwise the verdict itself
    /// (<c>Consistent</c>, <c>Inconsistent</c>, <c>Indeterminate</c>); <c>uncheckable</c> or <c>not computed</c> without one.
    /// </summary>
    public string Shown => Verdict is not { } v
        ? (Problem is null ? "uncheckable" : "not computed")
        : (Role, v) switch
        {
            (CheckRole.Context, Checks.Verdict.Inconsistent) => "differs (context: not a refutation)",
            (CheckRole.Context, Checks.Verdict.Consistent) => "agrees (context: not a confirmation)",
            (CheckRole.Proxy, _) => $"{v} with a proxy (not a verification)",
            (CheckRole.SingleInstance, _) => $"{v} in a single instance (not a verification)",
            _ => v.ToString(),
        };
}

/// <summary>
/// Declared checks, run: the shipped article's checks (<c>data/checks.csv</c>, embedded, declared against
/// <c>ClaimSet.Shipped</c>) and a user's own (a checks file read by <see cref="ChecksCsv"/>). For each
/// declared check the series, reported figure or claim used and the verdict; for each claim declared
/// uncheckable the reason; for each claim with no declaration a row saying so.
/// </summary>
public static class ArticleChecks
{
    internal const string Resource = "EnergyFigures.Data.checks.csv";

    private static readonly Lazy<IReadOnlyList<CheckDeclaration>> ShippedDeclarations = new(LoadShipped, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<IReadOnlyList<ArticleCheck>> AllLazy = new(() => Run(ClaimSet.Shipped, ShippedDeclarations.Value), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The shipped article's declared checks (<c>data/checks.csv</c>), in file order; loaded once.</summary>
    /// <exception cref="EnergyFiguresException">The embedded file is damaged (<see cref="ErrorCodes.EmbeddedDataDamaged"/>; a build problem).</exception>
    public static IReadOnlyList<CheckDeclaration> Declarations => ShippedDeclarations.Value;

    /// <summary>Every row of the shipped article's checks, in the order of the claims in the dataset; computed once (the same list on every call).</summary>
    /// <returns>The rows.</returns>
    public static IReadOnlyList<ArticleCheck> All() => AllLazy.Value;

    /// <summary>
    /// Runs declared checks on a set of claims: each declaration against its series (<see cref="ReferenceLibrary.Shipped"/>),
    /// reported figure (<see cref="ReportedFigures.Shipped"/>) or claim of <paramref name="claims"/>. A check that
    /// cannot run (a period outside the series, a missing assumption) becomes a row with its coded
    /// <see cref="ArticleCheck.Problem"/>, never an exception; a claim with no declaration gets one row saying so.
    /// Rows are in the order of the claims, then of the declarations.
    /// </summary>
    /// <param name="claims">The claims.</param>
    /// <param name="declarations">The declarations (e.g. from <see cref="ChecksCsv.Load"/>).</param>
    /// <returns>The rows.</returns>
    /// <exception cref="EnergyFiguresException">A declaration names a claim that <paramref name="claims"/> does not hold (<see cref="ErrorCodes.UnknownClaim"/>).</exception>
    public static IReadOnlyList<ArticleCheck> Run(ClaimSet claims, IEnumerable<CheckDeclaration> declarations)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(declarations);
        var rows = new List<ArticleCheck>();
        foreach (var d in declarations)
        {
            ArgumentNullException.ThrowIfNull(d);
            var claim = claims.Get(d.ClaimId);
            if (d.Target is null || d.Options is null || d.Role == CheckRole.Uncheckable)
            {
                rows.Add(new ArticleCheck(claim, CheckRole.Uncheckable, null, null, null, d.Note) { Declaration = d });
                continue;
            }

            try
            {
                var result = d.Target.ComparedWith is { } right
                    ? Checker.CheckComparison(claim, Side(d.Target, claims, claim, d.Options), Side(right, claims, claim, d.Options), d.Options)
                    : d.Target.Kind switch
                    {
                        CheckTargetKind.Series => Checker.Check(claim, ReferenceLibrary.Shipped.Get(d.Target.Id), d.Options),
                        CheckTargetKind.ReportedFigure => Checker.Check(claim, ReportedFigures.Shipped.Get(d.Target.Id), d.Options),
                        _ => Checker.Check(claim, claims.Get(d.Target.Id), d.Options),
                    };
                rows.Add(new ArticleCheck(claim, d.Role, d.Target.DisplayId, d.Options, result, d.Note) { Declaration = d });
            }
            catch (EnergyFiguresException e)
            {
                rows.Add(new ArticleCheck(claim, d.Role, d.Target.DisplayId, d.Options, null, d.Note) { Declaration = d, Problem = $"{e.Code} {e.Message}" });
            }
        }

        // Every claim appears; a claim without a declared check is listed as uncheckable.
        var covered = rows.Select(r => r.Claim.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var c in claims.Where(c => !covered.Contains(c.Id)))
        {
            rows.Add(new ArticleCheck(c, CheckRole.Uncheckable, null, null, null, "No check has been defined for this claim yet."));
        }

        var order = claims.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        return [.. rows.Select((r, i) => (r, i)).OrderBy(x => order[x.r.Claim.Id]).ThenBy(x => x.i).Select(x => x.r)];
    }

    /// <summary>One side of a comparison check: a series over the reference period (default: the claim's), or a reported figure or claim.</summary>
    private static ComparisonSide Side(CheckTarget t, ClaimSet claims, Claim claim, CheckOptions options) => t.Kind switch
    {
        CheckTargetKind.Series => ComparisonSide.FromSeries(ReferenceLibrary.Shipped.Get(t.Id), options.ReferencePeriod ?? claim.Period),
        CheckTargetKind.ReportedFigure => ComparisonSide.Reported(ReportedFigures.Shipped.Get(t.Id)),
        _ => ComparisonSide.Reported(claims.Get(t.Id)),
    };

    /// <summary>The shipped table as GitHub Markdown: claim, figure, reference, reading, verdict, margin, role, note.</summary>
    /// <returns>The Markdown text (LF line endings).</returns>
    public static string ToMarkdown() => ToMarkdown(All());

    /// <summary>A table of checks as GitHub Markdown: claim, figure, reference, reading, verdict, margin, role, note.</summary>
    /// <param name="rows">The rows (e.g. from <see cref="Run"/>).</param>
    /// <returns>The Markdown text (LF line endings).</returns>
    public static string ToMarkdown(IEnumerable<ArticleCheck> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var s = new StringBuilder();
        s.Append("| claim | figure | reference | reading | reference value (claim's unit) | verdict | margin | role | note |\n");
        s.Append("|---|---|---|---|---|---|---|---|---|\n");
        foreach (var row in rows)
        {
            var r = row.Result;
            string Cell(string t) => t.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
            var reading = row.Options is null ? string.Empty : Reading(row.Options, r);
            var value = r is null ? string.Empty : Show(r.ReferenceInterval.Interval, r.Claim.Figure.Scale) + " " + r.ReferenceInterval.Unit;
            var margin = r?.Margin is { } m ? string.Create(CultureInfo.InvariantCulture, $"{(m.Absolute >= 0 ? "+" : "−")}{Num(Math.Abs(m.Absolute) / r.Claim.Figure.Scale.Multiplier())}{(r.Claim.Figure.Scale == Scale.None ? string.Empty : " " + r.Claim.Figure.Scale.ToName())}{(m.Relative is { } rel ? $" ({Num(Math.Abs(rel) * 100m)}%)" : string.Empty)}") : string.Empty;
            s.Append(CultureInfo.InvariantCulture, $"| `{row.Claim.Id}` | {Cell(row.Claim.Figure.Text)} | {(row.ReferenceId is null ? "—" : "`" + row.ReferenceId + "`")} | {Cell(reading)} | {Cell(value)} | {row.Shown} | {margin} | {row.Role} | {Cell(row.Problem is null ? row.Note : row.Note + " Not computed: " + row.Problem)} |\n");
        }

        return s.ToString();
    }

    private static string Reading(CheckOptions o, CheckResult? r)
    {
        var parts = new List<string> { o.ReadWithImpliedPrecision ? "implied precision" : "as stated" };
        if (r is not null && r.ReferenceValues.Count > 0)
        {
            parts.Add(string.Join("+", r.ReferenceValues.Select(v => v.Period.ToString())));
        }

        parts.AddRange(r?.Assumptions.Select(a => a.Id) ?? []);
        if (o.Sign == SignConvention.DeficitAgainstBalance)
        {
            parts.Add("deficit = −balance");
        }

        return string.Join("; ", parts);
    }

    private static string Show(Interval i, Scale scale)
    {
        var m = scale.Multiplier();
        var word = scale == Scale.None ? string.Empty : " " + scale.ToName();
        if (i.Low is { } l && i.High is { } h)
        {
            var a = Num(l / m);
            var b = Num(h / m);
            return (a == b ? a : $"{a}–{b}") + word;
        }

        return i.ToString(null, CultureInfo.InvariantCulture);
    }

    private static string Num(decimal v) => DecimalText.Grouped(Math.Round(v, Math.Abs(v) >= 1m ? 2 : 3, MidpointRounding.AwayFromZero), CultureInfo.InvariantCulture);

    private static IReadOnlyList<CheckDeclaration> LoadShipped()
    {
        using var stream = Data.EmbeddedData.Open(Resource);
        var report = ChecksCsv.Validate(stream, "checks.csv", ClaimSet.Shipped);
        return report.IsValid
            ? report.Declarations
            : throw new EnergyFiguresException(ErrorCodes.EmbeddedDataDamaged, $"The embedded checks.csv has {report.Diagnostics.Count} problem(s), the first: {report.Diagnostics[0]} This is a build problem; please report it.");
    }
}
