using System.Globalization;
using ScottPlot;

namespace EnergyFigures.Charts;

/// <summary>Colours and shared drawing helpers for one render (light or dark theme).</summary>
internal sealed class ChartStyle
{
    public ChartStyle(Plot plot, ChartTheme theme)
    {
        Dark = theme == ChartTheme.Dark;
        Foreground = plot.Axes.Bottom.TickLabelStyle.ForeColor;
        Background = plot.DataBackground.Color.Alpha == 255 ? plot.DataBackground.Color : plot.FigureBackground.Color;
        Ink = Dark ? Color.FromHex("#7fb3e0") : Color.FromHex("#1f4e79");
        Accent = Dark ? Color.FromHex("#f0a04b") : Color.FromHex("#c25e00");
        Claim = Dark ? Color.FromHex("#f2c14e") : Color.FromHex("#b07800");
        Offer = Dark ? Color.FromHex("#ff7b7b") : Color.FromHex("#b22222");
        Reference = Dark ? Color.FromHex("#5fd3a6") : Color.FromHex("#007a5a");
    }

    public bool Dark { get; }

    public Color Foreground { get; }

    public Color Background { get; }

    /// <summary>Claims' bars.</summary>
    public Color Ink { get; }

    /// <summary>Spreads and differences.</summary>
    public Color Accent { get; }

    /// <summary>Claim regions overlaid on a series.</summary>
    public Color Claim { get; }

    /// <summary>Exact claims overlaid on a series.</summary>
    public Color Offer { get; }

    /// <summary>Reference data.</summary>
    public Color Reference { get; }

    /// <summary>Opaque mix of <paramref name="a"/> toward the background (t = 0: a; t = 1: background).</summary>
    public Color Fade(Color a, double t) => new(
        (byte)Math.Round(a.Red + ((Background.Red - a.Red) * t)),
        (byte)Math.Round(a.Green + ((Background.Green - a.Green) * t)),
        (byte)Math.Round(a.Blue + ((Background.Blue - a.Blue) * t)));

    public static ScottPlot.Plottables.Text Label(Plot plot, string text, Coordinates at, Alignment alignment, Color color, float size = 13, bool bold = true)
    {
        var t = plot.Add.Text(text, at);
        t.LabelFontName = ChartFonts.Name;
        t.LabelFontSize = size;
        t.LabelBold = bold;
        t.LabelFontColor = color;
        t.LabelAlignment = alignment;
        return t;
    }

    /// <summary>
    /// Tick labels default to the current culture ("N0", "G", short dates). Replace the formatters with
    /// invariant ones so output never depends on the machine's locale. Call after setting manual ticks.
    /// </summary>
    public static void Invariant(Plot plot, string dateFormat)
    {
        var inv = CultureInfo.InvariantCulture;
        foreach (var axis in plot.Axes.GetAxes())
        {
            if (axis.TickGenerator is ScottPlot.TickGenerators.NumericAutomatic na)
            {
                na.LabelFormatter = v => ChartText.Tick(Math.Round(v, 10));
            }
            else if (axis.TickGenerator is ScottPlot.TickGenerators.DateTimeAutomatic da)
            {
                da.LabelFormatter = d => d.ToString(dateFormat, inv);
            }
        }
    }
}
