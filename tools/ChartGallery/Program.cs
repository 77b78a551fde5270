using EnergyFigures.ChartGallery;
using EnergyFigures.Charts;

// Renders the gallery of article charts into a folder (docs/images by default), as PNG.
// Usage: dotnet run --project tools/ChartGallery -c Release -- [output-folder] [--svg] [--dark] [--print-system-fonts]
// Everything comes from the data shipped inside the EnergyFigures assembly; nothing is read from disk.
var outDir = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? Path.Combine(FindRepoRoot(), "docs", "images");
if (args.Contains("--print-system-fonts"))
{
    // For the no-system-fonts test: how many font families Skia itself can see on this machine.
    var families = SkiaSharp.SKFontManager.Default.FontFamilies.Count(f => !string.IsNullOrEmpty(f));
    Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"system-font-families={families}"));
}

Directory.CreateDirectory(outDir);
var options = ChartOptions.Default with { Theme = args.Contains("--dark") ? ChartTheme.Dark : ChartTheme.Light };
foreach (var (name, chart) in ArticleCharts.All())
{
    var png = Path.Combine(outDir, name + ".png");
    chart.SavePng(png, options);
    Console.WriteLine(png);
    if (args.Contains("--svg"))
    {
        var svg = Path.Combine(outDir, name + ".svg");
        chart.SaveSvg(svg, options);
        Console.WriteLine(svg);
    }
}

static string FindRepoRoot()
{
    for (var d = new DirectoryInfo(Directory.GetCurrentDirectory()); d is not null; d = d.Parent)
    {
        if (File.Exists(Path.Combine(d.FullName, "EnergyFigures.sln")))
        {
            return d.FullName;
        }
    }

    throw new InvalidOperationException("Run from inside the EnergyFigures repository (EnergyFigures.sln not found above the current folder).");
}
