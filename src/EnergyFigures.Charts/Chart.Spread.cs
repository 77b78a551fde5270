using EnergyFigures.Numerics;
using ScottPlot;
using EnergyFigures.Errors;

namespace EnergyFigures.Charts;

public sealed partial class Chart
{
    /// <summary>
    /// A spread chart: two rates (e.g. what Russia earns on reserves in the US, what Belarus pays Russia on
    /// loans) as bars drawn by their bounds, and the spread between them — higher minus lower, in percentage
    /// points for percentages — drawn as the distance between them: a thick segment for the spread that is
    /// certain (the least spread) and a thin one out to the greatest spread.
    /// </summary>
    /// <param name="title">The title.</param>
    /// <param name="lower">The lower rate (drawn first).</param>
    /// <param name="higher">The higher rate.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="EnergyFiguresException">The units cannot be subtracted (<see cref="ErrorCodes.IncompatibleUnits"/>, <see cref="ErrorCodes.MissingAssumption"/>), or a rate is an open bound so the spread has no end (<see cref="ErrorCodes.ChartInputUnusable"/>).</exception>
    public static Chart Spread(string title, ChartItem lower, ChartItem higher)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(lower);
        ArgumentNullException.ThrowIfNull(higher);
        var lf = lower.Claim.Figure;
        var hf = higher.Claim.Figure;
        var unit = lf.Unit;
        var used = new List<Assumption>();
        var hq = ChartUnits.Convert(hf.Quantity, unit, [], used, $"claim '{higher.Claim.Id}' ({hf.Text}, in {hf.Unit})");
        var lq = lf.Quantity;
        if (!lq.Interval.IsBounded || !hq.Interval.IsBounded)
        {
            var open = !lq.Interval.IsBounded ? lower.Claim : higher.Claim;
            throw new EnergyFiguresException(
                ErrorCodes.ChartInputUnusable,
                $"Cannot draw a spread with claim '{open.Id}' ({open.Figure.Text}): it is an open bound ({open.Figure.Bound.ToPhrase()}), so the spread has no end. Use a comparison chart instead.");
        }

        var spread = hq - lq;
        var rows = new[]
        {
            Row(lower, lq.Interval),
            Row(higher, hq.Interval),
        };
        var sl = spread.Interval.Low!.Value;
        var sh = spread.Interval.High!.Value;
        var spreadText = sl == sh
            ? $"spread: {ChartText.Number(sl)} {ShortUnit(spread.Unit)}"
            : $"spread: {ChartText.Number(sl)} to {ChartText.Number(sh)} {ShortUnit(spread.Unit)}";
        var notes = new List<string>
        {
            $"Spread = “{hf.Text}” − “{lf.Text}” = {ChartText.Number(sl)} to {ChartText.Number(sh)} {ChartText.UnitName(spread.Unit)}"
                + (sl == sh ? "." : $" (at least {ChartText.Number(sl)}: the thick segment; at most {ChartText.Number(sh)}: the thin line)."),
        };
        if (BoundRow.HowToRead(rows.Select(r => r.Shape)) is { } how)
        {
            notes.Add(how);
        }

        if (ChartText.FullLabels([lower.DisplayLabel, higher.DisplayLabel]) is { } full)
        {
            notes.Add(full);
        }

        return new Chart(
            ChartKind.Spread,
            title,
            new SpreadSpec(rows, lq.Interval, hq.Interval, spreadText, ChartText.UnitName(unit)),
            ChartText.ClaimSources([lower.Claim, higher.Claim]),
            notes);
    }

    private static BoundRow Row(ChartItem item, Interval converted)
    {
        var f = item.Claim.Figure;
        var m = f.Scale.Multiplier();
        return BoundRow.For(ChartText.CategoryLabel(item.DisplayLabel), f.Bound, converted, f.Value * m, f.Tolerance * m);
    }

    private static string ShortUnit(Units.Unit unit)
    {
        if (unit.IsPercentagePoints)
        {
            // "pp" alone: the per-period part is spelled out in the caption.
            return "pp";
        }

        return unit.ToString();
    }

    private sealed class SpreadSpec(BoundRow[] rows, Interval lower, Interval higher, string spreadText, string axisLabel) : ChartSpec
    {
        public override void Draw(Plot plot, ChartStyle style)
        {
            // Rows: lower on top (2), higher (1), spread (0).
            double[] positions = [2, 1];
            var (min, max) = BoundBars.Limits(rows);
            BoundBars.Draw(plot, style, rows, min, max, positions: positions);

            var c = style.Accent;
            var aLow = (double)lower.Low!.Value;
            var aHigh = (double)lower.High!.Value;
            var bLow = (double)higher.Low!.Value;
            var bHigh = (double)higher.High!.Value;

            // Dotted guides from the rates down to the spread row.
            foreach (var (x, top) in new[] { (aHigh, 2.0), (bLow, 1.0), (bHigh, 1.0) }.Distinct())
            {
                var g = plot.Add.Line(new Coordinates(x, top - (BoundBars.BarSize / 2)), new Coordinates(x, 0));
                g.LineColor = style.Fade(c, 0.3);
                g.LineWidth = 1.2f;
                g.LinePattern = LinePattern.Dotted;
                g.MarkerShape = MarkerShape.None;
            }

            // The greatest spread: a thin line from the lowest lower rate to the highest higher rate.
            var thin = plot.Add.Line(new Coordinates(aLow, 0), new Coordinates(bHigh, 0));
            thin.LineColor = c;
            thin.LineWidth = 2.5f;
            thin.MarkerShape = MarkerShape.None;
            BoundBars.Cap(plot, aLow, 0, 0.14, c, dashed: false, width: 2.5f);
            BoundBars.Cap(plot, bHigh, 0, 0.14, c, dashed: false, width: 2.5f);

            // The least spread: a thick bar from the highest lower rate to the lowest higher rate.
            if (bLow > aHigh)
            {
                var bar = new ScottPlot.Bar { Position = 0, Size = 0.3, ValueBase = aHigh, Value = bLow, FillColor = c, LineWidth = 0 };
                plot.Add.Bars(new[] { bar }).Horizontal = true;
            }

            var sl = ChartStyle.Label(plot, spreadText, new Coordinates((aLow + bHigh) / 2, 0.2), Alignment.LowerCenter, c);
            sl.LabelOffsetY = -2;

            var labels = rows.Select(r => r.Label).Append("spread\n(higher − lower)").ToArray();
            BoundBars.CategoryAxis(plot, labels, [2, 1, 0]);
            plot.Axes.Bottom.Label.Text = axisLabel;
            plot.Axes.SetLimits(min, max, -0.6, 2.6);
        }
    }
}
