using System.Globalization;
using CsvHelper;
using EnergyFigures.Charts;
using EnergyFigures.Units;

namespace EnergyFigures.ChartGallery;

/// <summary>
/// Reads the repository's reference data files (<c>data/reference/series.csv</c>, <c>observations.csv</c>,
/// <c>conversion_factors.csv</c>) for the chart gallery.
/// </summary>
public static class ReferenceCsv
{
    /// <summary>A series' monthly observations between two months (inclusive) as a chart series.</summary>
    /// <param name="repoRoot">The repository root.</param>
    /// <param name="seriesId">The series id, e.g. <c>worldbank.NGAS_EUR</c>.</param>
    /// <param name="name">The name for the legend.</param>
    /// <param name="from">First month.</param>
    /// <param name="to">Last month.</param>
    /// <returns>The series.</returns>
    public static ChartSeries Series(string repoRoot, string seriesId, string name, DateOnly from, DateOnly to)
    {
        var meta = Rows(Path.Combine(repoRoot, "data", "reference", "series.csv")).Single(r => r["id"] == seriesId);
        var points = new List<SeriesPoint>();
        foreach (var r in Rows(Path.Combine(repoRoot, "data", "reference", "observations.csv")))
        {
            if (r["series_id"] != seriesId)
            {
                continue;
            }

            var p = r["period"];
            var date = p.Length == 7
                ? DateOnly.ParseExact(p + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture)
                : DateOnly.ParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (date >= from && date <= to)
            {
                points.Add(new SeriesPoint(date, decimal.Parse(r["value"], NumberStyles.Float, CultureInfo.InvariantCulture)));
            }
        }

        var citation = new Citation(meta["publisher"], meta["dataset"], new Uri(meta["source_url"]), meta["licence"]);
        return new ChartSeries(name, Unit.Parse(meta["unit"]), points, citation);
    }

    /// <summary>A conversion factor from <c>conversion_factors.csv</c> as an assumption.</summary>
    /// <param name="repoRoot">The repository root.</param>
    /// <param name="id">The factor id, e.g. <c>bp.gas.mmbtu_per_1000m3</c>.</param>
    /// <param name="description">What it is, for the caption.</param>
    /// <returns>The assumption.</returns>
    public static Assumption Factor(string repoRoot, string id, string description)
    {
        var r = Rows(Path.Combine(repoRoot, "data", "reference", "conversion_factors.csv")).Single(x => x["id"] == id);
        static decimal D(string s) => decimal.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
        var interval = r["value"].Length > 0
            ? Numerics.Interval.Point(D(r["value"]))
            : Numerics.Interval.Closed(D(r["low"]), D(r["high"]));
        Uri? url = r["source_url"].Length > 0 ? new Uri(r["source_url"]) : null;
        var source = r["source"];
        var comma = source.IndexOf(',', StringComparison.Ordinal);
        var citation = comma > 0 ? new Citation(source[..comma], source[(comma + 2)..], url) : new Citation(source, r["basis"], url);
        return new Assumption(id, description, new Quantity(interval, Unit.Parse(r["unit"])), citation);
    }

    private static List<Dictionary<string, string>> Rows(string path)
    {
        using var stream = File.OpenRead(path);
        using var csv = CsvReader.Create(stream, new CsvReaderOptions(), leaveOpen: false);
        csv.ReadHeader();
        var header = csv.Headers.ToArray();
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            var d = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                d[header[i]] = i < csv.FieldCount ? csv.GetString(i) : string.Empty;
            }

            rows.Add(d);
        }

        return rows;
    }
}
