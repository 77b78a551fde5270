using System.Globalization;
using EnergyFigures.Checks;
using EnergyFigures.Derivation;
using EnergyFigures.Reference;

namespace EnergyFigures.Interchange;

/// <summary>The tables of results and the data behind them: reference series (one row per observation), derived figures and checks (one row each). Claims have theirs in <see cref="ClaimTable"/>.</summary>
internal static class ResultTables
{
    public static TableSpec<(ReferenceSeries Series, Observation Observation)> SeriesSpec { get; } = new TableSpec<(ReferenceSeries Series, Observation Observation)>()
        .Text("series_id", "Id of the series, e.g. worldbank.NGAS_EUR.", r => r.Series.Id)
        .Text("series_name", "What the series measures.", r => r.Series.Name)
        .Text("unit", "The unit of the values, in EnergyFigures unit syntax.", r => r.Series.Unit.Symbol)
        .Text("frequency", "daily or monthly.", r => r.Series.Frequency == Frequency.Daily ? "daily" : "monthly")
        .Text("period", "The period of the observation (YYYY-MM or YYYY-MM-DD).", r => r.Observation.Period.ToString())
        .Date("period_start", "First day of the period.", r => r.Observation.Period.Start)
        .Date("period_end", "Last day of the period (inclusive).", r => r.Observation.Period.End)
        .Decimal("value", "The observed value, exactly as published.", r => r.Observation.Value)
        .Text("source_publisher", "Who publishes the series.", r => r.Series.Citation.Publisher)
        .Text("source_title", "The publication or database.", r => r.Series.Citation.Title)
        .Text("source_url", "Where it is published.", r => r.Series.Citation.Url?.OriginalString)
        .Text("licence", "The licence of the data.", r => r.Series.Citation.Licence)
        .Text("attribution", "The attribution the licence asks for.", r => r.Series.Attribution);

    public static TableSpec<DerivedFigure> DerivedSpec { get; } = new TableSpec<DerivedFigure>()
        .Text("label", "The label given to the figure, if any.", f => f.Label)
        .Text("operation", "How it was obtained: claim, assumption, given, add, subtract, multiply, divide, negate, convert, difference, ratio, premium, spread, order.", f => f.Operation.ToString().ToLowerInvariant())
        .Text("unit", "The unit, in EnergyFigures unit syntax.", f => f.Unit.Symbol)
        .Decimal("low", "Low side of the interval; null when unbounded below.", f => f.Interval.Low)
        .Boolean("low_open", "Whether the low side is excluded (true when unbounded).", f => f.Interval.LowOpen || !f.Interval.HasLow)
        .Decimal("high", "High side of the interval; null when unbounded above.", f => f.Interval.High)
        .Boolean("high_open", "Whether the high side is excluded (true when unbounded).", f => f.Interval.HighOpen || !f.Interval.HasHigh)
        .Text("interval", "The interval as text, e.g. (27, +∞).", f => f.Interval.ToString())
        .Text("ordering", "For a comparison (order): certainly_greater, possibly_greater or certainly_not_greater.", f => f.Ordering?.ToString())
        .Text("explanation", "How it was computed, with citations, in one sentence.", f => f.Explain())
        .Text("claims", "';'-separated ids of the claims it rests on.", f => Join(f.Claims().Select(c => c.Id)))
        .Text("assumptions", "';'-separated ids of the assumptions it rests on.", f => Join(f.AllAssumptions().Select(a => a.Id)))
        .Text("notes", "Modelling notes, ' | '-separated.", f => f.AllNotes().Count == 0 ? null : string.Join(" | ", f.AllNotes()))
        .Text("citations", "Every source, ' | '-separated.", f => f.Citations().Count == 0 ? null : string.Join(" | ", f.Citations().Select(c => c.ToString())));

    public static TableSpec<CheckResult> CheckSpec { get; } = new TableSpec<CheckResult>()
        .Text("claim_id", "The claim checked.", r => r.Claim.Id)
        .Text("claim_text", "Its figure as printed.", r => r.Claim.Figure.Text)
        .Text("verdict", "consistent, inconsistent or indeterminate.", r => r.Verdict.ToString().ToLowerInvariant())
        .Text("reference_id", "The reference series or reported figure.", r => r.ReferenceId)
        .Text("reference", "What the reference is.", r => r.ReferenceDescription)
        .Text("unit", "The unit both intervals are in (the claim's).", r => r.ClaimInterval.Unit.Symbol)
        .Decimal("claim_low", "Low side of the claim's interval; null when unbounded.", r => r.ClaimInterval.Interval.Low)
        .Boolean("claim_low_open", "Whether it is excluded (true when unbounded).", r => r.ClaimInterval.Interval.LowOpen || !r.ClaimInterval.Interval.HasLow)
        .Decimal("claim_high", "High side of the claim's interval; null when unbounded.", r => r.ClaimInterval.Interval.High)
        .Boolean("claim_high_open", "Whether it is excluded (true when unbounded).", r => r.ClaimInterval.Interval.HighOpen || !r.ClaimInterval.Interval.HasHigh)
        .Boolean("implied_precision", "Whether the claim was read with the implied precision of its digits.", r => r.ReadWithImpliedPrecision)
        .Decimal("reference_low", "Low side of the reference, converted to the claim's unit.", r => r.ReferenceInterval.Interval.Low)
        .Decimal("reference_high", "High side of the reference, converted to the claim's unit.", r => r.ReferenceInterval.Interval.High)
        .Decimal("margin", "Distance to the claim's nearest bound (positive inside, negative outside).", r => r.Margin?.Absolute)
        .Decimal("margin_relative", "The margin as a fraction of the bound.", r => r.Margin?.Relative)
        .Decimal("gap", "The gap between the claim's bound and the reference, as a fraction of the reference.", r => r.Gap)
        .Text("reference_values", "The reference values used, 'period: value' separated by '; '.", r => string.Join("; ", r.ReferenceValues.Select(v => string.Create(CultureInfo.InvariantCulture, $"{v.Period}: {v.Value}"))))
        .Text("assumptions", "';'-separated ids of the assumptions used.", r => Join(r.Assumptions.Select(a => a.Id)))
        .Text("notes", "Notes, ' | '-separated.", r => r.Notes.Count == 0 ? null : string.Join(" | ", r.Notes))
        .Text("explanation", "How the check was done, with sources.", r => r.Explanation)
        .Text("citations", "The reference's sources, ' | '-separated.", r => string.Join(" | ", r.ReferenceCitations.Select(c => c.ToString())));

    public static Table Series(ReferenceSeries series) => SeriesSpec.Build("reference_series", series.Observations.Select(o => (series, o)));

    public static Table Series(IEnumerable<ReferenceSeries> series) => SeriesSpec.Build("reference_series", series.SelectMany(s => s.Observations.Select(o => (s, o))));

    public static Table Derived(IEnumerable<DerivedFigure> figures) => DerivedSpec.Build("derived_figures", figures);

    public static Table Checks(IEnumerable<CheckResult> checks) => CheckSpec.Build("checks", checks);

    private static string? Join(IEnumerable<string> items)
    {
        var s = string.Join(';', items);
        return s.Length == 0 ? null : s;
    }
}
