using System.Globalization;
using System.Net;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Formatting;
using ScottPlot;

namespace EnergyFigures.Charts.Interactive;

/// <summary>
/// Loaded by .NET Interactive from the EnergyFigures.Charts package (interactive-extensions/dotnet): shows charts
/// and ScottPlot plots inline as PNG images, drawn with the charts' embedded font.
/// </summary>
public sealed class ChartsKernelExtension : IKernelExtension
{
    /// <summary>The size charts are shown at in notebooks (CSS pixels); the PNG is drawn at twice that for sharp text.</summary>
    public static ChartOptions NotebookChartOptions { get; } = ChartOptions.Default with { Scale = 2m };

    private const int PlotWidth = 600;
    private const int PlotHeight = 400;

    /// <inheritdoc />
    public Task OnLoadAsync(Kernel kernel)
    {
        Register();
        return Task.CompletedTask;
    }

    /// <summary>Registers the formatters (idempotent; the formatter registry is process-global).</summary>
    public static void Register()
    {
        ChartFonts.Register();
        Formatter.Register<Chart>(
            (chart, writer) => WriteImage(chart.ToPng(NotebookChartOptions), chart.Title, NotebookChartOptions.Width, writer),
            HtmlFormatter.MimeType);
        Formatter.Register<Plot>(
            (plot, writer) => WriteImage(plot.GetImageBytes(PlotWidth, PlotHeight, ImageFormat.Png), "plot", PlotWidth, writer),
            HtmlFormatter.MimeType);
    }

    private static void WriteImage(byte[] png, string alt, int width, TextWriter writer)
    {
        writer.Write("<img alt=\"");
        writer.Write(WebUtility.HtmlEncode(alt));
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"\" width=\"{width}\" src=\"data:image/png;base64,"));
        writer.Write(Convert.ToBase64String(png));
        writer.Write("\" />");
    }
}
