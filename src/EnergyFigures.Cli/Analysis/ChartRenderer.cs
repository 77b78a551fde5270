using EnergyFigures.Claims;

namespace EnergyFigures.Cli.Analysis;

/// <summary>An image format the CLI writes.</summary>
internal enum ImageFormat
{
    /// <summary>PNG.</summary>
    Png,

    /// <summary>SVG.</summary>
    Svg,
}

/// <summary>A chart the report draws: a file name stem, a title and the claims on it.</summary>
internal sealed record ChartSpec(string Name, string Title, IReadOnlyList<Claim> Claims);

/// <summary>
/// The CLI's single entry point to charts. Wiring point for the library's <c>Charts.*</c> (a <c>Chart</c> with
/// <c>ToPng</c>/<c>ToSvg</c>): only this file changes when they land.
/// </summary>
internal static class ChartRenderer
{
    /// <summary>Whether this build can draw charts.</summary>
    public static bool Available => false;

    /// <summary>The format named by a file's extension.</summary>
    public static ImageFormat FormatOf(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".PNG" => ImageFormat.Png,
        ".SVG" => ImageFormat.Svg,
        _ => throw new CliException(ExitCodes.Usage, $"Cannot tell the image format of '{path}'; expected a file name ending in .png or .svg."),
    };

    /// <summary>Draws the claims on one chart.</summary>
    public static byte[] Render(IReadOnlyList<Claim> claims, ImageFormat format)
    {
        ArgumentNullException.ThrowIfNull(claims);
        _ = format;
        throw new CliException(ExitCodes.CannotCompute, "Charts are not available in this build of energy-figures.");
    }

    /// <summary>The charts of the report: one per group of claims whose units convert into each other and that share a topic.</summary>
    public static IReadOnlyList<ChartSpec> ChartsForReport(ClaimSet claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var groups = new List<List<Claim>>();
        foreach (var c in claims)
        {
            var g = groups.FirstOrDefault(g => g[0].Figure.Unit.IsConvertibleTo(c.Figure.Unit) && g[0].Topics.Intersect(c.Topics, StringComparer.OrdinalIgnoreCase).Any());
            if (g is null)
            {
                groups.Add([c]);
            }
            else
            {
                g.Add(c);
            }
        }

        return groups.Select((g, i) => new ChartSpec(
            $"chart-{i + 1:D2}-{g[0].Id}",
            string.Join(", ", g[0].Topics) + " (" + g[0].Figure.Unit.Symbol + ")",
            g)).ToList();
    }
}
