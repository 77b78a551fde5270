using Apache.Arrow;
using Apache.Arrow.Ipc;
using EnergyFigures.Checks;
using EnergyFigures.Claims;
using EnergyFigures.Derivation;
using EnergyFigures.Reference;
using EnergyFigures.Tests.Support;
using Microsoft.Data.Analysis;
using Parquet.Serialization;
using EnergyFigures.Interchange;
using EnergyFigures.Data;

namespace EnergyFigures.Tests.Interchange;

public sealed class MoreExportTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ef-interchange-").FullName;

    private static ReferenceSeries Gas => ReferenceLibrary.Shipped.Get("worldbank.NGAS_EUR");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Reference_series_becomes_one_row_per_observation_with_exact_values()
    {
        using var scope = new CultureScope("de-DE");
        var df = Gas.ToDataFrame();

        Assert.Equal(Gas.Observations.Count, df.Rows.Count);
        Assert.IsType<DecimalDataFrameColumn>(df["value"]);
        Assert.IsType<PrimitiveDataFrameColumn<DateOnly>>(df["period_start"]);
        long feb = Enumerable.Range(0, (int)df.Rows.Count).Single(i => (string?)df["period"][i] == "2020-02");
        Assert.Equal(2.9077736410599999m, df["value"][feb]);
        Assert.Equal(new DateOnly(2020, 2, 29), df["period_end"][feb]);
        Assert.Equal("USD/MMBtu", df["unit"][feb]);
        Assert.Equal("World Bank", df["source_publisher"][feb]);
        Assert.Equal("monthly", df["frequency"][feb]);
    }

    [Fact]
    public async Task Reference_series_arrow_and_parquet_read_back_with_the_same_values()
    {
        var series = new[] { Gas, ReferenceLibrary.Shipped.Get("fred.TB3MS") };
        var arrow = Path.Combine(_dir, "series.arrow");
        var parquet = Path.Combine(_dir, "series.parquet");
        series.WriteArrow(arrow);
        await series.WriteParquetAsync(parquet);

        var expected = series.SelectMany(s => s.Observations.Select(o => (s.Id, Period: o.Period.ToString(), o.Value, Unit: s.Unit.Symbol))).ToArray();

        using (var stream = File.OpenRead(arrow))
        using (var reader = new ArrowFileReader(stream))
        {
            Assert.Equal("reference_series", reader.Schema.Metadata["energyfigures.table"]);
            var rows = new List<(string, string, decimal, string)>();
            while (reader.ReadNextRecordBatch() is { } batch)
            {
                using (batch)
                {
                    var ids = (StringArray)batch.Column("series_id");
                    var periods = (StringArray)batch.Column("period");
                    var values = (Decimal128Array)batch.Column("value");
                    var units = (StringArray)batch.Column("unit");
                    for (int i = 0; i < batch.Length; i++)
                    {
                        rows.Add((ids.GetString(i), periods.GetString(i), values.GetValue(i)!.Value, units.GetString(i)));
                    }
                }
            }

            Assert.Equal(expected, rows);
        }

        await using var ps = File.OpenRead(parquet);
        var result = await ParquetSerializer.DeserializeUntypedAsync(ps);
        var prows = result.Data.Select(r => (Text(r["series_id"]), Text(r["period"]), (decimal)r["value"]!, Text(r["unit"]))).ToArray();
        Assert.Equal(expected, prows);
    }

    [Fact]
    public void Derived_figures_become_rows_with_interval_sides_and_lineage()
    {
        var claims = ClaimSet.Shipped;
        var offered = Derive.From(claims["gas-price-offered-2020"]);
        var spot = Derive.From(claims["europe-spot-gas-price-2020-02"]);
        var spread = Compare.Spread(Derive.From(claims["belarus-loan-rate-from-russia"]), Derive.From(claims["russia-reserves-rate-in-us"]));

        using var scope = new CultureScope("de-DE");
        var df = new[] { Compare.Difference(offered, spot), spread }.ToDataFrame();

        Assert.Equal(2, df.Rows.Count);
        Assert.Equal("difference", df["operation"][0]);
        Assert.Equal(27m, df["low"][0]);
        Assert.Equal(true, df["low_open"][0]);
        Assert.Null(df["high"][0]);
        Assert.Equal(true, df["high_open"][0]);
        Assert.Equal("USD/1000 m3", df["unit"][0]);
        Assert.Equal("gas-price-offered-2020;europe-spot-gas-price-2020-02", df["claims"][0]);
        Assert.Equal(2.5m, df["low"][1]);
        Assert.Equal(4.5m, df["high"][1]);
        Assert.Equal("[2.5, 4.5]", df["interval"][1]);
        Assert.StartsWith("From 4% to 6% per year", (string)df["explanation"][1]);
    }

    [Fact]
    public void Checks_become_rows_with_their_verdict_and_reference()
    {
        var checks = ArticleChecks.All().Where(r => r.Result is not null).Select(r => r.Result!).ToArray();
        var df = checks.ToDataFrame();

        Assert.Equal(checks.Length, df.Rows.Count);
        long spot = Enumerable.Range(0, checks.Length).First(i => (string?)df["claim_id"][i] == "europe-spot-gas-price-2020-02");
        Assert.Equal("consistent", df["verdict"][spot]);
        Assert.Equal("worldbank.NGAS_EUR", df["reference_id"][spot]);
        Assert.Null(df["claim_low"][spot]);
        Assert.Equal(100m, df["claim_high"][spot]);
        Assert.Equal(checks[(int)spot].ReferenceInterval.Interval.Low, df["reference_low"][spot]);
        Assert.IsType<DecimalDataFrameColumn>(df["margin"]);
        Assert.Contains(df["verdict"].Cast<string>(), v => v == "inconsistent");
    }

    private static string Text(object? v) => v switch
    {
        string s => s,
        ReadOnlyMemory<char> m => m.ToString(),
        _ => throw new Xunit.Sdk.XunitException("not text: " + v),
    };
}
