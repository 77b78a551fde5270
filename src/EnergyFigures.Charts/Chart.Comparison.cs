using EnergyFigures.Numerics;
using EnergyFigures.Units;
using ScottPlot;
using EnergyFigures.Errors;

namespace EnergyFigures.Charts;

public sealed partial class Chart
{
    /// <summary>
    /// A comparison chart of several claims in one unit, one horizontal bar per claim, each drawn as its bound
    /// says: exact → solid bar; "about" → pale bar with a dashed end; "under"/"at most" → a bar fading toward
    /// the bound with a cap and an arrow toward lower values, never a plain bar; "over"/"at least" → a bar from
    /// the bound fading out to the right with an outward arrow; a range → a floating bar. Claims in other units
    /// are converted: directly when the units measure the same thing, else with the given assumptions (named in
    /// the caption).
    /// </summary>
    /// <param name="title">The title.</param>
    /// <param name="items">The claims, top to bottom (at least one).</param>
    /// <param name="unit">The unit to draw in; null for the first claim's unit.</param>
    /// <param name="assumptions">Assumptions for conversions between units of different dimensions or currencies; null for none.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="EnergyFiguresException">A claim cannot be converted to <paramref name="unit"/> (<see cref="ErrorCodes.IncompatibleUnits"/>, or <see cref="ErrorCodes.MissingAssumption"/> when an assumption would bridge the units).</exception>
    public static Chart Comparison(string title, IEnumerable<ChartItem> items, Unit? unit = null, IEnumerable<Assumption>? assumptions = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(items);
        var list = items.ToList();
        if (list.Count == 0)
        {
            throw new EnergyFiguresException(ErrorCodes.ChartInputUnusable, "A comparison chart needs at least one claim.");
        }

        var target = unit ?? list[0].Claim.Figure.Unit;
        var given = (assumptions ?? []).ToList();
        var used = new List<Assumption>();
        var converted = new List<string>();
        var raw = new List<(ChartItem Item, Interval Interval, decimal Stated, decimal? Tolerance)>();
        foreach (var item in list)
        {
            var f = item.Claim.Figure;
            var what = $"claim '{item.Claim.Id}' ({f.Text}, in {f.Unit})";
            var m = f.Scale.Multiplier();
            var interval = ChartUnits.Convert(f.Quantity, target, given, used, what).Interval;
            var stated = Mid(ChartUnits.Convert(Quantity.Exactly(f.Value * m, f.Unit), target, given, used, what).Interval);
            decimal? tol = f.Tolerance is { } t ? Mid(ChartUnits.Convert(Quantity.Exactly(t * m, f.Unit), target, given, used, what).Interval) : null;
            if (f.Unit != target)
            {
                converted.Add($"“{f.Text}” (stated in {ChartText.UnitName(f.Unit)})");
            }

            raw.Add((item, interval, stated, tol));
        }

        var (div, word) = BoundBars.DisplayScale(raw.SelectMany(r => new[] { r.Interval.Low, r.Interval.High, (decimal?)r.Stated }).OfType<decimal>());
        var rows = raw.Select(r => BoundRow.For(
            ChartText.CategoryLabel(r.Item.DisplayLabel),
            r.Item.Claim.Figure.Bound,
            div == 1m ? r.Interval : r.Interval.Scale(1m / div),
            r.Stated / div,
            r.Tolerance / div)).ToList();

        var notes = new List<string>();
        if (converted.Count > 0)
        {
            notes.Add($"Converted to {ChartText.UnitName(target)}: {string.Join(", ", converted)}.");
        }

        notes.AddRange(used.Select(ChartText.AssumptionLine));
        if (ChartText.FullLabels(raw.Select(r => r.Item.DisplayLabel)) is { } full)
        {
            notes.Add(full);
        }

        if (BoundRow.HowToRead(rows.Select(r => r.Shape)) is { } how)
        {
            notes.Add(how);
        }

        return new Chart(
            ChartKind.Comparison,
            title,
            new ComparisonSpec([.. rows], BoundBars.AxisLabel(target, word)),
            ChartText.ClaimSources(list.Select(i => i.Claim)),
            notes);
    }

    /// <summary>A comparison chart of claims without labels (each labelled with its id).</summary>
    /// <param name="title">The title.</param>
    /// <param name="claims">The claims.</param>
    /// <param name="unit">The unit; null for the first claim's.</param>
    /// <param name="assumptions">Assumptions for conversions; null for none.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="EnergyFiguresException">A claim cannot be converted.</exception>
    public static Chart Comparison(string title, IEnumerable<Claims.Claim> claims, Unit? unit = null, IEnumerable<Assumption>? assumptions = null)
    {
        ArgumentNullException.ThrowIfNull(claims);
        return Comparison(title, claims.Select(c => new ChartItem(c)), unit, assumptions);
    }

    private static decimal Mid(Interval i) => i.Midpoint ?? i.Low ?? i.High ?? 0m;

    private sealed class ComparisonSpec(BoundRow[] rows, string axisLabel) : ChartSpec
    {
        public override void Draw(Plot plot, ChartStyle style)
        {
            var (min, max) = BoundBars.Limits(rows);
            BoundBars.Draw(plot, style, rows, min, max);
            var positions = Enumerable.Range(0, rows.Length).Select(i => BoundBars.Position(i, rows.Length)).ToArray();
            BoundBars.CategoryAxis(plot, rows.Select(r => r.Label).ToArray(), positions);
            plot.Axes.Bottom.Label.Text = axisLabel;
            plot.Axes.SetLimits(min, max, -0.6, rows.Length - 0.4);
        }
    }
}
