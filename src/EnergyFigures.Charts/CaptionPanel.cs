using ScottPlot;

namespace EnergyFigures.Charts;

/// <summary>
/// A multi-line, left-aligned caption (sources, assumptions, how to read the chart) below the bottom axis.
/// ScottPlot 5.1.59 has no footer panel, so this implements <see cref="IPanel"/>. Lines are word-wrapped to
/// <see cref="WrapWidth"/> logical pixels.
/// </summary>
internal sealed class CaptionPanel : IPanel
{
    public bool IsVisible { get; set; } = true;

    public Edge Edge => Edge.Bottom;

    public bool ShowDebugInformation { get; set; }

    public float MinimumSize { get; set; }

    public float MaximumSize { get; set; } = float.MaxValue;

    public IReadOnlyList<string> Lines { get; set; } = [];

    public float WrapWidth { get; set; } = 600;

    public float TopPadding { get; set; } = 8;

    public float BottomPadding { get; set; } = 6;

    public LabelStyle Label { get; } = new()
    {
        FontSize = 11,
        Alignment = Alignment.UpperLeft,
    };

    private List<string> Wrapped(Paint paint)
    {
        var result = new List<string>();
        foreach (var line in Lines)
        {
            var current = string.Empty;
            foreach (var word in line.Split(' '))
            {
                var candidate = current.Length == 0 ? word : current + " " + word;
                if (current.Length > 0 && Label.Measure(candidate, paint).Width > WrapWidth)
                {
                    result.Add(current);
                    current = "    " + word;
                }
                else
                {
                    current = candidate;
                }
            }

            result.Add(current);
        }

        return result;
    }

    public float Measure(Paint paint)
    {
        if (!IsVisible || Lines.Count == 0)
        {
            return 0;
        }

        return Label.Measure(string.Join('\n', Wrapped(paint)), paint).Height + TopPadding + BottomPadding;
    }

    public PixelRect GetPanelRect(PixelRect dataRect, float size, float offset, Paint paint) =>
        new(left: dataRect.Left, right: dataRect.Right, bottom: dataRect.Bottom + offset + size, top: dataRect.Bottom + offset);

    public void Render(RenderPack rp, float size, float offset)
    {
        if (!IsVisible || Lines.Count == 0)
        {
            return;
        }

        var paint = rp.Paint;
        var panel = GetPanelRect(rp.DataRect, size, offset, paint);

        // Align with the figure edge, not the data area, so long source lines get the full width.
        var pt = new Pixel(rp.FigureRect.Left + 8, panel.Top + TopPadding);
        Label.Render(rp.Canvas, pt, paint, string.Join('\n', Wrapped(paint)));
    }
}
