using System.Globalization;
using EnergyFigures.Claims;

namespace EnergyFigures.Interchange;

/// <summary>
/// The claims table: the columns of the claims CSV schema (one row per appearance, same names), typed, plus
/// derived columns that make the figure usable without this library: the interval's sides and open ends,
/// the period's first and last days, the figure's meaning and the provenance chain.
/// </summary>
internal static class ClaimTable
{
    /// <summary>The table's name in the file metadata (<c>energyfigures.table</c>).</summary>
    public const string Name = "claims";

    /// <summary>The columns computed from the others; ignored when a table is read back as claims.</summary>
    public static IReadOnlySet<string> DerivedColumns { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "period_start", "period_end", "meaning", "low", "low_open", "high", "high_open", "chain",
    };

    public static TableSpec<(Claim Claim, Appearance Appearance)> Spec { get; } = new TableSpec<(Claim Claim, Appearance Appearance)>()
        .Text("id", "Stable id of the claim.", r => r.Claim.Id)
        .Text("subject", "What is measured, and between whom.", r => r.Claim.Subject)
        .Text("period", "The time the value refers to, as written (YYYY, YYYY-Qn, YYYY-MM, YYYY-MM-DD or START/END).", r => r.Claim.Period.ToString())
        .Date("period_start", "First day of the period.", r => r.Claim.Period.IsDefault ? null : r.Claim.Period.Start)
        .Date("period_end", "Last day of the period (inclusive).", r => r.Claim.Period.IsDefault ? null : r.Claim.Period.End)
        .Text("claimant", "Who made the claim.", r => r.Claim.Claimant.Name)
        .Text("claimant_role", "The claimant's role at the time.", r => r.Claim.Claimant.Role)
        .Text("text", "The figure exactly as printed.", r => r.Claim.Figure.Text)
        .Text("meaning", "What the figure states, for people (Figure.ToString(\"D\")).", r => r.Claim.Figure.ToString("D", CultureInfo.InvariantCulture))
        .Text("bound", "How the text bounds the number: exact, approximately, under, at_most, over, at_least, range, plus_minus.", r => r.Claim.Figure.Bound.ToName())
        .Decimal("value", "The number as printed, without its scale word (for a range, the low side).", r => r.Claim.Figure.Value)
        .Decimal("value_high", "The high side of a range.", r => r.Claim.Figure.ValueHigh)
        .Decimal("tolerance", "The stated half-width (plus_minus, approximately).", r => r.Claim.Figure.Tolerance)
        .Text("scale", "The scale word printed with the number (thousand, million, billion, trillion).", r => NullIfEmpty(r.Claim.Figure.Scale.ToName()))
        .Text("unit", "The unit, in EnergyFigures unit syntax (e.g. USD/1000 m3).", r => r.Claim.Figure.Unit.Symbol)
        .Decimal("low", "Low side of the stated interval in the unit, scale applied; null when unbounded below.", r => r.Claim.Figure.Interval.Low)
        .Boolean("low_open", "Whether the low side is excluded (true when unbounded).", r => r.Claim.Figure.Interval.LowOpen || !r.Claim.Figure.Interval.HasLow)
        .Decimal("high", "High side of the stated interval in the unit, scale applied; null when unbounded above.", r => r.Claim.Figure.Interval.High)
        .Boolean("high_open", "Whether the high side is excluded (true when unbounded).", r => r.Claim.Figure.Interval.HighOpen || !r.Claim.Figure.Interval.HasHigh)
        .Text("topics", "';'-separated topic words.", r => NullIfEmpty(string.Join(';', r.Claim.Topics)))
        .Text("countries", "';'-separated ISO 3166-1 alpha-2 codes.", r => NullIfEmpty(string.Join(';', r.Claim.Countries)))
        .Text("quote", "The passage containing the figure, as published.", r => r.Appearance.Quote)
        .Text("quote_kind", "verbatim, summary or derived.", r => ExportTables.QuoteKindName(r.Appearance.QuoteKind))
        .Text("said_on", "When the claimant said it, as a period.", r => r.Appearance.SaidOn.IsDefault ? null : r.Appearance.SaidOn.ToString())
        .Text("reported_by", "';'-separated relays between the claimant and the publication.", r => NullIfEmpty(string.Join(';', r.Appearance.ReportedBy)))
        .Text("chain", "The provenance chain from the claimant to the outlet.", r => r.Appearance.DescribeChain(r.Claim.Claimant))
        .Text("source_title", "Title of the publication.", r => r.Appearance.Source.Title)
        .Text("source_author", "Its author.", r => r.Appearance.Source.Author)
        .Text("source_outlet", "Its outlet.", r => r.Appearance.Source.Outlet)
        .Date("source_date", "Its date, when known to the day; null otherwise (source_date_text gives what is known).", r => r.Appearance.Source.Date.Date)
        .Text("source_date_text", "Its date as far as it is known: YYYY-MM-DD, YYYY-MM, YYYY or unknown.", r => r.Appearance.Source.Date.ToString())
        .Text("source_url", "Its URL.", r => r.Appearance.Source.Url?.OriginalString)
        .Text("originally_published_in", "The outlet that first published it.", r => r.Appearance.Source.OriginallyPublishedIn)
        .Text("notes", "Editors' notes.", r => r.Claim.Notes)
        .Text("compared_with", "For a comparison claim, the quantity the subject is compared with (the figure bounds subject − it).", r => r.Claim.ComparedWith);

    /// <summary>The table of a claim set, one row per appearance.</summary>
    public static Table Of(IEnumerable<Claim> claims) =>
        Spec.Build(Name, claims.SelectMany(c => c.Appearances.Select(a => (c, a))));

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}
