using System.Text;
using EnergyFigures.Claims;
using ScottPlot;

namespace EnergyFigures.Charts;

/// <summary>The kind of a chart.</summary>
public enum ChartKind
{
    /// <summary>Several claims in one unit, each drawn as its bound says.</summary>
    Comparison,
    /// <summary>Two rates and the spread between them in percentage points.</summary>
    Spread,
    /// <summary>A reference series with claims overlaid.</summary>
    TimeSeries,
    /// <summary>A claim against its reference value, with the verdict.</summary>
    Check,
}

/// <summary>
/// A chart of claims and reference data: an immutable description (title, what to draw, and the sources it
/// cites) that renders to PNG or SVG on demand. Bounds are drawn as bounds: an "under $100" is never a
/// plain $100 bar, a range is a floating bar, "about" is marked. Every chart carries a caption citing each
/// claim's claimant and outlet, each series' publisher and each assumption used. Output is deterministic:
/// the same chart and options give the same bytes on any machine (the font is embedded, see <see cref="ChartFonts"/>).
/// </summary>
public sealed partial class Chart
{
    private static readonly Lock RenderGate = new();

    private Chart(ChartKind kind, string title, ChartSpec spec, IEnumerable<string> sources, IEnumerable<string> notes)
    {
        Kind = kind;
        Title = title;
        Spec = spec;
        Sources = new EquatableArray<string>(sources);
        Notes = new EquatableArray<string>(notes);
    }

    /// <summary>The kind of chart.</summary>
    public ChartKind Kind { get; }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>The source lines of the caption: each claim's claimant, relays, outlet and date; each series' and reference's publisher.</summary>
    public EquatableArray<string> Sources { get; }

    /// <summary>The other caption lines: the assumptions used for conversions, and how to read the encodings.</summary>
    public EquatableArray<string> Notes { get; }

    /// <summary>The whole caption, sources first.</summary>
    public IReadOnlyList<string> Caption => [.. Sources, .. Notes];

    /// <summary>What to draw.</summary>
    internal ChartSpec Spec { get; }

    /// <summary>Renders to PNG.</summary>
    /// <param name="options">Size, scale and theme; null for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>The PNG file, <see cref="ChartOptions.PixelWidth"/> × <see cref="ChartOptions.PixelHeight"/> pixels.</returns>
    public byte[] ToPng(ChartOptions? options = null)
    {
        var o = options ?? ChartOptions.Default;
        lock (RenderGate)
        {
            var plot = Build(o);
            plot.ScaleFactor = (double)o.Scale;
            return plot.GetImageBytes(o.PixelWidth, o.PixelHeight, ImageFormat.Png);
        }
    }

    /// <summary>Renders to SVG (text as <c>&lt;text&gt;</c> elements in DejaVu Sans; markup in data is escaped).</summary>
    /// <param name="options">Size and theme (the scale is ignored: SVG is vector); null for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>The SVG document.</returns>
    public string ToSvg(ChartOptions? options = null)
    {
        var o = options ?? ChartOptions.Default;
        lock (RenderGate)
        {
            var plot = Build(o);
            return SvgIds.Normalize(plot.GetSvgXml(o.Width, o.Height));
        }
    }

    /// <summary>Renders to a PNG file (created or replaced atomically: never left truncated).</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Size, scale and theme; null for the default.</param>
    public void SavePng(string path, ChartOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        IO.AtomicFile.WriteAllBytes(path, ToPng(options));
    }

    /// <summary>Renders to an SVG file (UTF-8, created or replaced atomically: never left truncated).</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Size and theme; null for the default.</param>
    public void SaveSvg(string path, ChartOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        IO.AtomicFile.WriteAllText(path, ToSvg(options));
    }

    /// <summary>
    /// A fresh ScottPlot plot of this chart, to customise further (e.g. in a notebook). Render it with the
    /// same width (the caption is wrapped to <paramref name="options"/>' width).
    /// </summary>
    /// <param name="options">Size and theme; null for the default.</param>
    /// <returns>The plot.</returns>
    public Plot ToPlot(ChartOptions? options = null)
    {
        lock (RenderGate)
        {
            return Build(options ?? ChartOptions.Default);
        }
    }

    /// <summary>The kind and title.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Kind} chart: {Title}";

    private Plot Build(ChartOptions o)
    {
        ChartFonts.Register();
        var plot = new Plot();
        if (o.Theme == ChartTheme.Dark)
        {
            plot.SetStyle(new ScottPlot.PlotStyles.Dark());
        }

        var st = new ChartStyle(plot, o.Theme);
        // Wrap long titles, measured with the embedded bold face. ScottPlot centres the title over the data
        // area, which starts right of the category labels (up to about 200 px): keep it inside the figure.
        plot.Title(WrapMeasured(Title, 17, Math.Max(200, o.Width - 230)));
        plot.Axes.Title.Label.FontSize = 17;
        Spec.Draw(plot, st);
        if (o.Theme == ChartTheme.Dark)
        {
            // Again: drawing may replace an axis (the date axis of a time series), which starts out light.
            plot.SetStyle(new ScottPlot.PlotStyles.Dark());
        }

        var caption = new CaptionPanel { Lines = Caption, WrapWidth = o.Width - 16 };
        caption.Label.FontName = ChartFonts.Name;
        caption.Label.ForeColor = st.Foreground;
        plot.Axes.AddPanel(caption);
        ChartStyle.Invariant(plot, Spec.DateFormat);
        return plot;
    }
}

public sealed partial class Chart
{
    /// <summary>
    /// A label that fits: wrapped at words into at most <paramref name="maxLines"/> lines of at most
    /// <paramref name="maxWidth"/> pixels (measured with the embedded font), the last line shortened with an
    /// ellipsis when the text is longer. The full text belongs in the legend or the caption.
    /// </summary>
    internal static string FitLabel(string text, float size, bool bold, float maxWidth, int maxLines = 2)
    {
        // Measure with the embedded face: register it first (labels are fitted when a chart is built, before rendering).
        ChartFonts.Register();
        using var font = new SkiaSharp.SKFont(Fonts.GetTypeface(ChartFonts.Name, bold, false), size);
        var lines = new List<string>();
        var current = string.Empty;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int i = 0;
        for (; i < words.Length; i++)
        {
            var candidate = current.Length == 0 ? words[i] : current + " " + words[i];
            if (current.Length > 0 && font.MeasureText(candidate) > maxWidth)
            {
                lines.Add(current);
                current = words[i];
                if (lines.Count == maxLines)
                {
                    break;
                }
            }
            else
            {
                current = candidate;
            }
        }

        if (lines.Count < maxLines)
        {
            lines.Add(current);
            current = string.Empty;
            i = words.Length;
        }

        var last = lines[^1];
        bool cut = i < words.Length || font.MeasureText(last) > maxWidth;
        if (cut)
        {
            while (last.Length > 1 && font.MeasureText(last + "…") > maxWidth)
            {
                last = last[..^1];
            }

            lines[^1] = last.TrimEnd() + "…";
        }

        return string.Join('\n', lines);
    }

    private static string WrapMeasured(string text, float size, float maxWidth)
    {
        using var font = new SkiaSharp.SKFont(Fonts.GetTypeface(ChartFonts.Name, true, false), size);
        var lines = new List<string>();
        var current = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && font.MeasureText(candidate) > maxWidth)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = candidate;
            }
        }

        lines.Add(current);
        return string.Join('\n', lines);
    }
}

/// <summary>What a chart draws (one subclass per kind). Immutable.</summary>
internal abstract class ChartSpec
{
    public virtual string DateFormat => "yyyy-MM-dd";

    public abstract void Draw(Plot plot, ChartStyle style);
}
