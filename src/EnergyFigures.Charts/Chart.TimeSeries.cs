using EnergyFigures.Numerics;
using EnergyFigures.Units;
using ScottPlot;
using EnergyFigures.Errors;
using EnergyFigures.Reference;

namespace EnergyFigures.Charts;

public sealed partial class Chart
{
    /// <summary>
    /// A time-series chart of a reference series with claims overlaid at the time they refer to (their
    /// <see cref="Claims.Claim.Period"/>): an upper bound ("under $100") is a shaded region below the bound, a
    /// lower bound a region above it, an exact figure a line, a range a band. A claim whose period is only a few
    /// days is widened on the chart to stay visible; its label gives the real dates.
    /// </summary>
    /// <param name="title">The title.</param>
    /// <param name="series">The series (at least one observation).</param>
    /// <param name="claims">Claims to overlay; null for none.</param>
    /// <param name="unit">The unit to draw in; null for the series' unit.</param>
    /// <param name="assumptions">Assumptions for conversions (e.g. BP's 34.121 MMBtu per 1,000 m³); null for none.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="EnergyFiguresException">The series or a claim cannot be converted to <paramref name="unit"/>, or the series is empty (<see cref="ErrorCodes.ChartInputUnusable"/>).</exception>
    public static Chart TimeSeries(string title, ChartSeries series, IEnumerable<ChartItem>? claims = null, Unit? unit = null, IEnumerable<Assumption>? assumptions = null) =>
        TimeSeriesCore(title, series, claims, unit, assumptions, []);

    /// <summary>
    /// A time-series chart of a reference series over a window, converted to <paramref name="unit"/> observation by
    /// observation: each at its own period's exchange rate under <paramref name="exchangeRates"/> (e.g. the ECB
    /// monthly mean of each month), with claims overlaid. The caption says the rule and the first and last rates used.
    /// </summary>
    /// <param name="title">The title.</param>
    /// <param name="series">The series, e.g. <c>ReferenceLibrary.Shipped.Get("worldbank.NGAS_EUR")</c> (USD/MMBtu).</param>
    /// <param name="window">The dates to draw.</param>
    /// <param name="claims">Claims to overlay; null for none. A claim in another currency converts at its own period's rate under the same rule.</param>
    /// <param name="unit">The unit to draw in, e.g. <c>EUR/MWh</c>.</param>
    /// <param name="assumptions">Further assumptions (an energy content, a density); null for none.</param>
    /// <param name="exchangeRates">How currencies convert.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="EnergyFiguresException">The window is outside the coverage, a conversion is impossible, or claims in another currency would need different rates (<see cref="ErrorCodes.MissingAssumption"/>).</exception>
    public static Chart TimeSeries(string title, Reference.ReferenceSeries series, Period window, IEnumerable<ChartItem>? claims, Unit unit, IEnumerable<Assumption>? assumptions, Reference.ExchangeRateRule exchangeRates)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(exchangeRates);
        var items = (claims ?? []).ToList();
        var given = (assumptions ?? []).ToList();
        var converted = Reference.SeriesConversion.Convert(series, window, unit, exchangeRates, given, items.FirstOrDefault()?.Claim);
        if (converted.Count == 0)
        {
            throw new EnergyFiguresException(ErrorCodes.ChartInputUnusable, $"The series '{series.Name}' has no observations in {window} to draw.");
        }

        var points = converted.Select(c => new SeriesPoint(c.Period.Start, Mid(c.Converted.Interval)));
        var chartSeries = new ChartSeries(series.Name, unit, points, series.Citation);
        var claimRates = items.SelectMany(i => exchangeRates.RatesFor(i.Claim.Period, i.Claim, i.Claim.Figure.Unit, unit)).Distinct().ToList();
        if (claimRates.Select(r => r.Value.Unit.ToString()).Distinct(StringComparer.Ordinal).Count() < claimRates.Count)
        {
            throw new EnergyFiguresException(ErrorCodes.MissingAssumption, $"The claims drawn in {unit} would need different exchange rates (their periods differ); draw them in their own currency, or one at a time.");
        }

        var rates = converted.SelectMany(c => c.Assumptions.Where(a => a.Value.Unit.Currency is not null && a.Id.StartsWith("ecb.", StringComparison.Ordinal)).Select(a => (c.Period, a))).ToList();
        var notes = new List<string>();
        if (series.Unit != unit)
        {
            var rateText = rates.Count == 0 ? string.Empty
                : rates.Count == 1 ? $" ({rates[0].Period}: {ChartText.Number(rates[0].a.Value.Interval.Low!.Value)} {ChartText.UnitName(rates[0].a.Value.Unit)})"
                : $" (from {rates[0].Period}: {ChartText.Number(rates[0].a.Value.Interval.Low!.Value)} to {rates[^1].Period}: {ChartText.Number(rates[^1].a.Value.Interval.Low!.Value)} {ChartText.UnitName(rates[0].a.Value.Unit)})";
            notes.Add($"Series converted from {ChartText.UnitName(series.Unit)} to {ChartText.UnitName(unit)} observation by observation: {exchangeRates.Describe()}{rateText}.");
        }

        var other = converted.SelectMany(c => c.Assumptions).Where(a => !rates.Any(r => r.a == a)).Distinct().ToList();
        notes.AddRange(other.Select(ChartText.AssumptionLine));
        return TimeSeriesCore(title, chartSeries, items, unit, given.Concat(claimRates), notes);
    }

    private static Chart TimeSeriesCore(string title, ChartSeries series, IEnumerable<ChartItem>? claims, Unit? unit, IEnumerable<Assumption>? assumptions, IReadOnlyList<string> extraNotes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(series);
        if (series.Points.Count == 0)
        {
            throw new EnergyFiguresException(ErrorCodes.ChartInputUnusable, $"The series '{series.Name}' has no observations to draw.");
        }

        var target = unit ?? series.Unit;
        var given = (assumptions ?? []).ToList();
        var used = new List<Assumption>();
        var points = series.Points
            .Select(p => (p.Date, Value: Mid(ChartUnits.Convert(Quantity.Exactly(p.Value, series.Unit), target, given, used, $"series '{series.Name}' (in {series.Unit})").Interval)))
            .ToArray();

        var items = (claims ?? []).ToList();
        var overlays = new List<Overlay>();
        var converted = new List<string>();
        foreach (var item in items)
        {
            var c = item.Claim;
            var f = c.Figure;
            var what = $"claim '{c.Id}' ({f.Text}, in {f.Unit})";
            var iv = ChartUnits.Convert(f.Quantity, target, given, used, what).Interval;
            var stated = Mid(ChartUnits.Convert(Quantity.Exactly(f.Value * f.Scale.Multiplier(), f.Unit), target, given, used, what).Interval);
            if (f.Unit != target)
            {
                converted.Add($"“{f.Text}” (stated in {ChartText.UnitName(f.Unit)})");
            }

            if (c.Period.IsDefault)
            {
                throw new EnergyFiguresException(ErrorCodes.ChartInputUnusable, $"Cannot place claim '{c.Id}' on a time axis: its period is not known.");
            }

            var label = item.Label ?? $"“{f.Text}” ({ChartText.Period(c.Period)})";
            overlays.Add(new Overlay(f.Bound, iv, stated, c.Period.Start, c.Period.End, label));
        }

        var notes = new List<string>(extraNotes);
        if (series.Unit != target)
        {
            notes.Add($"Series converted from {ChartText.UnitName(series.Unit)} to {ChartText.UnitName(target)}.");
        }

        if (converted.Count > 0)
        {
            notes.Add($"Claims converted to {ChartText.UnitName(target)}: {string.Join(", ", converted)}.");
        }

        notes.AddRange(used.Select(ChartText.AssumptionLine));
        if (overlays.Count > 0)
        {
            notes.Add("How to read: claims are drawn at the time they refer to; a shaded region is a bound (“under”: the claim says the value lies inside the region), a solid horizontal line an exact figure, a band a range. Claims about a few days are widened to stay visible.");
        }

        return new Chart(
            ChartKind.TimeSeries,
            title,
            new TimeSeriesSpec(series.Name, points, [.. overlays], ChartText.UnitName(target)),
            [ChartText.SeriesSource(series), .. ChartText.ClaimSources(items.Select(i => i.Claim))],
            notes);
    }

    /// <summary>
    /// A time-series chart of a reference series over a window (e.g. World Bank "Natural gas, Europe" over
    /// 2019–2020) with claims overlaid; see <see cref="TimeSeries(string, ChartSeries, IEnumerable{ChartItem}?, Unit?, IEnumerable{Assumption}?)"/>.
    /// </summary>
    /// <param name="title">The title.</param>
    /// <param name="series">The series, e.g. <c>ReferenceLibrary.Shipped.Get("worldbank.NGAS_EUR")</c>.</param>
    /// <param name="window">The dates to draw (e.g. <c>Period.Parse("2019/2020")</c>).</param>
    /// <param name="claims">Claims to overlay; null for none.</param>
    /// <param name="unit">The unit to draw in; null for the series' unit.</param>
    /// <param name="assumptions">Assumptions for conversions (e.g. <c>GasEnergyContent.BpInMmbtu</c>); null for none.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="EnergyFiguresException">The window is outside the series' coverage, or a conversion is impossible.</exception>
    public static Chart TimeSeries(string title, Reference.ReferenceSeries series, Period window, IEnumerable<ChartItem>? claims = null, Unit? unit = null, IEnumerable<Assumption>? assumptions = null) =>
        TimeSeries(title, ChartSeries.From(series, window), claims, unit, assumptions);

    private sealed record Overlay(BoundKind Bound, Interval Interval, decimal Stated, DateOnly Start, DateOnly End, string Label);

    private sealed class TimeSeriesSpec(string name, (DateOnly Date, decimal Value)[] points, Overlay[] overlays, string axisLabel) : ChartSpec
    {
        /// <summary>The widest a claim's label on the plot may be, in pixels (the legend and caption keep the full text).</summary>
        private const float LabelWidth = 280;

        public override string DateFormat => "yyyy-MM";

        public override void Draw(Plot plot, ChartStyle style)
        {
            static double X(DateOnly d) => d.ToDateTime(TimeOnly.MinValue).ToOADate();

            var xs = points.Select(p => X(p.Date)).ToArray();
            var dates = points.Select(p => p.Date.ToDateTime(TimeOnly.MinValue).ToOADate()).ToArray();
            var ys = points.Select(p => (double)p.Value).ToArray();
            var xMin = Math.Min(xs.Min(), overlays.Length == 0 ? double.MaxValue : overlays.Min(o => X(o.Start)));
            var xMax = Math.Max(xs.Max(), overlays.Length == 0 ? double.MinValue : overlays.Max(o => X(o.End.AddDays(1))));
            var finite = ys.Concat(overlays.SelectMany(o => new[] { o.Interval.Low, o.Interval.High }).OfType<decimal>().Select(d => (double)d)).Append(0).ToArray();
            var yMin = Math.Min(0, finite.Min());
            var yMax = finite.Max() * 1.18;
            if (yMax <= yMin)
            {
                yMax = yMin + 1;
            }

            var xPad = (xMax - xMin) * 0.02;
            var minWidth = (xMax - xMin) * 0.018;

            foreach (var o in overlays)
            {
                var x1 = X(o.Start);
                var x2 = X(o.End.AddDays(1));
                if (x2 - x1 < minWidth)
                {
                    var mid = (x1 + x2) / 2;
                    x1 = mid - (minWidth / 2);
                    x2 = mid + (minWidth / 2);
                }

                var lo = (double?)o.Interval.Low;
                var hi = (double?)o.Interval.High;
                switch (o.Bound)
                {
                    case BoundKind.Exact when o.Interval.IsPoint:
                    case BoundKind.Approximately:
                    {
                        var y = (double)o.Stated;
                        var line = plot.Add.Line(x1, y, x2, y);
                        line.LineColor = style.Offer;
                        line.LineWidth = 3;
                        line.LinePattern = o.Bound == BoundKind.Approximately ? LinePattern.Dashed : LinePattern.Solid;
                        line.MarkerShape = MarkerShape.None;
                        line.LegendText = "claim: " + o.Label;
                        if (o.Bound == BoundKind.Approximately && o.Interval is { IsBounded: true, IsPoint: false } about)
                        {
                            // The band "about" is read as (e.g. 9.5–10.5 for "about 10").
                            var band = plot.Add.Rectangle(x1, x2, (double)about.Low!.Value, (double)about.High!.Value);
                            band.FillColor = style.Offer.WithAlpha(0.2);
                            band.LineWidth = 0;
                            plot.MoveToBack(band);
                        }

                        // Inside the plot: from the start of the line in the left half, back from its end in the right half.
                        bool leftHalf = x1 - xMin < (xMax - xMin) / 2;
                        var t = ChartStyle.Label(plot, FitLabel(o.Label, 12, true, LabelWidth, 1), new Coordinates(leftHalf ? x1 : x2, y), leftHalf ? Alignment.LowerLeft : Alignment.LowerRight, style.Offer, 12);
                        t.LabelOffsetY = -4;
                        t.LabelBackgroundColor = style.Background.WithAlpha(0.85);
                        break;
                    }

                    default:
                    {
                        var bottom = lo ?? yMin;
                        var top = hi ?? yMax;
                        var rect = plot.Add.Rectangle(x1, x2, bottom, top);
                        rect.FillColor = style.Claim.WithAlpha(0.28);
                        rect.LineWidth = 0;
                        plot.MoveToBack(rect);

                        // The stated edge(s) as solid lines on top of the region.
                        foreach (var edge in new[] { lo, hi }.OfType<double>())
                        {
                            var e = plot.Add.Line(x1, edge, x2, edge);
                            e.LineColor = style.Claim;
                            e.LineWidth = 3;
                            e.MarkerShape = MarkerShape.None;
                        }

                        rect.LegendText = "claim: " + o.Label;
                        var labelY = hi ?? lo!.Value;
                        // Beside the region, just inside the stated edge (below an upper bound, above a lower one).
                        // Beside the region on the side with more room, so the label stays inside the plot.
                        bool roomRight = x1 - xMin < (xMax - xMin) / 2;
                        var align = (roomRight, hi is null) switch
                        {
                            (true, true) => Alignment.LowerLeft,
                            (true, false) => Alignment.UpperLeft,
                            (false, true) => Alignment.LowerRight,
                            (false, false) => Alignment.UpperRight,
                        };
                        var t = ChartStyle.Label(plot, FitLabel(o.Label, 12, true, LabelWidth), new Coordinates(roomRight ? x2 : x1, labelY), align, style.Claim, 12);
                        t.LabelOffsetX = roomRight ? 5 : -5;
                        t.LabelOffsetY = hi is null ? -4 : 4;
                        t.LabelBackgroundColor = style.Background.WithAlpha(0.85);
                        break;
                    }
                }
            }

            var scatter = plot.Add.Scatter(dates, ys);
            scatter.LineWidth = 2.5f;
            scatter.MarkerSize = 5;
            scatter.Color = style.Ink;
            scatter.LegendText = name;

            // Our own month ticks: ScottPlot's automatic date ticks can fall before the window and repeat a label.
            var ticks = TimeTicks.For(DateOnly.FromDateTime(DateTime.FromOADate(xMin)), DateOnly.FromDateTime(DateTime.FromOADate(xMax)));
            plot.Axes.Bottom.SetTicks(ticks.Select(t => X(t.Date)).ToArray(), ticks.Select(t => t.Label).ToArray());
            plot.Axes.Left.Label.Text = axisLabel;
            plot.Axes.Bottom.Label.Text = "Date";
            plot.Axes.SetLimits(xMin - xPad, xMax + xPad, yMin, yMax);
            plot.ShowLegend(Alignment.UpperCenter);
            plot.Legend.FontSize = 12;
        }
    }
}
