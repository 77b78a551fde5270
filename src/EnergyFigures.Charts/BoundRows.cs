using EnergyFigures.Units;
using ScottPlot;
using ScottPlot.Plottables;

namespace EnergyFigures.Charts;

/// <summary>How a row draws its value.</summary>
internal enum RowShape
{
    /// <summary>Solid bar from the base to the value.</summary>
    Bar,
    /// <summary>"About": pale bar with a dashed end.</summary>
    About,
    /// <summary>"Under"/"at most": bar fading toward the bound, a cap at the bound, an arrow toward lower values.</summary>
    Below,
    /// <summary>"Over"/"at least": bar from the bound fading toward the axis end, a cap, an arrow outward.</summary>
    Above,
    /// <summary>A range: floating bar with a border.</summary>
    Range,
}

/// <summary>One row of a bar-like chart: what to draw, in chart units (already divided by the display scale).</summary>
/// <param name="Label">The category label (may contain line breaks).</param>
/// <param name="Shape">How to draw it.</param>
/// <param name="Low">Low end (range, above) or null.</param>
/// <param name="High">High end (bar, about, below, range) or null.</param>
/// <param name="Center">A centre mark (plus-minus) or null.</param>
/// <param name="ValueText">The value label, e.g. <c>&lt; 100</c>.</param>
internal sealed record BoundRow(string Label, RowShape Shape, decimal? Low, decimal? High, decimal? Center, string ValueText)
{
    public IEnumerable<decimal> Finite()
    {
        if (Low is { } l)
        {
            yield return l;
        }

        if (High is { } h)
        {
            yield return h;
        }

        if (Center is { } c)
        {
            yield return c;
        }
    }

    /// <summary>The row for a figure's bound, given the converted interval and the converted stated value.</summary>
    public static BoundRow For(string label, BoundKind bound, Numerics.Interval converted, decimal statedConverted, decimal? toleranceConverted)
    {
        string N(decimal? d) => ChartText.Number(d ?? 0m);
        switch (bound)
        {
            case BoundKind.Exact when converted.IsPoint:
                return new(label, RowShape.Bar, null, converted.Low, null, N(converted.Low));
            case BoundKind.Exact:
                // An exact figure converted with an assumption range becomes a range.
                return new(label, RowShape.Range, converted.Low, converted.High, null, ChartText.Range(converted.Low!.Value, converted.High!.Value));
            case BoundKind.Approximately when converted is { IsBounded: true, IsPoint: false }:
                // "About": the stated value, and the band it is read as (e.g. "about €10" as 9.5–10.5).
                return new(label, RowShape.About, converted.Low, converted.High, statedConverted, $"≈ {N(statedConverted)} (read {ChartText.Range(converted.Low!.Value, converted.High!.Value)})");
            case BoundKind.Approximately:
                return new(label, RowShape.About, null, statedConverted, statedConverted, "≈ " + N(statedConverted));
            case BoundKind.PlusMinus:
                return new(label, RowShape.Range, converted.Low, converted.High, statedConverted, $"{N(statedConverted)} ± {N(toleranceConverted)}");
            case BoundKind.Under:
                return new(label, RowShape.Below, null, converted.High, null, "< " + N(converted.High));
            case BoundKind.AtMost:
                return new(label, RowShape.Below, null, converted.High, null, "≤ " + N(converted.High));
            case BoundKind.Over:
                return new(label, RowShape.Above, converted.Low, null, null, "> " + N(converted.Low));
            case BoundKind.AtLeast:
                return new(label, RowShape.Above, converted.Low, null, null, "≥ " + N(converted.Low));
            case BoundKind.Range:
                return new(label, RowShape.Range, converted.Low, converted.High, null, ChartText.Range(converted.Low!.Value, converted.High!.Value));
            default:
                throw new ArgumentOutOfRangeException(nameof(bound));
        }
    }

    /// <summary>A sentence for the caption explaining the encodings present.</summary>
    public static string? HowToRead(IEnumerable<RowShape> shapes)
    {
        var set = shapes.ToHashSet();
        var parts = new List<string>();
        if (set.Contains(RowShape.Bar))
        {
            parts.Add("solid bar = exact figure");
        }

        if (set.Contains(RowShape.About))
        {
            parts.Add("pale bar with dashed end = “about”, the framed band around its end = the values “about” is read as");
        }

        if (set.Contains(RowShape.Below))
        {
            parts.Add("fading bar with a cap and an arrow toward lower values = an upper bound (“under”, “at most”): the value lies somewhere below the cap");
        }

        if (set.Contains(RowShape.Above))
        {
            parts.Add("bar fading out to the right with a cap and an arrow = a lower bound (“over”, “at least”)");
        }

        if (set.Contains(RowShape.Range))
        {
            parts.Add("framed floating bar = a range");
        }

        return parts.Count == 0 ? null : "How to read: " + string.Join("; ", parts) + ".";
    }
}

/// <summary>Draws rows of bounds as horizontal bars (first row on top).</summary>
internal static class BoundBars
{
    public const double BarSize = 0.56;

    /// <summary>The value-axis limits for the rows: from min(0, lowest) to the highest value plus room.</summary>
    public static (double Min, double Max) Limits(IEnumerable<BoundRow> rows, IEnumerable<decimal>? extra = null)
    {
        var all = rows.SelectMany(r => r.Finite()).Concat(extra ?? []).Select(d => (double)d).Append(0d).ToList();
        double lo = all.Min(), hi = all.Max();
        if (hi <= lo)
        {
            hi = lo + 1;
        }

        var span = hi - lo;
        var roomRight = rows.Any(r => r.Shape == RowShape.Above) ? 0.45 : 0.2;
        return (lo < 0 ? lo - (span * 0.08) : 0, hi + (span * roomRight));
    }

    /// <summary>Position of row <paramref name="i"/> of <paramref name="n"/> (first on top).</summary>
    public static double Position(int i, int n) => n - 1 - i;

    public static void Draw(Plot plot, ChartStyle st, IReadOnlyList<BoundRow> rows, double axisMin, double axisMax, Color? color = null, IReadOnlyList<double>? positions = null)
    {
        var c = color ?? st.Ink;
        var span = axisMax - axisMin;
        var bars = new List<Bar>();
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var pos = positions?[i] ?? Position(i, rows.Count);
            var bar = new Bar { Position = pos, Size = BarSize, FillColor = c, LineWidth = 0 };
            var baseValue = Math.Max(0, axisMin);
            switch (r.Shape)
            {
                case RowShape.Bar:
                    bar.ValueBase = baseValue;
                    bar.Value = (double)r.High!.Value;
                    break;
                case RowShape.About:
                    bar.ValueBase = baseValue;
                    bar.Value = (double)r.Center!.Value;
                    bar.FillColor = st.Fade(c, 0.55);
                    break;
                case RowShape.Below:
                    bar.ValueBase = axisMin < 0 ? axisMin : 0;
                    bar.Value = (double)r.High!.Value;

                    // Opaque colours: a gradient is multiplied by the fill colour's alpha.
                    bar.FillColor = st.Fade(c, 0.93);
                    bar.FillHatchColor = st.Fade(c, 0.2);
                    bar.FillHatch = new Gradient(GradientType.Linear) { AlignmentStart = Alignment.MiddleLeft, AlignmentEnd = Alignment.MiddleRight };
                    break;
                case RowShape.Above:
                    bar.ValueBase = (double)r.Low!.Value;
                    bar.Value = axisMax;
                    bar.FillColor = st.Fade(c, 0.2);
                    bar.FillHatchColor = st.Fade(c, 0.97);
                    bar.FillHatch = new Gradient(GradientType.Linear) { AlignmentStart = Alignment.MiddleLeft, AlignmentEnd = Alignment.MiddleRight };
                    break;
                case RowShape.Range:
                    bar.ValueBase = (double)r.Low!.Value;
                    bar.Value = (double)r.High!.Value;
                    bar.FillColor = st.Fade(c, 0.45);
                    bar.LineColor = c;
                    bar.LineWidth = 1.5f;
                    break;
            }

            bars.Add(bar);
        }

        var bp = plot.Add.Bars(bars);
        bp.Horizontal = true;

        const double h = BarSize / 2;
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var pos = positions?[i] ?? Position(i, rows.Count);
            switch (r.Shape)
            {
                case RowShape.Bar:
                    ValueLabel(plot, st, (double)r.High!.Value, pos, r.ValueText, after: true);
                    break;
                case RowShape.About:
                    if (r.Low is { } lo && r.High is { } hi && lo != hi)
                    {
                        // The tolerance band "about" is read as: a translucent framed box around the stated value.
                        var band = plot.Add.Rectangle((double)lo, (double)hi, pos - (h * 1.2), pos + (h * 1.2));
                        band.FillColor = st.Fade(c, 0.3).WithAlpha(0.45);
                        band.LineColor = c;
                        band.LineWidth = 1.5f;
                    }

                    Cap(plot, (double)r.Center!.Value, pos, h * 1.45, c, dashed: true, width: 2.5f);
                    ValueLabel(plot, st, (double)(r.High ?? r.Center!.Value), pos, r.ValueText, after: true);
                    break;
                case RowShape.Below:
                {
                    var v = (double)r.High!.Value;
                    Cap(plot, v, pos, h * 1.25, c, dashed: false, width: 3f);
                    ArrowAlong(plot, v, v - (span * 0.12), pos, c);
                    ValueLabel(plot, st, v, pos, r.ValueText, after: true);
                    break;
                }

                case RowShape.Above:
                {
                    var v = (double)r.Low!.Value;
                    Cap(plot, v, pos, h * 1.25, c, dashed: false, width: 3f);
                    ArrowAlong(plot, v, v + (span * 0.12), pos, c);
                    ValueLabel(plot, st, v, pos, r.ValueText, after: false);
                    break;
                }

                case RowShape.Range:
                    if (r.Center is { } m)
                    {
                        Cap(plot, (double)m, pos, h, c, dashed: false, width: 2f);
                    }

                    ValueLabel(plot, st, (double)r.High!.Value, pos, r.ValueText, after: true);
                    break;
            }
        }
    }

    public static void CategoryAxis(Plot plot, IReadOnlyList<string> labels, IReadOnlyList<double> positions)
    {
        plot.Axes.Left.SetTicks(positions.ToArray(), labels.ToArray());
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Left.TickLabelStyle.FontSize = 13;
        plot.Grid.YAxisStyle.IsVisible = false;
    }

    public static void Cap(Plot plot, double value, double pos, double half, Color c, bool dashed, float width)
    {
        var l = plot.Add.Line(new Coordinates(value, pos - half), new Coordinates(value, pos + half));
        l.LineColor = c;
        l.LineWidth = width;

        // Dashes on lines survive SVG export; dashes on rectangle borders do not.
        l.LinePattern = dashed ? LinePattern.DenselyDashed : LinePattern.Solid;
        l.MarkerShape = MarkerShape.None;
    }

    public static void ArrowAlong(Plot plot, double from, double to, double pos, Color c)
    {
        var a = plot.Add.Arrow(new Coordinates(from, pos), new Coordinates(to, pos));
        a.ArrowLineColor = c;
        a.ArrowFillColor = c;
        a.ArrowWidth = 2;
        a.ArrowheadWidth = 12;
        a.ArrowheadLength = 12;
    }

    public static Text ValueLabel(Plot plot, ChartStyle st, double value, double pos, string text, bool after)
    {
        var t = ChartStyle.Label(plot, text, new Coordinates(value, pos), after ? Alignment.MiddleLeft : Alignment.MiddleRight, st.Foreground);
        t.LabelOffsetX = after ? 7 : -7;
        return t;
    }

    /// <summary>A divisor and its word for large values (millions and up), for axis labels.</summary>
    public static (decimal Divisor, string? Word) DisplayScale(IEnumerable<decimal> values)
    {
        var max = values.Select(Math.Abs).DefaultIfEmpty(0m).Max();
        return max switch
        {
            >= 1_000_000_000_000m => (1_000_000_000_000m, "trillions"),
            >= 1_000_000_000m => (1_000_000_000m, "billions"),
            >= 1_000_000m => (1_000_000m, "millions"),
            _ => (1m, null),
        };
    }

    public static string AxisLabel(Unit unit, string? scaleWord) =>
        scaleWord is null ? ChartText.UnitName(unit) : $"{ChartText.UnitName(unit)} ({scaleWord})";
}
