using System.Globalization;
using Apache.Arrow;
using Apache.Arrow.Ipc;
using Apache.Arrow.Types;
using Microsoft.Data.Analysis;
using Parquet.Schema;
using Parquet.Serialization;
using EnergyFigures.Errors;

namespace EnergyFigures.Interchange;

/// <summary>Writes a <see cref="Table"/> as a DataFrame, an Arrow IPC file or a Parquet file, and reads those back.</summary>
internal static class TableFormats
{
    /// <summary>The metadata key naming the table (<c>claims</c>, <c>reference_series</c>, …).</summary>
    public const string TableKey = "energyfigures.table";

    /// <summary>The metadata key holding a column's description.</summary>
    public const string DescriptionKey = "description";

    public static DataFrame ToDataFrame(Table table)
    {
        var columns = table.Columns.Select(c => c.Kind switch
        {
            ColumnKind.Text => (DataFrameColumn)new StringDataFrameColumn(c.Name, c.Values.Select(v => (string?)v)),
            ColumnKind.Decimal => new DecimalDataFrameColumn(c.Name, c.Values.Select(v => (decimal?)v)),
            ColumnKind.Boolean => new BooleanDataFrameColumn(c.Name, c.Values.Select(v => (bool?)v)),
            ColumnKind.Date => new PrimitiveDataFrameColumn<DateOnly>(c.Name, c.Values.Select(v => (DateOnly?)v)),
            _ => throw new InvalidOperationException("Unknown column kind."),
        });
        return new DataFrame(columns);
    }

    public static Schema ArrowSchema(Table table) =>
        ArrowSchema(table.Name, table.Columns.Select(c => (c.Name, c.Kind, c.Description, c.Precision, c.Scale)));

    /// <summary>The Arrow schema of a table's columns: their names, kinds, descriptions and decimal shapes.</summary>
    public static Schema ArrowSchema(string tableName, IEnumerable<(string Name, ColumnKind Kind, string Description, int Precision, int Scale)> columns)
    {
        var builder = new Schema.Builder().Metadata(TableKey, tableName);
        foreach (var c in columns)
        {
            IArrowType type = c.Kind switch
            {
                ColumnKind.Text => StringType.Default,
                ColumnKind.Decimal => new Decimal128Type(c.Precision, c.Scale),
                ColumnKind.Boolean => BooleanType.Default,
                ColumnKind.Date => Date32Type.Default,
                _ => throw new InvalidOperationException("Unknown column kind."),
            };
            builder.Field(f => f.Name(c.Name).DataType(type).Nullable(c.Kind != ColumnKind.Boolean).Metadata(DescriptionKey, c.Description));
        }

        return builder.Build();
    }

    public static RecordBatch ToRecordBatch(Table table)
    {
        var schema = ArrowSchema(table);
        var arrays = table.Columns.Select(c => c.Kind switch
        {
            ColumnKind.Text => Build(new StringArray.Builder(), c.Values, (b, v) => b.Append((string)v), b => b.AppendNull(), b => b.Build()),
            ColumnKind.Decimal => Build(new Decimal128Array.Builder(new Decimal128Type(c.Precision, c.Scale)), c.Values, (b, v) => b.Append(Math.Round((decimal)v, c.Scale)), b => b.AppendNull(), b => b.Build()),
            ColumnKind.Boolean => Build(new BooleanArray.Builder(), c.Values, (b, v) => b.Append((bool)v), b => b.AppendNull(), b => b.Build()),
            ColumnKind.Date => Build(new Date32Array.Builder(), c.Values, (b, v) => b.Append((DateOnly)v), b => b.AppendNull(), b => b.Build()),
            _ => throw new InvalidOperationException("Unknown column kind."),
        }).ToArray();
        return new RecordBatch(schema, arrays, table.RowCount);
    }

    private static IArrowArray Build<TBuilder>(TBuilder builder, IReadOnlyList<object?> values, Action<TBuilder, object> append, Action<TBuilder> appendNull, Func<TBuilder, IArrowArray> build)
    {
        foreach (var v in values)
        {
            if (v is null)
            {
                appendNull(builder);
            }
            else
            {
                append(builder, v);
            }
        }

        return build(builder);
    }

    public static void WriteArrow(Table table, Stream stream)
    {
        using var batch = ToRecordBatch(table);
        using var writer = new ArrowFileWriter(stream, batch.Schema, leaveOpen: true);
        writer.WriteRecordBatch(batch);
        writer.WriteEnd();
    }

    public static async Task WriteArrowAsync(Table table, Stream stream, CancellationToken cancellationToken)
    {
        using var batch = ToRecordBatch(table);
        using var writer = new ArrowFileWriter(stream, batch.Schema, leaveOpen: true);
        await writer.WriteRecordBatchAsync(batch, cancellationToken).ConfigureAwait(false);
        await writer.WriteEndAsync(cancellationToken).ConfigureAwait(false);
    }

    public static ParquetSchema ParquetSchema(Table table) =>
        ParquetSchema(table.Columns.Select(c => (c.Name, c.Kind, c.Description, c.Precision, c.Scale)));

    /// <summary>The Parquet schema of a table's columns (the descriptions are not written).</summary>
    public static ParquetSchema ParquetSchema(IEnumerable<(string Name, ColumnKind Kind, string Description, int Precision, int Scale)> columns) => new(columns.Select(c => c.Kind switch
    {
        ColumnKind.Text => (Parquet.Schema.Field)new DataField<string>(c.Name, nullable: true),
        ColumnKind.Decimal => new DecimalDataField(c.Name, c.Precision, c.Scale, forceByteArrayEncoding: false, isNullable: true),
        ColumnKind.Boolean => new DataField<bool>(c.Name, nullable: false),
        ColumnKind.Date => new DataField<DateOnly>(c.Name, nullable: true),
        _ => throw new InvalidOperationException("Unknown column kind."),
    }));

    public static async Task WriteParquetAsync(Table table, Stream stream, CancellationToken cancellationToken)
    {
        var schema = ParquetSchema(table);
        var rows = new List<IDictionary<string, object?>>(table.RowCount);
        for (int i = 0; i < table.RowCount; i++)
        {
            var row = new Dictionary<string, object?>(table.Columns.Count, StringComparer.Ordinal);
            foreach (var c in table.Columns)
            {
                var v = c.Values[i];
                row[c.Name] = v is decimal d ? Math.Round(d, c.Scale) : v;
            }

            rows.Add(row);
        }

        var metadata = new Dictionary<string, string>(StringComparer.Ordinal) { [TableKey] = table.Name };
        await ParquetSerializer.SerializeUntypedAsync(rows, schema, stream, null, metadata, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads every record batch of an Arrow IPC file into a DataFrame with the same column types.</summary>
    public static DataFrame ReadArrow(Stream stream)
    {
        using var reader = new ArrowFileReader(stream, leaveOpen: true);
        var schema = reader.Schema;
        var values = schema.FieldsList.Select(_ => new List<object?>()).ToArray();
        while (reader.ReadNextRecordBatch() is { } batch)
        {
            using (batch)
            {
                for (int c = 0; c < schema.FieldsList.Count; c++)
                {
                    var array = batch.Column(c);
                    for (int i = 0; i < batch.Length; i++)
                    {
                        values[c].Add(array switch
                        {
                            StringArray s => s.GetString(i),
                            Decimal128Array d => d.GetValue(i),
                            BooleanArray b => b.GetValue(i),
                            Date32Array t => t.GetDateOnly(i),
                            _ => throw new EnergyFiguresException(ErrorCodes.UnsupportedColumnType, $"The Arrow column '{schema.FieldsList[c].Name}' has the type {array.Data.DataType.Name}; expected utf8, decimal128, bool or date32."),
                        });
                    }
                }
            }
        }

        return new DataFrame(schema.FieldsList.Select((f, c) => Column(f.Name, f.DataType switch
        {
            StringType => ColumnKind.Text,
            Decimal128Type => ColumnKind.Decimal,
            BooleanType => ColumnKind.Boolean,
            _ => ColumnKind.Date,
        }, values[c])));
    }

    /// <summary>Reads a Parquet file into a DataFrame with the same column types.</summary>
    public static async Task<DataFrame> ReadParquetAsync(Stream stream, CancellationToken cancellationToken)
    {
        var result = await ParquetSerializer.DeserializeUntypedAsync(stream, null, null, cancellationToken).ConfigureAwait(false);
        var fields = result.Schema.GetDataFields();
        return new DataFrame(fields.Select(f =>
        {
            var kind = f switch
            {
                DecimalDataField => ColumnKind.Decimal,
                _ when f.ClrType == typeof(string) || f.ClrType == typeof(ReadOnlyMemory<char>) => ColumnKind.Text,
                _ when f.ClrType == typeof(bool) => ColumnKind.Boolean,
                _ when f.ClrType == typeof(DateOnly) => ColumnKind.Date,
                _ when f.ClrType == typeof(DateTime) => ColumnKind.Date,
                _ => throw new EnergyFiguresException(ErrorCodes.UnsupportedColumnType, $"The Parquet column '{f.Name}' holds {f.ClrType.Name}; expected text, decimal, boolean or date."),
            };
            var values = result.Data.Select(row => row.TryGetValue(f.Name, out var v) ? v switch
            {
                DateTime dt => DateOnly.FromDateTime(dt),
                ReadOnlyMemory<char> m => m.ToString(),
                _ => v,
            } : null).ToList();
            return Column(f.Name, kind, values);
        }));
    }

    private static DataFrameColumn Column(string name, ColumnKind kind, IReadOnlyList<object?> values) => kind switch
    {
        ColumnKind.Text => new StringDataFrameColumn(name, values.Select(v => (string?)v)),
        ColumnKind.Decimal => new DecimalDataFrameColumn(name, values.Select(v => (decimal?)v)),
        ColumnKind.Boolean => new BooleanDataFrameColumn(name, values.Select(v => (bool?)v)),
        _ => new PrimitiveDataFrameColumn<DateOnly>(name, values.Select(v => (DateOnly?)v)),
    };

    /// <summary>A cell as the text the claims CSV reader takes (invariant culture; null as empty).</summary>
    public static string CellText(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.TimeOfDay == TimeSpan.Zero ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : d.ToString("O", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
