using Apache.Arrow;
using Apache.Arrow.Ipc;
using Apache.Arrow.Types;
using EnergyFigures.Claims;
using EnergyFigures.Tests.Support;
using Microsoft.Data.Analysis;
using Parquet.Serialization;
using EnergyFigures.Interchange;
using EnergyFigures.Data;

namespace EnergyFigures.Tests.Interchange;

public sealed class ArrowParquetTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ef-interchange-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Claims_arrow_file_reads_back_with_apache_arrow()
    {
        var path = Path.Combine(_dir, "claims.arrow");
        ClaimSet.Shipped.WriteArrow(path);

        using var stream = File.OpenRead(path);
        using var reader = new ArrowFileReader(stream);
        var schema = reader.Schema;
        using var batch = reader.ReadNextRecordBatch();

        Assert.Equal("claims", schema.Metadata["energyfigures.table"]);
        Assert.Equal(ClaimSet.Shipped.Count, batch.Length);
        Assert.IsType<StringType>(schema.GetFieldByName("unit").DataType);
        Assert.IsType<StringType>(schema.GetFieldByName("bound").DataType);
        Assert.IsType<StringType>(schema.GetFieldByName("chain").DataType);
        Assert.IsType<BooleanType>(schema.GetFieldByName("high_open").DataType);
        Assert.IsType<Date32Type>(schema.GetFieldByName("source_date").DataType);
        var valueType = Assert.IsType<Decimal128Type>(schema.GetFieldByName("value").DataType);
        Assert.Equal(38, valueType.Precision);
        Assert.Equal(1, valueType.Scale); // 1.5% needs one decimal place
        Assert.Contains("exactly as printed", schema.GetFieldByName("text").Metadata["description"]);

        var ids = (StringArray)batch.Column("id");
        var units = (StringArray)batch.Column("unit");
        var bounds = (StringArray)batch.Column("bound");
        var values = (Decimal128Array)batch.Column("value");
        var highs = (Decimal128Array)batch.Column("high");
        var lows = (Decimal128Array)batch.Column("low");
        var highOpen = (BooleanArray)batch.Column("high_open");
        var chains = (StringArray)batch.Column("chain");
        var dates = (Date32Array)batch.Column("source_date");
        for (int i = 0; i < batch.Length; i++)
        {
            var claim = ClaimSet.Shipped[ids.GetString(i)];
            Assert.Equal(claim.Figure.Unit.Symbol, units.GetString(i));
            Assert.Equal(claim.Figure.Bound.ToName(), bounds.GetString(i));
            Assert.Equal(claim.Figure.Value, values.GetValue(i));
            Assert.Equal(claim.Figure.Interval.High, highs.GetValue(i));
            Assert.Equal(claim.Figure.Interval.Low, lows.GetValue(i));
            Assert.Equal(claim.Figure.Interval.HighOpen || !claim.Figure.Interval.HasHigh, highOpen.GetValue(i));
            Assert.Equal(claim.FirstAppearance.DescribeChain(claim.Claimant), chains.GetString(i));
            Assert.Equal(claim.FirstAppearance.Source.Date.Date, dates.GetDateOnly(i));
        }
    }

    [Fact]
    public async Task Claims_parquet_file_reads_back_with_parquet_net()
    {
        var path = Path.Combine(_dir, "claims.parquet");
        await ClaimSet.Shipped.WriteParquetAsync(path);

        await using var stream = File.OpenRead(path);
        var result = await ParquetSerializer.DeserializeUntypedAsync(stream);
        Assert.Equal(ClaimSet.Shipped.Count, result.Data.Count);
        foreach (var row in result.Data)
        {
            var claim = ClaimSet.Shipped[Text(row, "id")!];
            Assert.Equal(claim.Figure.Unit.Symbol, Text(row, "unit"));
            Assert.Equal(claim.Figure.Bound.ToName(), Text(row, "bound"));
            Assert.Equal(claim.Figure.Value, (decimal)row["value"]!);
            Assert.Equal(claim.Figure.Interval.Low, (decimal?)row.GetValueOrDefault("low"));
            Assert.Equal(claim.Figure.Interval.High, (decimal?)row.GetValueOrDefault("high"));
            Assert.Equal(!claim.Figure.Interval.HasLow || claim.Figure.Interval.LowOpen, (bool)row["low_open"]!);
            Assert.Equal(claim.FirstAppearance.DescribeChain(claim.Claimant), Text(row, "chain"));
            Assert.Equal(claim.FirstAppearance.Quote, Text(row, "quote"));
            Assert.Equal(claim.FirstAppearance.Source.Date.Date, ToDate(row["source_date"]));
            Assert.Equal(claim.FirstAppearance.Source.Date.ToString(), Text(row, "source_date_text"));
        }
    }

    [Fact]
    public async Task Arrow_and_parquet_read_back_as_claims_under_de_DE()
    {
        using var scope = new CultureScope("de-DE");
        var arrow = Path.Combine(_dir, "c.arrow");
        var parquet = Path.Combine(_dir, "c.parquet");
        ClaimSet.Shipped.WriteArrow(arrow);
        await ClaimSet.Shipped.WriteParquetAsync(parquet);

        DataFrame fromArrow = DataExport.ReadArrow(arrow);
        DataFrame fromParquet = await DataExport.ReadParquetAsync(parquet);

        // Arrow and Parquet decimals have one scale per column: 127 reads back as 127.0 beside 1.5, equal in value.
        AssertSameClaims(ClaimSet.Shipped, ClaimSet.FromDataFrame(fromArrow));
        AssertSameClaims(ClaimSet.Shipped, ClaimSet.FromDataFrame(fromParquet));
        Assert.IsType<DecimalDataFrameColumn>(fromParquet["high"]);
        Assert.IsType<PrimitiveDataFrameColumn<DateOnly>>(fromArrow["source_date"]);
    }

    /// <summary>Sets with every kind of figure, texts that need escaping, nulls in every nullable column, and none at all.</summary>
    private static IEnumerable<ClaimSet> Sets()
    {
        var hostile = Notebooks.HostileClaims.Claim();
        var a = hostile.FirstAppearance;
        yield return ClaimSet.Shipped;
        yield return EnergyFigures.Csv.ClaimsCsv.Validate(new MemoryStream(EnergyFigures.Benchmarks.ClaimsFileGenerator.GenerateBytes(1500)), "generated.csv").ThrowIfInvalid();
        yield return ClaimSet.Create([hostile with { Appearances = new EquatableArray<Appearance>([a with { Source = a.Source with { Url = null } }]) }, ClaimSet.Shipped[0]]);
        yield return ClaimSet.Create(ClaimSet.Shipped.Take(40)); // made from claim objects: columns built on first use
        yield return NegativeAndFineFigures();
        yield return ClaimSet.Empty;
    }

    /// <summary>Claims with negative numbers, many decimals, scale words and sides that round when a column's scale is capped.</summary>
    internal static ClaimSet NegativeAndFineFigures()
    {
        var c = ClaimSet.Shipped[0];
        var unit = c.Figure.Unit;
        Claim With(string id, Figure f) => c with { Id = id, Figure = f };
        return ClaimSet.Create(
        [
            With("negative-range", Figure.Create("-1.25 to -0.5", BoundKind.Range, -1.25m, unit, Scale.None, -0.5m)),
            With("negative-plus-minus", Figure.Create("-3.125 ± 0.0625", BoundKind.PlusMinus, -3.125m, unit, Scale.None, null, 0.0625m)),
            With("fine", Figure.Create("0.0000000000000000000000000001", BoundKind.Exact, 0.0000000000000000000000000001m, unit)),
            With("huge", Figure.Create("79 trillion", BoundKind.Approximately, 79.5m, unit, Scale.Trillion)),
            With("large-negative", Figure.Create("under -7922816251426433759354395033", BoundKind.Under, -7922816251426433759354395033m, unit)),
        ]);
    }

    [Fact]
    public void Arrow_written_from_columns_has_the_schema_and_cells_of_the_object_table()
    {
        foreach (var set in Sets())
        {
            var fromColumns = new MemoryStream();
            set.WriteArrow(fromColumns);
            var fromObjects = new MemoryStream();
            TableFormats.WriteArrow(ClaimTable.Of(set), fromObjects);

            Schema Schema(MemoryStream s)
            {
                s.Position = 0;
                using var reader = new ArrowFileReader(s, leaveOpen: true);
                return reader.Schema;
            }

            var expected = Schema(fromObjects);
            var actual = Schema(fromColumns);
            Assert.Equal(expected.Metadata, actual.Metadata);
            Assert.Equal(expected.FieldsList.Count, actual.FieldsList.Count);
            foreach (var (e, f) in expected.FieldsList.Zip(actual.FieldsList))
            {
                Assert.Equal(e.Name, f.Name);
                Assert.Equal(e.IsNullable, f.IsNullable);
                Assert.Equal(e.Metadata, f.Metadata);
                Assert.Equal(e.DataType.TypeId, f.DataType.TypeId);
                if (e.DataType is Decimal128Type d)
                {
                    Assert.Equal((d.Precision, d.Scale), (((Decimal128Type)f.DataType).Precision, ((Decimal128Type)f.DataType).Scale));
                }
            }

            fromObjects.Position = 0;
            fromColumns.Position = 0;
            AssertSameCells(DataExport.ReadArrow(fromObjects), DataExport.ReadArrow(fromColumns));
        }
    }

    [Fact]
    public async Task Parquet_written_from_columns_has_the_schema_and_cells_of_the_object_table()
    {
        foreach (var set in Sets())
        {
            var fromColumns = new MemoryStream();
            await set.WriteParquetAsync(fromColumns);
            var fromObjects = new MemoryStream();
            await TableFormats.WriteParquetAsync(ClaimTable.Of(set), fromObjects, CancellationToken.None);

            async Task<(Parquet.Schema.DataField[] Fields, IReadOnlyDictionary<string, string> Metadata, int RowGroups)> Shape(MemoryStream s)
            {
                s.Position = 0;
                await using var reader = await Parquet.ParquetReader.CreateAsync(s, leaveStreamOpen: true);
                return (reader.Schema.GetDataFields(), reader.CustomMetadata, reader.RowGroupCount);
            }

            var expected = await Shape(fromObjects);
            var actual = await Shape(fromColumns);
            Assert.Equal(expected.Metadata, actual.Metadata);
            Assert.Equal(expected.RowGroups, actual.RowGroups);
            Assert.Equal(expected.Fields.Length, actual.Fields.Length);
            foreach (var (e, f) in expected.Fields.Zip(actual.Fields))
            {
                Assert.Equal((e.Name, e.ClrType, e.IsNullable, e.GetType()), (f.Name, f.ClrType, f.IsNullable, f.GetType()));
                if (e is Parquet.Schema.DecimalDataField d)
                {
                    var g = (Parquet.Schema.DecimalDataField)f;
                    Assert.Equal((d.Precision, d.Scale), (g.Precision, g.Scale));
                }
            }

            fromObjects.Position = 0;
            fromColumns.Position = 0;
            AssertSameCells(await TableFormats.ReadParquetAsync(fromObjects, CancellationToken.None), await TableFormats.ReadParquetAsync(fromColumns, CancellationToken.None));
        }
    }

    /// <summary>The same columns (names, types) and, cell by cell, the same values (decimals digit for digit).</summary>
    private static void AssertSameCells(DataFrame expected, DataFrame actual)
    {
        Assert.Equal(expected.Columns.Select(c => (c.Name, c.DataType)), actual.Columns.Select(c => (c.Name, c.DataType)));
        Assert.Equal(expected.Rows.Count, actual.Rows.Count);
        foreach (var column in expected.Columns)
        {
            var other = actual[column.Name];
            Assert.Equal(column.NullCount, other.NullCount);
            for (long r = 0; r < column.Length; r++)
            {
                Assert.Equal(column[r], other[r]);
                if (column[r] is decimal d)
                {
                    Assert.Equal(d.Scale, ((decimal)other[r]).Scale);
                }
            }
        }
    }

    private static void AssertSameClaims(ClaimSet expected, ClaimSet actual)
    {
        Assert.Equal(expected.Select(c => c.Id), actual.Select(c => c.Id));
        foreach (var (e, a) in expected.Zip(actual))
        {
            Assert.Equal(e with { Figure = a.Figure }, a);
            Assert.Equal(e.Figure.Text, a.Figure.Text);
            Assert.Equal(e.Figure.Bound, a.Figure.Bound);
            Assert.Equal(e.Figure.Unit, a.Figure.Unit);
            Assert.Equal(e.Figure.Scale, a.Figure.Scale);
            Assert.Equal(e.Figure.Interval, a.Figure.Interval);
            Assert.Equal(e.Figure.Value, a.Figure.Value);
            Assert.Equal(e.Figure.ValueHigh, a.Figure.ValueHigh);
        }
    }

    private static string? Text(Dictionary<string, object> row, string column) => row.GetValueOrDefault(column) switch
    {
        null => null,
        string s => s,
        ReadOnlyMemory<char> m => m.ToString(),
        var other => throw new Xunit.Sdk.XunitException($"{column} is {other.GetType()}"),
    };

    private static DateOnly ToDate(object? v) => v switch
    {
        DateOnly d => d,
        DateTime t => DateOnly.FromDateTime(t),
        _ => throw new Xunit.Sdk.XunitException("not a date: " + v),
    };
}
