using System.Globalization;
using EnergyFigures.Charts;
using EnergyFigures.Claims;
using EnergyFigures.Notebooks;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Formatting;
using ScottPlot;

namespace EnergyFigures.Interactive;

/// <summary>
/// Loaded by .NET Interactive from the EnergyFigures package (interactive-extensions/dotnet) on
/// <c>#r "nuget: EnergyFigures"</c>. Our own types carry their HTML formatters by convention; this extension
/// adds the formatters for what the core cannot mark that way: charts and ScottPlot plots as inline PNG
/// images, query results over claims as the claims table, and dates as ISO dates.
/// </summary>
public sealed class EnergyFiguresKernelExtension : IKernelExtension
{
    /// <summary>The size charts are shown at in notebooks (CSS pixels); the PNG is drawn at twice that for sharp text.</summary>
    public static ChartOptions NotebookChartOptions { get; } = ChartOptions.Default with { Scale = 2m };

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

        // Dates as ISO dates (DataFrame date columns, Period.Start), not as expandable objects.
        Formatter.Register<DateOnly>(
            (date, writer) => writer.Write(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            HtmlFormatter.MimeType);
        Formatter.Register<DateOnly>(
            (date, writer) => writer.Write(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            PlainTextFormatter.MimeType);

        // A LINQ query over claims (claims.Where(...), .OrderBy(...)) shows as the claims table too.
        Formatter.Register<IEnumerable<Claim>>(
            (claims, writer) => writer.Write(HtmlRenderer.ToHtml(ClaimSet.Create(claims.DistinctBy(c => c.Id)))),
            HtmlFormatter.MimeType);
    }

    private const int PlotWidth = 600;
    private const int PlotHeight = 400;

    private static void WriteImage(byte[] png, string alt, int width, TextWriter writer)
    {
        writer.Write("<img alt=\"");
        writer.Write(HtmlRenderer.E(alt));
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"\" width=\"{width}\" src=\"data:image/png;base64,"));
        writer.Write(Convert.ToBase64String(png));
        writer.Write("\" />");
    }
}
