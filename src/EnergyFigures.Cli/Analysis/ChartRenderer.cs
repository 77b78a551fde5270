using System.Globalization;
using System.Text;
using EnergyFigures.Charts;
using EnergyFigures.Checks;
using EnergyFigures.Claims;
using EnergyFigures.Derivation;
using EnergyFigures.Reference;
using EnergyFigures.Units;
using EnergyFigures.Errors;

namespace EnergyFigures.Cli.Analysis;

/// <summary>An image format the CLI writes.</summary>
internal enum ImageFormat
{
    /// <summary>PNG.</summary>
    Png,

    /// <summary>SVG.</summary>
    Svg,
}

/// <summary>A chart the report draws: a file name stem, a title, the claims on it, and how to build it.</summary>
internal sealed record ReportChartSpec(string Name, string Title, IReadOnlyList<Claim> Claims, Func<Chart> Build);

/// <summary>The CLI's single entry point to charts, on the library's <see cref="Chart"/>.</summary>
internal static class ChartRenderer
{
    /// <summary>The most claims on one comparison chart of the report (larger groups are split).</summary>
    public const int MaxClaimsPerChart = 16;

    private static readonly Unit GasPriceUnit = Unit.Parse("USD/1000 m3");

    /// <summary>The format named by a file's extension.</summary>
    public static ImageFormat FormatOf(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".PNG" => ImageFormat.Png,
        ".SVG" => ImageFormat.Svg,
        _ => throw new CliException(ExitCodes.Usage, $"Cannot tell the image format of '{path}'; expected a file name ending in .png or .svg."),
    };

    /// <summary>
    /// The chart of the claims given on the command line: for two rates in percent, the spread between them;
    /// otherwise a comparison chart in the first claim's unit (each bound drawn as a bound).
    /// </summary>
    /// <exception cref="EnergyFiguresException">A claim cannot be drawn in the first claim's unit.</exception>
    public static Chart ChartOf(IReadOnlyList<Claim> claims, string? title, IReadOnlyDictionary<string, string>? labels = null)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ChartItem Item(Claim c) => new(c, labels is not null && labels.TryGetValue(c.Id, out var l) ? l : null);
        if (claims.Count == 2 && claims.All(c => c.Figure.Unit.IsPercent && !c.Figure.Unit.IsPercentagePoints))
        {
            var ordered = claims.OrderBy(c => c.Figure.Interval.Midpoint ?? c.Figure.Value).ToList();
            return Chart.Spread(title ?? DefaultTitle(claims), Item(ordered[0]), Item(ordered[1]));
        }

        return Chart.Comparison(title ?? DefaultTitle(claims), claims.Select(Item));
    }

    /// <summary>Renders a chart.</summary>
    public static byte[] Render(Chart chart, ImageFormat format)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return format == ImageFormat.Png ? chart.ToPng() : new UTF8Encoding(false).GetBytes(chart.ToSvg());
    }

    /// <summary>
    /// The charts of the report: a comparison chart for each group of claims that share a topic and a unit
    /// (a spread chart too for two rates), a check chart for each verification of a claim against reference
    /// data, and European gas prices over the claims' time with the gas price claims.
    /// </summary>
    public static IReadOnlyList<ReportChartSpec> ChartsForReport(ClaimSet claims, IReadOnlyList<CheckView> checks)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(checks);
        var specs = new List<ReportChartSpec>();
        // The one rule of related claims (RelatedClaims), as for comparisons; comparison claims are not drawn beside levels.
        var groups = RelatedClaims.Groups(claims);

        // A chart needs something to compare: a group of one claim (a single bar), or of zeros only, is not drawn.
        foreach (var g in groups.SelectMany(g => g.Chunk(MaxClaimsPerChart).Select(c => c.ToList())).Where(g => g.Count >= 2 && !g.All(c => c.Figure.Interval.IsPoint && c.Figure.Value == 0m)))
        {
            var title = GroupTitle(g);
            specs.Add(new ReportChartSpec(Name("comparison", g[0].Id), title, g, () => Chart.Comparison(title, g)));
            if (g.Count == 2 && g.All(c => c.Figure.Unit.IsPercent && !c.Figure.Unit.IsPercentagePoints))
            {
                var spreadTitle = "Spread: " + string.Join(" vs ", g.Select(c => c.Figure.Text));
                specs.Add(new ReportChartSpec(Name("spread", g[0].Id), spreadTitle, g, () => ChartOf(g, spreadTitle)));
            }
        }

        if (GasTimeSeries(claims) is { } ts)
        {
            specs.Add(ts);
        }

        var perClaim = new Dictionary<string, int>(StringComparer.Ordinal);
        // A chart per verification, proxy and single-instance check of a level (a comparison claim's difference has no chart of its own).
        foreach (var check in checks.Where(c => c.Role is "verification" or "proxy" or "single-instance" && c.Result is not null && c.Claim.ComparedWith is null))
        {
            var n = perClaim[check.Claim.Id] = perClaim.GetValueOrDefault(check.Claim.Id) + 1;
            var title = $"“{check.Claim.Figure.Text}” against {check.ReferenceId}";
            var r = check.Result!;

            // The same check under an assumption range (same reference, periods and reading) is drawn as the band.
            var band = checks.FirstOrDefault(c => c.Role == "sensitivity" && c.Result is { } s
                && c.Claim.Id == check.Claim.Id && c.ReferenceId == check.ReferenceId
                && s.ReadWithImpliedPrecision == r.ReadWithImpliedPrecision
                && s.ReferenceValues.Select(v => v.Period).SequenceEqual(r.ReferenceValues.Select(v => v.Period))
                && !s.Assumptions.SequenceEqual(r.Assumptions))?.Result;
            specs.Add(new ReportChartSpec(
                Name("check", check.Claim.Id + (n > 1 ? string.Create(CultureInfo.InvariantCulture, $"-{n}") : string.Empty)),
                "Check: " + title,
                [check.Claim],
                () => Chart.Check(r, band, title)));
        }

        return specs;
    }

    private static ReportChartSpec? GasTimeSeries(ClaimSet claims)
    {
        var gas = claims.Where(c => c.Figure.Unit.IsConvertibleTo(GasPriceUnit) && c.Topics.Contains("gas", StringComparer.OrdinalIgnoreCase)).ToList();
        if (gas.Count == 0 || !ReferenceLibrary.Shipped.TryGet("worldbank.NGAS_EUR", out var series))
        {
            return null;
        }

        // The claims' years, not the whole series: a later price spike would squeeze the claims into the bottom of the chart.
        var start = new DateOnly(gas.Min(c => c.Period.Start).Year, 1, 1);
        var end = new DateOnly(gas.Max(c => c.Period.End).Year, 12, 31);
        var points = series.Observations
            .Where(o => o.Period.Start >= start && o.Period.Start <= end)
            .Select(o => new SeriesPoint(o.Period.Start, o.Value))
            .ToList();
        if (points.Count < 2)
        {
            return null;
        }

        var years = points[0].Date.Year == points[^1].Date.Year
            ? points[0].Date.Year.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{points[0].Date:yyyy}–{points[^1].Date:yyyy}");
        var title = $"European gas prices {years} and the claims";
        var chartSeries = new ChartSeries(series.Name + " (World Bank, monthly average)", series.Unit, points, series.Citation);
        var factor = ConversionFactors.Get("bp.gas.mmbtu_per_1000m3");
        return new ReportChartSpec(Name("timeseries", "gas-europe"), title, gas, () =>
            Chart.TimeSeries(title, chartSeries, gas.Select(c => new ChartItem(c)), GasPriceUnit, [factor]));
    }

    private static string GroupTitle(List<Claim> g)
    {
        var topics = g.Select(c => (IEnumerable<string>)c.Topics).Aggregate((a, b) => a.Intersect(b, StringComparer.OrdinalIgnoreCase)).ToList();
        var what = topics.Count > 0 ? string.Join(", ", topics) : string.Join(", ", g[0].Topics);
        return $"Claims on {what} ({g[0].Figure.Unit.ToString("N", CultureInfo.InvariantCulture)})";
    }

    internal static string DefaultTitle(IReadOnlyList<Claim> claims) =>
        claims.Count == 1 ? claims[0].Subject : "Claims: " + string.Join("; ", claims.Select(c => c.Figure.Text));

    private static string Name(string kind, string id) => kind + "-" + id;
}
