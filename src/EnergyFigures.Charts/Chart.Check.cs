using ScottPlot;
using EnergyFigures.Errors;

namespace EnergyFigures.Charts;

public sealed partial class Chart
{
    /// <summary>
    /// A check chart: the claim (drawn by its bound) against the reference value it was checked against, the
    /// reference across the assumption range as a band, and the verdict in the title.
    /// </summary>
    /// <param name="data">The claim, the reference, the band and the verdict.</param>
    /// <param name="title">The start of the title; null for the claim's printed figure. The verdict is appended.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="EnergyFiguresException">The claim cannot be converted to the reference's unit.</exception>
    public static Chart Check(CheckChartData data, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentException.ThrowIfNullOrWhiteSpace(data.Verdict);
        ArgumentException.ThrowIfNullOrWhiteSpace(data.ReferenceLabel);
        return BuildCheck(
            data.Item,
            null,
            data.Reference,
            data.ReferenceLabel,
            [data.ReferenceSource],
            data.Verdict,
            data.Band,
            data.BandLabel,
            data.Assumptions.ToArray(),
            data.Note is { } note ? ["Note: " + note] : [],
            title);
    }

    private static Chart BuildCheck(
        ChartItem item,
        Numerics.Interval? impliedReading,
        Quantity referenceQuantity,
        string referenceLabel,
        IEnumerable<Citation> referenceSources,
        string verdict,
        Quantity? bandQuantity,
        string? bandLabel,
        IReadOnlyList<Assumption> given,
        IEnumerable<string> extraNotes,
        string? title)
    {
        var claim = item.Claim;
        var f = claim.Figure;
        var target = referenceQuantity.Unit;
        var used = new List<Assumption>();
        var what = $"claim '{claim.Id}' ({f.Text}, in {f.Unit})";
        var iv = ChartUnits.Convert(f.Quantity, target, given, used, what).Interval;
        var m = f.Scale.Multiplier();
        var stated = Mid(ChartUnits.Convert(Quantity.Exactly(f.Value * m, f.Unit), target, given, used, what).Interval);
        var rowLabel = ChartText.CategoryLabel(item.Label ?? "claim");
        BoundRow claimRow;
        if (impliedReading is { IsBounded: true } read)
        {
            var r = ChartUnits.Convert(new Quantity(read, f.Unit), target, given, used, what).Interval;
            claimRow = new BoundRow(rowLabel, RowShape.Range, r.Low, r.High, stated, ChartText.Range(r.Low!.Value, r.High!.Value));
        }
        else
        {
            claimRow = BoundRow.For(rowLabel, f.Bound, iv, stated, f.Tolerance * m);
        }

        var band = bandQuantity is { } b ? ChartUnits.Convert(b, target, [], used, "the assumption band").Interval : (Numerics.Interval?)null;
        if (band is { IsBounded: false })
        {
            throw new EnergyFiguresException(ErrorCodes.ChartInputUnusable, "The assumption band must be bounded on both sides.");
        }

        var reference = referenceQuantity.Interval;
        if (!reference.IsBounded)
        {
            throw new EnergyFiguresException(ErrorCodes.ChartInputUnusable, "The reference value must be bounded on both sides.");
        }

        var notes = new List<string>();
        if (f.Unit != target)
        {
            notes.Add($"Claim converted from {ChartText.UnitName(f.Unit)} to {ChartText.UnitName(target)}.");
        }

        foreach (var a in given.Where(a => !used.Contains(a)))
        {
            used.Add(a);
        }

        notes.AddRange(used.Select(ChartText.AssumptionLine));
        var bandText = bandLabel ?? "across the assumption range";
        if (band is { } bi)
        {
            notes.Add($"Shaded band: the reference {bandText}, {ChartText.Range(bi.Low!.Value, bi.High!.Value)} {ChartText.UnitName(target)} (an assumption, not a stated value).");
        }

        notes.AddRange(extraNotes);
        if (ChartText.FullLabels([item.Label ?? "claim", referenceLabel]) is { } full)
        {
            notes.Add(full);
        }

        if (BoundRow.HowToRead([claimRow.Shape]) is { } how)
        {
            notes.Add(how);
        }

        var fullTitle = $"{title ?? "“" + f.Text + "”"} — verdict: {verdict}";
        return new Chart(
            ChartKind.Check,
            fullTitle,
            new CheckSpec(claimRow, reference, band, ChartText.CategoryLabel(referenceLabel), ChartText.UnitName(target)),
            [.. ChartText.ClaimSources([claim]), .. referenceSources.Distinct().Select(c => ChartText.ReferenceSource(referenceLabel, c))],
            notes);
    }

    private sealed class CheckSpec(BoundRow claimRow, Numerics.Interval reference, Numerics.Interval? band, string referenceLabel, string axisLabel) : ChartSpec
    {
        public override void Draw(Plot plot, ChartStyle style)
        {
            var extra = new[] { reference.Low!.Value, reference.High!.Value }
                .Concat(band is { } b ? [b.Low!.Value, b.High!.Value] : []);
            var (min, max) = BoundBars.Limits([claimRow], extra);
            max += (max - min) * 0.1;

            if (band is { } bi)
            {
                var span = plot.Add.HorizontalSpan((double)bi.Low!.Value, (double)bi.High!.Value);
                span.FillColor = style.Reference.WithAlpha(0.16);
                span.LineColor = style.Reference.WithAlpha(0.6);
                span.LineWidth = 1;
                plot.MoveToBack(span);
                var t = ChartStyle.Label(plot, $"band: reference under the assumption range, {ChartText.Range(bi.Low.Value, bi.High!.Value)}", new Coordinates((double)bi.High!.Value, 1.7), Alignment.UpperRight, style.Reference, 12);
                t.LabelOffsetX = -4;
            }

            BoundBars.Draw(plot, style, [claimRow], min, max, positions: [1]);

            var refValue = (double)(reference.Midpoint ?? reference.Low!.Value);
            var refText = ChartText.Range(reference.Low!.Value, reference.High!.Value);
            if (!reference.IsPoint)
            {
                var r = plot.Add.Line(new Coordinates((double)reference.Low!.Value, 0), new Coordinates((double)reference.High!.Value, 0));
                r.LineColor = style.Reference;
                r.LineWidth = 3;
                r.MarkerShape = MarkerShape.None;
            }

            plot.Add.Marker(refValue, 0, MarkerShape.FilledCircle, 15, style.Reference);
            var label = ChartStyle.Label(plot, refText, new Coordinates(refValue, 0), Alignment.MiddleLeft, style.Foreground);
            label.LabelOffsetX = 12;

            BoundBars.CategoryAxis(plot, [claimRow.Label, referenceLabel], [1, 0]);
            plot.Axes.Bottom.Label.Text = axisLabel;
            plot.Axes.SetLimits(min, max, -0.6, 1.75);
        }
    }
}
