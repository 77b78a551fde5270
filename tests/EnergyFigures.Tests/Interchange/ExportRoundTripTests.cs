using EnergyFigures.Data;
using System.Globalization;
using EnergyFigures.Claims;
using EnergyFigures.Interchange;
using EnergyFigures.Tests.Reliability;
using EnergyFigures.Tests.Support;

namespace EnergyFigures.Tests.Interchange;

/// <summary>
/// Claims → Parquet → <see cref="ClaimSet"/> is lossless: random valid claims (random units, bounds, scales, decimals
/// of up to 28 digits, hostile text, several appearances) written as the appearances table and read back are equal,
/// decimal scales included (127 stays 127, 1.50 stays 1.50); the claims table gives back each claim with its first appearance.
/// </summary>
public sealed class ExportRoundTripTests
{
    [Fact]
    public void Random_claims_round_trip_through_parquet_losslessly()
    {
        using var culture = new CultureScope("ar-SA");
        Props.Check(ClaimGen.Batch(400), batch =>
        {
            var claims = ClaimSet.Create(batch.Claims);
            var data = new ExportData(claims, checks: []);

            var appearances = RoundTrip(data, ExportTable.Appearances);
            AssertSame(claims, appearances, batch.Seed);

            var firsts = RoundTrip(data, ExportTable.Claims);
            AssertSame(ClaimSet.Create(claims.Select(c => c with { Appearances = new EquatableArray<Appearance>([c.FirstAppearance]) })), firsts, batch.Seed);
        }, maxTest: 8);
    }

    [Fact]
    public async Task The_shipped_claims_and_reported_figures_round_trip_through_parquet()
    {
        foreach (var (table, expected) in new[] { (ExportTable.Appearances, ClaimSet.Shipped), (ExportTable.Claims, ClaimSet.Shipped), (ExportTable.Reported, EnergyFigures.Reference.ReportedFigures.Shipped) })
        {
            using var ms = new MemoryStream();
            await TableExport.WriteAsync(ExportData.Shipped, table, ExportFormat.Parquet, ms);
            ms.Position = 0;
            AssertSame(expected, await TableExport.ReadClaimsAsync(ms), 0);
        }
    }

    [Fact]
    public async Task More_rows_than_a_batch_are_written_in_several_row_groups_and_read_back_whole()
    {
        // 70,000 claims: two Parquet row groups and two Arrow record batches of at most 65,536 rows.
        var claims = ClaimSet.Create(ClaimGen.Build(7, 70_000));
        var data = new ExportData(claims, checks: []);
        var dir = Directory.CreateTempSubdirectory("ef-export-batches-").FullName;
        try
        {
            var parquet = Path.Combine(dir, "claims.parquet");
            var arrow = Path.Combine(dir, "claims.arrow");
            await TableExport.WriteAsync(data, ExportTable.Claims, parquet);
            await TableExport.WriteAsync(data, ExportTable.Claims, arrow);
            using (var db = ExportDuckDbTests.Open())
            {
                var rows = ExportDuckDbTests.Query(db, $"SELECT count(*), count(DISTINCT id), max(appearance_count) FROM read_parquet('{ExportDuckDbTests.Sql(parquet)}')")[0];
                Assert.Equal([70_000L, 70_000L, (long)claims.Max(c => c.Appearances.Count)], rows);
                var last = ExportDuckDbTests.Query(db, $"SELECT value_text, unit FROM read_parquet('{ExportDuckDbTests.Sql(parquet)}') WHERE id = '{claims[^1].Id}'").Single();
                Assert.Equal([Digits(claims[^1].Figure.Value), claims[^1].Figure.Unit.Symbol], last);
            }

            await using var stream = File.OpenRead(arrow);
            using var reader = new Apache.Arrow.Ipc.ArrowFileReader(stream);
            var lengths = new List<int>();
            while (await reader.ReadNextRecordBatchAsync() is { } batch)
            {
                lengths.Add(batch.Length);
                batch.Dispose();
            }

            Assert.Equal([65_536, 70_000 - 65_536], lengths);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static ClaimSet RoundTrip(ExportData data, ExportTable table)
    {
        using var ms = new MemoryStream();
        TableExport.WriteAsync(data, table, ExportFormat.Parquet, ms).GetAwaiter().GetResult();
        ms.Position = 0;
        return TableExport.ReadClaimsAsync(ms).GetAwaiter().GetResult();
    }

    private static void AssertSame(ClaimSet expected, ClaimSet actual, int seed)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            var (e, a) = (expected[i], actual[i]);
            Assert.True(e.Equals(a), $"seed {seed}: claim {e.Id} differs after the round trip:\nwritten: {e}\nread:    {a}");
            Assert.Equal(e.ComparedWith, a.ComparedWith);
            Assert.Equal(e.Appearances, a.Appearances);
            Assert.Equal(Digits(e.Figure.Value), Digits(a.Figure.Value));
            Assert.Equal(Digits(e.Figure.ValueHigh), Digits(a.Figure.ValueHigh));
            Assert.Equal(Digits(e.Figure.Tolerance), Digits(a.Figure.Tolerance));
            Assert.Equal(e.Figure.Interval, a.Figure.Interval);
            Assert.Equal(e.Figure.Scale, a.Figure.Scale);
        }
    }

    private static string? Digits(decimal? d) => d?.ToString(CultureInfo.InvariantCulture);
}
