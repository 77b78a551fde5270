using System.Globalization;
using EnergyFigures.Checks;
using EnergyFigures.Claims;
using EnergyFigures.Reference;

namespace EnergyFigures.Interchange;

/// <summary>A claim and one of its appearances (0-based index), a row of the claims and appearances tables.</summary>
internal readonly record struct ClaimRow(Claim Claim, int Index)
{
    public Appearance Appearance => Claim.Appearances[Index];
}

/// <summary>The schemas of the exported tables (<see cref="ExportTable"/>), declared once for every format.</summary>
internal static class ExportTables
{
    public static ExportSchema<ClaimRow> Claims { get; } = ClaimColumns(new("claims", "One row per claim; the provenance columns are those of its first appearance (the appearances table has every one)."));

    public static ExportSchema<ClaimRow> Appearances { get; } = ClaimColumns(new("appearances", "One row per appearance of a claim, the claim's columns repeated on each (the rows of a claims CSV, data/README.md)."));

    public static ExportSchema<ClaimRow> Reported { get; } = ClaimColumns(new("reported", "One row per appearance of a reported figure (a figure stated by others, used as a reference); the columns of the claims table."));

    public static ExportSchema<ArticleCheck> Checks { get; } = new ExportSchema<ArticleCheck>("checks", "One row per declared check (a claim held against a reference series, a reported figure or a comparison), and one per claim with no check.")
        .Text("claim_id", "The claim checked.", r => r.Claim.Id, nullable: false)
        .Text("claim_text", "Its figure as printed.", r => r.Claim.Figure.Text, nullable: false)
        .Text("role", "What the check is for: verification, sensitivity, context, proxy, single_instance or uncheckable.", r => RoleName(r.Role), nullable: false)
        .Text("verdict", "consistent, inconsistent or indeterminate; null when the check did not run (uncheckable, or a problem).", r => r.Verdict?.ToName())
        .Text("shown", "The verdict in words, by role: a context check 'agrees' or 'differs' (never a confirmation or refutation); a proxy or single-instance check says it is not a verification.", r => r.Shown, nullable: false)
        .Text("problem", "Why a declared check could not run (a coded message); null otherwise.", r => r.Problem)
        .Text("reference_id", "The reference held against: a series id (worldbank.NGAS_EUR), a reported figure id, or 'A − B' for a comparison; null when none.", r => r.ReferenceId)
        .Text("reference", "What the reference is, for people.", r => r.Result?.ReferenceDescription)
        .Text("unit", "The unit both intervals are in (the claim's), in EnergyFigures unit syntax.", r => r.Result?.ClaimInterval.Unit.Symbol)
        .Boolean("implied_precision", "Whether the claim was read with the implied precision of its digits (false when read as stated or not run).", r => r.Result?.ReadWithImpliedPrecision ?? false)
        .Decimal("claim_low", "Low side of the claim's interval as read; null when unbounded below or not run.", r => r.Result?.ClaimInterval.Interval.Low)
        .Boolean("claim_low_open", "Whether that side is excluded (true when unbounded; false when not run).", r => r.Result is { } x && (x.ClaimInterval.Interval.LowOpen || !x.ClaimInterval.Interval.HasLow))
        .Decimal("claim_high", "High side of the claim's interval as read; null when unbounded above or not run.", r => r.Result?.ClaimInterval.Interval.High)
        .Boolean("claim_high_open", "Whether that side is excluded (true when unbounded; false when not run).", r => r.Result is { } x && (x.ClaimInterval.Interval.HighOpen || !x.ClaimInterval.Interval.HasHigh))
        .Decimal("reference_low", "Low side of the reference interval, converted to the claim's unit under the assumptions.", r => r.Result?.ReferenceInterval.Interval.Low)
        .Boolean("reference_low_open", "Whether that side is excluded (true when unbounded; false when not run).", r => r.Result is { } x && (x.ReferenceInterval.Interval.LowOpen || !x.ReferenceInterval.Interval.HasLow))
        .Decimal("reference_high", "High side of the reference interval, converted to the claim's unit under the assumptions.", r => r.Result?.ReferenceInterval.Interval.High)
        .Boolean("reference_high_open", "Whether that side is excluded (true when unbounded; false when not run).", r => r.Result is { } x && (x.ReferenceInterval.Interval.HighOpen || !x.ReferenceInterval.Interval.HasHigh))
        .Decimal("margin", "Distance from the reference to the claim's nearest bound, in the unit (positive inside, negative outside); null when the claim has no finite bound.", r => r.Result?.Margin?.Absolute)
        .Decimal("margin_relative", "The margin as a fraction of that bound; null when the bound is 0.", r => r.Result?.Margin?.Relative)
        .Decimal("gap", "The claim's stated value minus the reference's central value, in the claim's unit.", r => r.Result?.Gap)
        .Text("reference_values", "The reference values used, 'SOURCE PERIOD: VALUE UNIT' separated by '; ' (in the source's unit).", r => r.Result is null ? null : string.Join("; ", r.Result.ReferenceValues.Select(ValueText)))
        .Text("assumptions", "The assumptions the conversion used, 'ID: DESCRIPTION' separated by '; '.", r => r.Result is null || r.Result.Assumptions.Count == 0 ? null : string.Join("; ", r.Result.Assumptions.Select(a => a.Id + ": " + a.Description)))
        .Text("assumption_sources", "Their sources, ' | '-separated.", r => r.Result is null || r.Result.Assumptions.Count == 0 ? null : string.Join(" | ", r.Result.Assumptions.Select(a => a.Id + ": " + Cite(a.Source))))
        .Text("notes", "Readings the check made explicit, ' | '-separated.", r => r.Result is null || r.Result.Notes.Count == 0 ? null : string.Join(" | ", r.Result.Notes))
        .Text("note", "The reviewer's note on the check (from the checks file), or why the claim cannot be checked.", r => r.Note, nullable: false)
        .Text("explanation", "How the check was done, with sources, in one paragraph.", r => r.Result?.Explanation)
        .Text("citations", "The reference's sources (publisher, title, URL, licence), ' | '-separated.", r => r.Result is null ? null : string.Join(" | ", r.Result.ReferenceCitations.Select(Cite)));

    public static ExportSchema<ReferenceSeries> Series { get; } = new ExportSchema<ReferenceSeries>("series", "One row per reference series.")
        .Text("series_id", "Id of the series, e.g. worldbank.NGAS_EUR.", s => s.Id, nullable: false)
        .Text("series_name", "What the series measures.", s => s.Name, nullable: false)
        .Text("unit", "The unit of the values, in EnergyFigures unit syntax.", s => s.Unit.Symbol, nullable: false)
        .Text("frequency", "daily or monthly.", s => s.Frequency == Frequency.Daily ? "daily" : "monthly", nullable: false)
        .Text("coverage", "The periods covered, as a period (START/END).", s => s.Coverage.ToString(), nullable: false)
        .Date("coverage_start", "First day covered.", s => s.Coverage.Start)
        .Date("coverage_end", "Last day covered (inclusive).", s => s.Coverage.End)
        .Integer("observations", "How many observations it has.", s => s.Observations.Count)
        .Text("source_publisher", "Who publishes it.", s => s.Citation.Publisher, nullable: false)
        .Text("source_title", "The publication or database.", s => s.Citation.Title, nullable: false)
        .Text("source_url", "Where it is published.", s => s.Citation.Url?.OriginalString)
        .Text("retrieved_from", "Where the shipped values were retrieved from.", s => s.RetrievedFrom?.OriginalString)
        .Text("licence", "The licence of the data.", s => s.Citation.Licence)
        .Text("attribution", "The attribution the licence asks for.", s => s.Attribution, nullable: false)
        .Text("notes", "Notes on the series.", s => s.Notes);

    public static ExportSchema<(ReferenceSeries Series, Observation Observation)> Observations { get; } = new ExportSchema<(ReferenceSeries Series, Observation Observation)>("observations", "One row per observation of a reference series.")
        .Text("series_id", "Id of the series (see the series table).", r => r.Series.Id, nullable: false)
        .Text("period", "The period of the observation (YYYY-MM or YYYY-MM-DD).", r => r.Observation.Period.ToString(), nullable: false)
        .Date("period_start", "First day of the period.", r => r.Observation.Period.Start)
        .Date("period_end", "Last day of the period (inclusive).", r => r.Observation.Period.End)
        .Decimal("value", "The observed value, exactly as published.", r => r.Observation.Value)
        .Text("unit", "The unit of the value, in EnergyFigures unit syntax.", r => r.Series.Unit.Symbol, nullable: false)
        .Text("source_publisher", "Who publishes the series.", r => r.Series.Citation.Publisher, nullable: false)
        .Text("source_url", "Where it is published.", r => r.Series.Citation.Url?.OriginalString)
        .Text("licence", "The licence of the data.", r => r.Series.Citation.Licence);

    /// <summary>The name of a check role in the tables (<c>single_instance</c>, …).</summary>
    public static string RoleName(CheckRole role) => role switch
    {
        CheckRole.SingleInstance => "single_instance",
        _ => role.ToString().ToLowerInvariant(),
    };

    /// <summary>A reference value with every digit: <c>worldbank.NGAS_EUR 2020-02: 2.908 USD/MMBtu</c>.</summary>
    public static string ValueText(ReferenceValue v)
    {
        var i = v.Value.Interval;
        var number = i.IsPoint ? i.Low!.Value.ToString(CultureInfo.InvariantCulture) : i.ToString(null, CultureInfo.InvariantCulture);
        return $"{v.SourceId} {v.Period}: {number} {v.Value.Unit.Symbol}";
    }

    /// <summary>A citation with its URL and licence.</summary>
    public static string Cite(Citation c) => c.ToString("F", null);

    /// <summary>The name of a quote kind in the claims CSV (<c>verbatim</c>, <c>summary</c>, <c>derived</c>).</summary>
    public static string QuoteKindName(QuoteKind kind) => kind switch
    {
        QuoteKind.Summary => "summary",
        QuoteKind.Derived => "derived",
        _ => "verbatim",
    };

    private static ExportSchema<ClaimRow> ClaimColumns(ExportSchema<ClaimRow> s) => s
        .Text("id", "Stable id of the claim.", r => r.Claim.Id, nullable: false)
        .Text("subject", "What is measured, and between whom.", r => r.Claim.Subject, nullable: false)
        .Text("period", "The time the value refers to, as written (YYYY, YYYY-Qn, YYYY-MM, YYYY-MM-DD or START/END).", r => r.Claim.Period.ToString(), nullable: false)
        .Date("period_start", "First day of the period.", r => r.Claim.Period.Start)
        .Date("period_end", "Last day of the period (inclusive).", r => r.Claim.Period.End)
        .Text("claimant", "Who made the claim.", r => r.Claim.Claimant.Name, nullable: false)
        .Text("claimant_role", "The claimant's role at the time.", r => r.Claim.Claimant.Role)
        .Text("text", "The figure exactly as printed.", r => r.Claim.Figure.Text, nullable: false)
        .Text("meaning", "What the figure states, for people.", r => r.Claim.Figure.ToString("D", CultureInfo.InvariantCulture), nullable: false)
        .Text("bound", "How the text bounds the number: exact, approximately, under, at_most, over, at_least, range, plus_minus.", r => r.Claim.Figure.Bound.ToName(), nullable: false)
        .Decimal("value", "The number as printed, without its scale word (for a range, the low side).", r => r.Claim.Figure.Value)
        .Decimal("value_high", "The high side of a range; null otherwise.", r => r.Claim.Figure.ValueHigh)
        .Decimal("tolerance", "The stated half-width (plus_minus, approximately); null when none.", r => r.Claim.Figure.Tolerance)
        .Text("scale", "The scale word printed with the number (thousand, million, billion, trillion); null when none.", r => NullIfEmpty(r.Claim.Figure.Scale.ToName()))
        .Text("unit", "The unit, in EnergyFigures unit syntax (e.g. USD/1000 m3).", r => r.Claim.Figure.Unit.Symbol, nullable: false)
        .Decimal("low", "Low side of the stated interval in the unit, scale applied; null when unbounded below.", r => r.Claim.Figure.Interval.Low)
        .Boolean("low_open", "Whether the low side is excluded (true when unbounded).", r => r.Claim.Figure.Interval.LowOpen || !r.Claim.Figure.Interval.HasLow)
        .Decimal("high", "High side of the stated interval in the unit, scale applied; null when unbounded above.", r => r.Claim.Figure.Interval.High)
        .Boolean("high_open", "Whether the high side is excluded (true when unbounded).", r => r.Claim.Figure.Interval.HighOpen || !r.Claim.Figure.Interval.HasHigh)
        .Text("topics", "';'-separated topic words.", r => NullIfEmpty(string.Join(';', r.Claim.Topics)))
        .Text("countries", "';'-separated ISO 3166-1 alpha-2 codes.", r => NullIfEmpty(string.Join(';', r.Claim.Countries)))
        .Text("notes", "Editors' notes.", r => r.Claim.Notes)
        .Text("compared_with", "For a comparison claim, the quantity the subject is compared with (the figure bounds subject − it); null for a level.", r => r.Claim.ComparedWith)
        .Integer("appearance", "Which appearance of the claim the provenance columns describe (1 = the first).", r => r.Index + 1)
        .Integer("appearance_count", "How many appearances the claim has.", r => r.Claim.Appearances.Count)
        .Text("quote", "The passage containing the figure, as published (or as quote_kind says).", r => r.Appearance.Quote, nullable: false)
        .Text("quote_kind", "verbatim, summary or derived.", r => QuoteKindName(r.Appearance.QuoteKind), nullable: false)
        .Text("said_on", "When the claimant said it, as a period; null when unknown.", r => r.Appearance.SaidOn.IsDefault ? null : r.Appearance.SaidOn.ToString())
        .Text("reported_by", "';'-separated relays between the claimant and the publication.", r => NullIfEmpty(string.Join(';', r.Appearance.ReportedBy)))
        .Text("chain", "The provenance chain from the claimant to the outlet.", r => r.Appearance.DescribeChain(r.Claim.Claimant), nullable: false)
        .Text("source_title", "Title of the publication.", r => r.Appearance.Source.Title, nullable: false)
        .Text("source_author", "Its author.", r => r.Appearance.Source.Author)
        .Text("source_outlet", "Its outlet.", r => r.Appearance.Source.Outlet, nullable: false)
        .Date("source_date", "Its date when known to the day; null otherwise (source_date_text gives what is known).", r => r.Appearance.Source.Date.Date)
        .Text("source_date_text", "Its date as far as it is known: YYYY-MM-DD, YYYY-MM, YYYY or unknown.", r => r.Appearance.Source.Date.ToString(), nullable: false)
        .Text("source_url", "Its URL.", r => r.Appearance.Source.Url?.OriginalString)
        .Text("originally_published_in", "The outlet that first published it, for a re-publication.", r => r.Appearance.Source.OriginallyPublishedIn);

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}
