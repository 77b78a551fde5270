using Apache.Arrow;
using Apache.Arrow.Ipc;
using Apache.Arrow.Types;
using EnergyFigures.Claims;
using EnergyFigures.Csv;
using EnergyFigures.Data;
using EnergyFigures.Interchange;
using Parquet;
using Parquet.Serialization;

namespace EnergyFigures.Tests.Interchange;

/// <summary>
/// The claims, appearances and reported tables of <see cref="TableExport"/> in Arrow and Parquet are written from the
/// sets' columns; what they write must be what the row writer writes from claim objects: schema, batches, cells.
/// </summary>
public sealed class ColumnExportTests
{
    private static IEnumerable<(ClaimSet Claims, ClaimSet Reported)> Data()
    {
        yield return (Generated(1500), ClaimSet.Shipped);
        yield return (ClaimSet.Create(ClaimSet.Shipped.Take(30)), EnergyFigures.Reference.ReportedFigures.Shipped); // made from objects
        yield return (ArrowParquetTests.NegativeAndFineFigures(), ClaimSet.Empty);
        yield return (ClaimSet.Empty, ClaimSet.Empty);
    }

    private static ClaimSet Generated(int rows) =>
        ClaimsCsv.Validate(new MemoryStream(EnergyFigures.Benchmarks.ClaimsFileGenerator.GenerateBytes(rows)), "generated.csv").ThrowIfInvalid();

    public static TheoryData<ExportTable, ExportFormat> Tables => new()
    {
        { ExportTable.Claims, ExportFormat.Arrow },
        { ExportTable.Appearances, ExportFormat.Arrow },
        { ExportTable.Reported, ExportFormat.Arrow },
        { ExportTable.Claims, ExportFormat.Parquet },
        { ExportTable.Appearances, ExportFormat.Parquet },
        { ExportTable.Reported, ExportFormat.Parquet },
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public async Task The_columns_give_the_files_the_claim_objects_give(ExportTable table, ExportFormat format)
    {
        foreach (var (claims, reported) in Data())
        {
            await AssertSameFiles(table, format, claims, reported);
        }
    }

    [Theory]
    [InlineData(ExportFormat.Arrow)]
    [InlineData(ExportFormat.Parquet)]
    [Trait("Category", "Slow")] // 70,000 rows through both writers and back
    public Task Past_one_batch_the_columns_give_the_batches_the_claim_objects_give(ExportFormat format) =>
        AssertSameFiles(ExportTable.Appearances, format, Generated(70_000), ClaimSet.Empty);

    private static async Task AssertSameFiles(ExportTable table, ExportFormat format, ClaimSet claims, ClaimSet reported)
    {
        var fromColumns = new MemoryStream();
        await TableExport.WriteAsync(new ExportData(claims, checks: [], reported: reported), table, format, fromColumns);
        var fromObjects = new MemoryStream();
        var schema = table switch { ExportTable.Claims => ExportTables.Claims, ExportTable.Appearances => ExportTables.Appearances, _ => ExportTables.Reported };
        var set = table == ExportTable.Reported ? reported : claims;
        var rows = table == ExportTable.Claims
            ? set.Select(c => new ClaimRow(c, 0))
            : set.SelectMany(c => Enumerable.Range(0, c.Appearances.Count).Select(i => new ClaimRow(c, i)));
        await TableStreamWriter<ClaimRow>.WriteAllAsync(schema, rows, format, fromObjects, null, CancellationToken.None);

        if (format == ExportFormat.Arrow)
        {
            AssertSameArrow(fromObjects, fromColumns);
        }
        else
        {
            await AssertSameParquet(fromObjects, fromColumns);
        }
    }

    private static void AssertSameArrow(MemoryStream expected, MemoryStream actual)
    {
        expected.Position = 0;
        actual.Position = 0;
        using var e = new ArrowFileReader(expected, leaveOpen: true);
        using var a = new ArrowFileReader(actual, leaveOpen: true);
        Assert.Equal(e.Schema.Metadata, a.Schema.Metadata);
        Assert.Equal(e.Schema.FieldsList.Count, a.Schema.FieldsList.Count);
        foreach (var (f, g) in e.Schema.FieldsList.Zip(a.Schema.FieldsList))
        {
            Assert.Equal((f.Name, f.IsNullable, f.DataType.TypeId), (g.Name, g.IsNullable, g.DataType.TypeId));
            Assert.Equal(f.Metadata, g.Metadata);
            if (f.DataType is Decimal128Type d)
            {
                Assert.Equal(d.Scale, ((Decimal128Type)g.DataType).Scale);
            }
        }

        while (e.ReadNextRecordBatch() is { } x)
        {
            using (x)
            {
                using var y = a.ReadNextRecordBatch();
                Assert.NotNull(y);
                Assert.Equal(x.Length, y.Length);
                for (int c = 0; c < x.ColumnCount; c++)
                {
                    var (p, q) = (x.Column(c), y.Column(c));
                    Assert.Equal(p.NullCount, q.NullCount);
                    for (int i = 0; i < x.Length; i++)
                    {
                        Assert.Equal(Cell(p, i), Cell(q, i));
                    }
                }
            }
        }

        Assert.Null(a.ReadNextRecordBatch());
    }

    private static object? Cell(IArrowArray array, int i) => array.IsNull(i) ? null : array switch
    {
        StringArray s => s.GetString(i),
        Decimal128Array d => d.GetValue(i) is { } v ? (v, v.Scale) : null,
        BooleanArray b => b.GetValue(i),
        Date32Array t => t.GetDateOnly(i),
        Int64Array l => l.GetValue(i),
        _ => throw new Xunit.Sdk.XunitException("unexpected array " + array.GetType()),
    };

    private static async Task AssertSameParquet(MemoryStream expected, MemoryStream actual)
    {
        expected.Position = 0;
        actual.Position = 0;
        await using (var e = await ParquetReader.CreateAsync(expected, leaveStreamOpen: true))
        await using (var a = await ParquetReader.CreateAsync(actual, leaveStreamOpen: true))
        {
            Assert.Equal(e.CustomMetadata, a.CustomMetadata);
            Assert.Equal(e.RowGroupCount, a.RowGroupCount);
            var (ef, af) = (e.Schema.GetDataFields(), a.Schema.GetDataFields());
            Assert.Equal(ef.Select(f => (f.Name, f.ClrType, f.IsNullable, f.GetType())), af.Select(f => (f.Name, f.ClrType, f.IsNullable, f.GetType())));
            foreach (var (f, g) in ef.Zip(af))
            {
                if (f is Parquet.Schema.DecimalDataField d)
                {
                    Assert.Equal((d.Precision, d.Scale), (((Parquet.Schema.DecimalDataField)g).Precision, ((Parquet.Schema.DecimalDataField)g).Scale));
                }
            }

            for (int group = 0; group < e.RowGroupCount; group++)
            {
                Assert.Equal(e.OpenRowGroupReader(group).RowCount, a.OpenRowGroupReader(group).RowCount);
            }
        }

        expected.Position = 0;
        actual.Position = 0;
        var x = await ParquetSerializer.DeserializeUntypedAsync(expected);
        var y = await ParquetSerializer.DeserializeUntypedAsync(actual);
        Assert.Equal(x.Data.Count, y.Data.Count);
        foreach (var (p, q) in x.Data.Zip(y.Data))
        {
            Assert.Equal(p.Keys.Order(StringComparer.Ordinal), q.Keys.Order(StringComparer.Ordinal));
            foreach (var key in p.Keys)
            {
                Assert.Equal(Value(p[key]), Value(q[key]));
            }
        }
    }

    private static object? Value(object? v) => v switch
    {
        ReadOnlyMemory<char> m => m.ToString(),
        decimal d => (d, d.Scale),
        _ => v,
    };
}
