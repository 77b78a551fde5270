using EnergyFigures.Data;
using System.Globalization;
using DuckDB.NET.Data;
using EnergyFigures.Checks;
using EnergyFigures.Claims;
using EnergyFigures.Interchange;
using EnergyFigures.Numerics;
using EnergyFigures.Reference;
using EnergyFigures.Tests.Support;

namespace EnergyFigures.Tests.Interchange;

/// <summary>
/// A real engine reads the exported Parquet: DuckDB (embedded, in process) gets back exactly the values, interval
/// sides and open ends, units and provenance the library holds, and a query a user would write gives the library's answer.
/// </summary>
public sealed class ExportDuckDbTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ef-export-duckdb-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task DuckDB_reads_the_claims_parquet_exactly()
    {
        using var culture = new CultureScope("de-DE");
        var path = Path.Combine(_dir, "claims.parquet");
        await TableExport.WriteAsync(ExportData.Shipped, ExportTable.Claims, path);

        using var db = Open();
        var types = Query(db, $"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet('{Sql(path)}'))")
            .ToDictionary(r => (string)r[0]!, r => (string)r[1]!);
        Assert.Equal("DECIMAL(38,1)", types["value"]); // 1.5% needs one decimal place
        Assert.Equal("VARCHAR", types["value_text"]);
        Assert.Equal("BOOLEAN", types["low_open"]);
        Assert.Equal("DATE", types["source_date"]);
        Assert.Equal("DATE", types["period_start"]);
        Assert.Equal("BIGINT", types["appearance_count"]);

        var rows = Query(db, $"SELECT id, value, value_text, value_high, low, low_open, high, high_open, unit, bound, text, quote, source_url, source_outlet, chain, source_date, source_date_text, period_start, period_end, scale FROM read_parquet('{Sql(path)}')");
        Assert.Equal(ClaimSet.Shipped.Count, rows.Count);
        foreach (var r in rows)
        {
            var c = ClaimSet.Shipped[(string)r[0]!];
            var f = c.Figure;
            Assert.Equal(f.Value, (decimal)r[1]!);
            Assert.Equal(f.Value.ToString(CultureInfo.InvariantCulture), r[2]); // the scale as printed: 127 stays "127"
            Assert.Equal(f.ValueHigh, (decimal?)r[3]);
            Assert.Equal(f.Interval.Low, (decimal?)r[4]);
            Assert.Equal(f.Interval.LowOpen || !f.Interval.HasLow, (bool)r[5]!);
            Assert.Equal(f.Interval.High, (decimal?)r[6]);
            Assert.Equal(f.Interval.HighOpen || !f.Interval.HasHigh, (bool)r[7]!);
            Assert.Equal(f.Unit.Symbol, r[8]);
            Assert.Equal(f.Bound.ToName(), r[9]);
            Assert.Equal(f.Text, r[10]);
            Assert.Equal(c.FirstAppearance.Quote, r[11]);
            Assert.Equal(c.FirstAppearance.Source.Url?.OriginalString, r[12]);
            Assert.Equal(c.FirstAppearance.Source.Outlet, r[13]);
            Assert.Equal(c.FirstAppearance.DescribeChain(c.Claimant), r[14]);
            Assert.Equal(c.FirstAppearance.Source.Date.Date, AsDate(r[15]));
            Assert.Equal(c.FirstAppearance.Source.Date.ToString(), r[16]);
            Assert.Equal(c.Period.Start, AsDate(r[17]));
            Assert.Equal(c.Period.End, AsDate(r[18]));
            Assert.Equal(f.Scale == Scale.None ? null : f.Scale.ToName(), r[19]);
        }

        // The $127 offer: exactly 127, printed 127 (not 127.0), a closed point.
        var offer = Query(db, $"SELECT value_text, low_text, high_text, low_open, high_open, unit FROM read_parquet('{Sql(path)}') WHERE id = 'gas-price-offered-2020'").Single();
        Assert.Equal(["127", "127", "127", false, false, "USD/1000 m3"], offer);
    }

    [Fact]
    public async Task DuckDB_reads_the_checks_and_observations_parquet_exactly()
    {
        var checks = Path.Combine(_dir, "checks.parquet");
        var observations = Path.Combine(_dir, "observations.parquet");
        await TableExport.WriteAsync(ExportData.Shipped, ExportTable.Checks, checks);
        await TableExport.WriteAsync(ExportData.Shipped, ExportTable.Observations, observations);
        using var db = Open();

        var rows = Query(db, $"SELECT claim_id, role, verdict, reference_id, claim_low, claim_low_open, claim_high, claim_high_open, reference_low, reference_high, margin, margin_text, citations, unit FROM read_parquet('{Sql(checks)}')");
        var expected = ArticleChecks.All();
        Assert.Equal(expected.Count, rows.Count);
        foreach (var (r, e) in rows.Zip(expected))
        {
            Assert.Equal(e.Claim.Id, r[0]);
            Assert.Equal(e.Verdict?.ToString().ToLowerInvariant(), r[2]);
            Assert.Equal(e.ReferenceId, r[3]);
            if (e.Result is { } x)
            {
                Assert.Equal(x.ClaimInterval.Interval.Low, (decimal?)r[4]);
                Assert.Equal(x.ClaimInterval.Interval.LowOpen || !x.ClaimInterval.Interval.HasLow, (bool)r[5]!);
                Assert.Equal(x.ClaimInterval.Interval.High, (decimal?)r[6]);
                Assert.Equal(x.ClaimInterval.Interval.HighOpen || !x.ClaimInterval.Interval.HasHigh, (bool)r[7]!);
                Assert.Equal(x.ReferenceInterval.Interval.Low, (decimal?)r[8]);
                Assert.Equal(x.ReferenceInterval.Interval.High, (decimal?)r[9]);
                Assert.Equal(x.Margin?.Absolute.ToString(CultureInfo.InvariantCulture), r[11]);
                Assert.Equal(x.ClaimInterval.Unit.Symbol, r[13]);
                Assert.All(x.ReferenceCitations, cite => Assert.Contains(cite.Publisher, (string)r[12]!, StringComparison.Ordinal));
            }
            else
            {
                Assert.Null(r[4]);
                Assert.Null(r[2]);
            }
        }

        var obs = Query(db, $"SELECT series_id, period, value, value_text FROM read_parquet('{Sql(observations)}')");
        var all = ReferenceLibrary.Shipped.Series.SelectMany(s => s.Observations.Select(o => (s, o))).ToList();
        Assert.Equal(all.Count, obs.Count);
        var byKey = obs.ToDictionary(r => ((string)r[0]!, (string)r[1]!));
        foreach (var (s, o) in all)
        {
            var r = byKey[(s.Id, o.Period.ToString())];
            Assert.Equal(o.Value, (decimal)r[2]!);
            Assert.Equal(o.Value.ToString(CultureInfo.InvariantCulture), r[3]);
        }
    }

    [Fact]
    public async Task A_users_duckdb_query_gives_the_librarys_answer()
    {
        var claims = Path.Combine(_dir, "claims.parquet");
        var checks = Path.Combine(_dir, "checks.parquet");
        await TableExport.WriteAsync(ExportData.Shipped, ExportTable.Claims, claims);
        await TableExport.WriteAsync(ExportData.Shipped, ExportTable.Checks, checks);
        using var db = Open();

        // Claims in USD per 1000 m³ whose interval lies entirely above 100 (every value it allows exceeds 100).
        var sql = Query(db, $"""
            SELECT id FROM read_parquet('{Sql(claims)}')
            WHERE unit = 'USD/1000 m3' AND (low > 100 OR (low = 100 AND low_open))
            ORDER BY id
            """).Select(r => (string)r[0]!).ToList();
        var library = ClaimSet.Shipped
            .Where(c => c.Figure.Unit.Symbol == "USD/1000 m3" && Interval.Above(100m, inclusive: false).Contains(c.Figure.Interval))
            .Select(c => c.Id).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(library);
        Assert.Equal(library, sql);

        // Verification checks the reference does not bear out, with who made the claim and where it appeared.
        var joined = Query(db, $"""
            SELECT k.claim_id, c.claimant, c.source_outlet, k.reference_id
            FROM read_parquet('{Sql(checks)}') k JOIN read_parquet('{Sql(claims)}') c ON c.id = k.claim_id
            WHERE k.role = 'verification' AND k.verdict = 'inconsistent'
            ORDER BY k.claim_id, k.reference_id
            """).Select(r => $"{r[0]}|{r[1]}|{r[2]}|{r[3]}").ToList();
        var expected = ArticleChecks.All()
            .Where(r => r.Role == CheckRole.Verification && r.Verdict == Verdict.Inconsistent)
            .OrderBy(r => r.Claim.Id, StringComparer.Ordinal).ThenBy(r => r.ReferenceId, StringComparer.Ordinal)
            .Select(r => $"{r.Claim.Id}|{r.Claim.Claimant.Name}|{r.Claim.FirstAppearance.Source.Outlet}|{r.ReferenceId}").ToList();
        Assert.Equal(expected, joined);
    }

    internal static DuckDBConnection Open()
    {
        var db = new DuckDBConnection("DataSource=:memory:");
        db.Open();
        return db;
    }

    internal static List<object?[]> Query(DuckDBConnection db, string sql)
    {
        using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        using var reader = cmd.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (int i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    internal static string Sql(string path) => path.Replace("'", "''", StringComparison.Ordinal);

    internal static DateOnly? AsDate(object? value) => value switch
    {
        null => null,
        DateOnly d => d,
        DateTime t => DateOnly.FromDateTime(t),
        _ => DateOnly.Parse(value.ToString()!, CultureInfo.InvariantCulture),
    };
}
