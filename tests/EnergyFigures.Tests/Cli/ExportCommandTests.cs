using EnergyFigures.Data;
using System.Text.Json;
using Apache.Arrow.Ipc;
using EnergyFigures.Claims;
using EnergyFigures.Cli;
using EnergyFigures.Csv;
using EnergyFigures.Interchange;
using EnergyFigures.Tests.Interchange;
using EnergyFigures.Tests.Support;

namespace EnergyFigures.Tests.Cli;

/// <summary><c>energy-figures export</c>: every table in every format, from the shipped dataset and from --data.</summary>
public class ExportCommandTests
{
    [Theory]
    [InlineData("claims.parquet", null)]
    [InlineData("checks.jsonl", "checks")]
    [InlineData("claims.csv", null)]
    [InlineData("appearances.json", "appearances")]
    [InlineData("series.arrow", "series")]
    [InlineData("observations.parquet", "observations")]
    [InlineData("reported.csv", "reported")]
    public void Export_writes_every_table_and_format_of_the_shipped_dataset(string file, string? table)
    {
        using var dir = new TempDir();
        var path = dir.File(file);
        var args = table is null ? new[] { "export", "-o", path } : ["export", "--table", table, "-o", path];
        var r = Cli.Run(args);
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        Assert.Contains("Wrote " + path, r.Out);
        Assert.True(new FileInfo(path).Length > 0);
        var expectedRows = (table ?? "claims") switch
        {
            "claims" => ClaimSet.Shipped.Count,
            "appearances" => ClaimSet.Shipped.Sum(c => c.Appearances.Count),
            "checks" => EnergyFigures.Checks.ArticleChecks.All().Count,
            "series" => EnergyFigures.Reference.ReferenceLibrary.Shipped.Series.Count,
            "observations" => EnergyFigures.Reference.ReferenceLibrary.Shipped.Series.Sum(s => s.Observations.Count),
            _ => EnergyFigures.Reference.ReportedFigures.Shipped.Sum(c => c.Appearances.Count),
        };
        Assert.Contains($"{expectedRows} row(s)", r.Out);
        Assert.Equal(expectedRows, RowsIn(path));
    }

    [Fact]
    public async Task Export_of_data_writes_its_claims_and_reads_back_equal()
    {
        using var dir = new TempDir();
        var claims = ClaimSet.Shipped.Where(c => c.Id.StartsWith("belarus", StringComparison.Ordinal));
        var data = dir.Write("mine.csv", ClaimsCsv.WriteToString(claims));
        var parquet = dir.File("mine.parquet");
        var r = Cli.Run("--data", data, "export", "--table", "appearances", "-o", parquet);
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        Assert.Contains("mine.csv", r.Out);
        Assert.Equal(claims, await TableExport.ReadClaimsAsync(parquet));

        // Its checks: those of the shipped article for the claims that are shipped ones.
        var checks = dir.File("checks.jsonl");
        Assert.Equal(ExitCodes.Ok, Cli.Run("--data", data, "export", "--table", "checks", "-o", checks).ExitCode);
        var ids = File.ReadAllLines(checks).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("claim_id").GetString()).Distinct().ToList();
        Assert.Equal(claims.Select(c => c.Id), ids);
    }

    [Fact]
    public void Export_never_overwrites_the_data_file()
    {
        using var dir = new TempDir();
        var data = dir.Write("mine.csv", ClaimsCsv.WriteToString(ClaimSet.Shipped));
        var before = File.ReadAllText(data);
        var r = Cli.Run("--data", data, "export", "-o", data);
        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.Contains("Refusing to write", r.SingleErrorLine());
        Assert.Equal(before, File.ReadAllText(data));
    }

    [Fact]
    public void Export_partitioned_writes_a_hive_folder_duckdb_reads_as_one_table()
    {
        using var dir = new TempDir();
        var archive = dir.File("archive");
        var r = Cli.Run("export", "--partition-by", "year", "-o", archive);
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        Assert.Contains("year=2020/part-00000.parquet", r.Out);

        using var db = ExportDuckDbTests.Open();
        var rows = ExportDuckDbTests.Query(db, $"SELECT year, count(*) FROM read_parquet('{ExportDuckDbTests.Sql(archive)}/*/*.parquet', hive_partitioning = true) GROUP BY year ORDER BY year");
        var expected = ClaimSet.Shipped.GroupBy(c => c.Period.Start.Year).OrderBy(g => g.Key).Select(g => $"{g.Key}:{g.Count()}");
        Assert.Equal(expected, rows.Select(x => $"{x[0]}:{x[1]}"));

        // A second export into the same folder would mix files: refused.
        var again = Cli.Run("export", "--partition-by", "year", "-o", archive);
        Assert.Equal(ExitCodes.Usage, again.ExitCode);
        Assert.Contains("EF6005", again.SingleErrorLine());
    }

    [Theory]
    [InlineData("EF6003", "export", "-o", "claims.xlsx")]
    [InlineData("EF6002", "export", "--table", "claim", "-o", "x.csv")]
    [InlineData("EF6004", "export", "--table", "series", "--partition-by", "year", "-o", "dir")]
    [InlineData("EF6006", "export", "--format", "claimreview", "-o", "r.jsonl")]
    [InlineData("applies to 'export' only", "list", "--format", "parquet")]
    [InlineData("binary format", "export", "--format", "parquet", "-o", "-")]
    public void Export_mistakes_are_usage_errors_with_one_line(string expected, params string[] args)
    {
        using var dir = new TempDir();
        var r = Cli.Run(args.Select(a => a is "claims.xlsx" or "x.csv" or "dir" or "r.jsonl" ? dir.File(a) : a).ToArray());
        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.Contains(expected, r.SingleErrorLine());
    }

    [Fact]
    public void Export_claimreview_and_wikidata_to_standard_output()
    {
        var r = Cli.Run("export", "--format", "claimreview", "--reviewer", "Example Fact Check", "--claim", "europe-spot-gas-price-2020-02", "-o", "-");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        var docs = JsonDocument.Parse(r.Out).RootElement;
        Assert.Equal(3, docs.GetArrayLength());
        Assert.All(docs.EnumerateArray(), d => Assert.Equal("Example Fact Check", d.GetProperty("author").GetProperty("name").GetString()));
        Assert.Contains("3 ClaimReview document(s)", r.Err);

        var q = Cli.Run("export", "--format", "quickstatements", "--claim", "gas-price-offered-2020", "--item", "Q1", "--property", "P2284", "--retrieved", "2026-12-01", "-o", "-");
        Assert.Equal(ExitCodes.Ok, q.ExitCode);
        Assert.StartsWith("Q1\tP2284\t127UUNIT\tP585\t+2020-00-00T00:00:00Z/9\t", q.Out);
        Assert.Contains("\tS813\t+2026-12-01T00:00:00Z/11\t", q.Out);
    }

    [Fact]
    public void Export_csv_to_standard_output_streams_the_table()
    {
        using var culture = new CultureScope("fr-FR");
        var r = Cli.Run("export", "--table", "observations", "--format", "csv", "-o", "-");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        var lines = r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("series_id,period,period_start,period_end,value,value_text,unit,", lines[0]);
        Assert.Equal(EnergyFigures.Reference.ReferenceLibrary.Shipped.Series.Sum(s => s.Observations.Count) + 1, lines.Length);
        Assert.DoesNotContain(lines.Skip(1), l => l.Contains("36,115", StringComparison.Ordinal));
    }

    private static long RowsIn(string path)
    {
        switch (Path.GetExtension(path))
        {
            case ".parquet":
                using (var db = ExportDuckDbTests.Open())
                {
                    return (long)ExportDuckDbTests.Query(db, $"SELECT count(*) FROM read_parquet('{ExportDuckDbTests.Sql(path)}')")[0][0]!;
                }

            case ".jsonl":
                return File.ReadAllLines(path).Count(l => l.Length > 0);
            case ".json":
                return JsonDocument.Parse(File.ReadAllText(path)).RootElement.GetArrayLength();
            case ".arrow":
                using (var s = File.OpenRead(path))
                using (var reader = new ArrowFileReader(s))
                {
                    long n = 0;
                    while (reader.ReadNextRecordBatch() is { } b)
                    {
                        n += b.Length;
                        b.Dispose();
                    }

                    return n;
                }

            default:
                using (var db = ExportDuckDbTests.Open())
                {
                    return (long)ExportDuckDbTests.Query(db, $"SELECT count(*) FROM read_csv('{ExportDuckDbTests.Sql(path)}', header = true, all_varchar = true)")[0][0]!;
                }
        }
    }
}
