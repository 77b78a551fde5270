using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Apache.Arrow;
using Apache.Arrow.Ipc;
using Apache.Arrow.Types;
using Parquet;
using Parquet.Schema;

namespace EnergyFigures.Interchange;

/// <summary>
/// Writes rows of an <see cref="ExportSchema{TRow}"/> to a stream in one <see cref="ExportFormat"/>, batch by batch:
/// memory is bounded by a batch (a Parquet row group, an Arrow record batch), never by the table. Arrow and Parquet
/// need each decimal column's scale before the first row: <see cref="ScalesOf"/> computes them in a first pass over
/// the rows, or a streaming caller fixes them (a value with more decimals is then rounded in the typed column only;
/// its <c>_text</c> column is always exact).
/// </summary>
internal sealed class TableStreamWriter<TRow> : IAsyncDisposable
{
    /// <summary>The rows of a Parquet row group or an Arrow record batch.</summary>
    public const int BatchRows = 65_536;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = false };

    private readonly ExportSchema<TRow> _schema;
    private readonly ExportFormat _format;
    private readonly Stream _stream;
    private readonly int[] _scales;
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 16);
    private ParquetWriter? _parquet;
    private ParquetSchema? _parquetSchema;
    private Schema? _arrowSchema;
    private ArrowFileWriter? _arrow;
    private bool _started;
    private bool _anyRow;

    /// <param name="schema">The table.</param>
    /// <param name="format">The format.</param>
    /// <param name="stream">The output (left open).</param>
    /// <param name="scales">The scale of each column (used for decimal columns; see <see cref="ScalesOf"/>).</param>
    public TableStreamWriter(ExportSchema<TRow> schema, ExportFormat format, Stream stream, IReadOnlyList<int> scales)
    {
        _schema = schema;
        _format = format;
        _stream = stream;
        _scales = [.. scales];
    }

    /// <summary>Writes every row in batches and ends the file.</summary>
    public static async Task WriteAllAsync(ExportSchema<TRow> schema, IEnumerable<TRow> rows, ExportFormat format, Stream stream, IReadOnlyList<int>? scales, CancellationToken cancellationToken)
    {
        scales ??= format is ExportFormat.Arrow or ExportFormat.Parquet ? ScalesOf(schema, rows) : new int[schema.Columns.Count];
        var writer = new TableStreamWriter<TRow>(schema, format, stream, scales);
        await using (writer.ConfigureAwait(false))
        {
            var batch = new List<TRow>(Math.Min(BatchRows, 1024));
            foreach (var row in rows)
            {
                batch.Add(row);
                if (batch.Count == BatchRows)
                {
                    await writer.WriteAsync(batch, cancellationToken).ConfigureAwait(false);
                    batch.Clear();
                }
            }

            await writer.WriteAsync(batch, cancellationToken).ConfigureAwait(false);
            await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The scale of each decimal column: the smallest that keeps every value's digits, capped so that the integer part
    /// still fits in 38 digits (0 for other columns and for a decimal column with no value).
    /// </summary>
    public static int[] ScalesOf(ExportSchema<TRow> schema, IEnumerable<TRow> rows)
    {
        var columns = schema.Columns;
        var scale = new int[columns.Count];
        var intDigits = new int[columns.Count];
        System.Array.Fill(intDigits, 1);
        foreach (var row in rows)
        {
            for (int c = 0; c < columns.Count; c++)
            {
                if (columns[c].Column.Type == ExportColumnType.Decimal && columns[c].Get(row) is decimal d)
                {
                    scale[c] = Math.Max(scale[c], d.Scale);
                    var whole = decimal.Truncate(Math.Abs(d));
                    intDigits[c] = Math.Max(intDigits[c], whole == 0m ? 1 : whole.ToString(CultureInfo.InvariantCulture).Length);
                }
            }
        }

        for (int c = 0; c < columns.Count; c++)
        {
            scale[c] = Math.Min(scale[c], 38 - intDigits[c]);
        }

        return scale;
    }

    /// <summary>Writes a batch of rows (a row group in Parquet, a record batch in Arrow).</summary>
    public async Task WriteAsync(IReadOnlyList<TRow> rows, CancellationToken cancellationToken)
    {
        await StartAsync(cancellationToken).ConfigureAwait(false);
        if (rows.Count == 0)
        {
            return;
        }

        switch (_format)
        {
            case ExportFormat.Csv:
                await WriteTextRowsAsync(rows, CsvRow, cancellationToken).ConfigureAwait(false);
                break;
            case ExportFormat.Json:
            case ExportFormat.JsonLines:
                await WriteTextRowsAsync(rows, JsonRow, cancellationToken).ConfigureAwait(false);
                break;
            case ExportFormat.Arrow:
                using (var batch = RecordBatchOf(rows))
                {
                    await _arrow!.WriteRecordBatchAsync(batch, cancellationToken).ConfigureAwait(false);
                }

                break;
            default:
                await WriteRowGroupAsync(rows, cancellationToken).ConfigureAwait(false);
                break;
        }

        _anyRow = true;
    }

    /// <summary>Ends the file (the JSON array's bracket, the Arrow footer, the Parquet footer).</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        await StartAsync(cancellationToken).ConfigureAwait(false);
        switch (_format)
        {
            case ExportFormat.Json:
                await _stream.WriteAsync(Utf8.GetBytes(_anyRow ? "\n]\n" : "]\n"), cancellationToken).ConfigureAwait(false);
                break;
            case ExportFormat.Arrow:
                await _arrow!.WriteEndAsync(cancellationToken).ConfigureAwait(false);
                break;
            case ExportFormat.Parquet:
                if (_parquet is not null)
                {
                    await _parquet.DisposeAsync().ConfigureAwait(false);
                    _parquet = null;
                }

                break;
            default:
                break;
        }

        await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        _arrow?.Dispose();
        _arrow = null;
        if (_parquet is not null)
        {
            await _parquet.DisposeAsync().ConfigureAwait(false);
            _parquet = null;
        }
    }

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        if (_started)
        {
            return;
        }

        _started = true;
        switch (_format)
        {
            case ExportFormat.Csv:
                var header = string.Join(',', _schema.Columns.Select(c => CsvField(c.Column.Name))) + "\n";
                await _stream.WriteAsync(Utf8.GetBytes(header), cancellationToken).ConfigureAwait(false);
                break;
            case ExportFormat.Json:
                await _stream.WriteAsync(Utf8.GetBytes("["), cancellationToken).ConfigureAwait(false);
                break;
            case ExportFormat.Arrow:
                _arrowSchema = ArrowSchema();
                _arrow = new ArrowFileWriter(_stream, _arrowSchema, leaveOpen: true);
                await _arrow.WriteStartAsync(cancellationToken).ConfigureAwait(false);
                break;
            case ExportFormat.Parquet:
                _parquetSchema = ParquetSchemaOf();
                _parquet = await ParquetWriter.CreateAsync(_parquetSchema, _stream, null, false, cancellationToken).ConfigureAwait(false);
                _parquet.CustomMetadata = new Dictionary<string, string>(StringComparer.Ordinal) { [TableFormats.TableKey] = _schema.TableName };
                break;
            default:
                break;
        }
    }

    private async Task WriteTextRowsAsync(IReadOnlyList<TRow> rows, Action<TRow, ArrayBufferWriter<byte>> write, CancellationToken cancellationToken)
    {
        foreach (var row in rows)
        {
            write(row, _buffer);
            if (_buffer.WrittenCount > 1 << 16)
            {
                await _stream.WriteAsync(_buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
                _buffer.ResetWrittenCount();
            }
        }

        await _stream.WriteAsync(_buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        _buffer.ResetWrittenCount();
    }

    private void CsvRow(TRow row, ArrayBufferWriter<byte> output)
    {
        var sb = new StringBuilder();
        var columns = _schema.Columns;
        for (int c = 0; c < columns.Count; c++)
        {
            if (c > 0)
            {
                sb.Append(',');
            }

            var text = TextOf(columns[c].Get(row));
            sb.Append(CsvField(columns[c].Column.Type == ExportColumnType.Text && !IsNumberText(c) ? Protect(text) : text));
        }

        sb.Append('\n');
        Utf8.GetBytes(sb.ToString(), output);
    }

    private bool _firstJsonRow = true;

    private void JsonRow(TRow row, ArrayBufferWriter<byte> output)
    {
        if (_format == ExportFormat.Json)
        {
            Utf8.GetBytes(_firstJsonRow ? "\n" : ",\n", output);
        }

        _firstJsonRow = false;
        using (var json = new Utf8JsonWriter(output, JsonOptions))
        {
            json.WriteStartObject();
            foreach (var (column, get) in _schema.Columns)
            {
                json.WritePropertyName(column.Name);
                switch (get(row))
                {
                    case null:
                        json.WriteNullValue();
                        break;
                    case decimal d:
                        json.WriteNumberValue(d); // exact, with the value's own scale (127 stays 127, 1.50 stays 1.50)
                        break;
                    case bool b:
                        json.WriteBooleanValue(b);
                        break;
                    case long l:
                        json.WriteNumberValue(l);
                        break;
                    case DateOnly date:
                        json.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                        break;
                    case var v:
                        json.WriteStringValue(TextOf(v));
                        break;
                }
            }

            json.WriteEndObject();
        }

        if (_format == ExportFormat.JsonLines)
        {
            Utf8.GetBytes("\n", output);
        }
    }

    /// <summary>Whether column <paramref name="c"/> is the <c>_text</c> column of the decimal before it.</summary>
    private bool IsNumberText(int c) =>
        c > 0 && _schema.Columns[c - 1].Column.Type == ExportColumnType.Decimal && _schema.Columns[c].Column.Name == _schema.Columns[c - 1].Column.Name + "_text";

    /// <summary>
    /// A text cell as the project's CSV writers write it (data/README.md): one that a spreadsheet would run as a formula
    /// (starting with '=', '+', '-', '@', a tab or a carriage return), or that starts with an apostrophe before one of
    /// those, gets an apostrophe in front; the claims CSV reader removes it.
    /// </summary>
    public static string Protect(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        char c0 = text[0];
        return IsFormulaStart(c0) || (c0 == '\'' && text.Length > 1 && (IsFormulaStart(text[1]) || text[1] == '\'')) ? "'" + text : text;
    }

    private static bool IsFormulaStart(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>A cell as invariant text: decimals with their own scale, dates as YYYY-MM-DD, booleans as true/false, null as empty.</summary>
    public static string TextOf(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>A CSV field (RFC 4180): quoted when it holds a comma, a quote, a line break or edge spaces, quotes doubled.</summary>
    public static string CsvField(string s)
    {
        bool quote = s.Length > 0 && (s[0] == ' ' || s[^1] == ' ' || s.AsSpan().IndexOfAny(",\"\r\n") >= 0);
        return quote ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
    }

    private decimal Fit(decimal d, int c) => FitScale(d, _scales[c]);

    /// <summary>A decimal in a column of the given scale: rounded (to even) when it has more decimals.</summary>
    public static decimal FitScale(decimal d, int scale) => d.Scale > scale ? Math.Round(d, scale, MidpointRounding.ToEven) : d;

    private Schema ArrowSchema() => ArrowSchema(_schema, _scales);

    /// <summary>The Arrow schema of a table, with the given decimal scales.</summary>
    public static Schema ArrowSchema(ExportSchema<TRow> schema, IReadOnlyList<int> scales)
    {
        var builder = new Schema.Builder().Metadata(TableFormats.TableKey, schema.TableName);
        for (int c = 0; c < schema.Columns.Count; c++)
        {
            var column = schema.Columns[c].Column;
            IArrowType type = column.Type switch
            {
                ExportColumnType.Text => StringType.Default,
                ExportColumnType.Decimal => new Decimal128Type(38, scales[c]),
                ExportColumnType.Boolean => BooleanType.Default,
                ExportColumnType.Date => Date32Type.Default,
                _ => Int64Type.Default,
            };
            builder.Field(f => f.Name(column.Name).DataType(type).Nullable(column.Type is not (ExportColumnType.Boolean or ExportColumnType.Integer)).Metadata(TableFormats.DescriptionKey, column.Description));
        }

        return builder.Build();
    }

    private RecordBatch RecordBatchOf(IReadOnlyList<TRow> rows)
    {
        var arrays = new IArrowArray[_schema.Columns.Count];
        for (int c = 0; c < arrays.Length; c++)
        {
            var (column, get) = _schema.Columns[c];
            switch (column.Type)
            {
                case ExportColumnType.Text:
                    var s = new StringArray.Builder();
                    foreach (var r in rows)
                    {
                        if (get(r) is string v)
                        {
                            s.Append(v);
                        }
                        else
                        {
                            s.AppendNull();
                        }
                    }

                    arrays[c] = s.Build();
                    break;
                case ExportColumnType.Decimal:
                    var d = new Decimal128Array.Builder(new Decimal128Type(38, _scales[c]));
                    foreach (var r in rows)
                    {
                        if (get(r) is decimal v)
                        {
                            d.Append(Fit(v, c));
                        }
                        else
                        {
                            d.AppendNull();
                        }
                    }

                    arrays[c] = d.Build();
                    break;
                case ExportColumnType.Boolean:
                    var b = new BooleanArray.Builder();
                    foreach (var r in rows)
                    {
                        b.Append((bool)get(r)!);
                    }

                    arrays[c] = b.Build();
                    break;
                case ExportColumnType.Date:
                    var t = new Date32Array.Builder();
                    foreach (var r in rows)
                    {
                        if (get(r) is DateOnly v)
                        {
                            t.Append(v);
                        }
                        else
                        {
                            t.AppendNull();
                        }
                    }

                    arrays[c] = t.Build();
                    break;
                default:
                    var l = new Int64Array.Builder();
                    foreach (var r in rows)
                    {
                        l.Append((long)get(r)!);
                    }

                    arrays[c] = l.Build();
                    break;
            }
        }

        return new RecordBatch(_arrowSchema!, arrays, rows.Count);
    }

    private ParquetSchema ParquetSchemaOf() => ParquetSchemaOf(_schema, _scales);

    /// <summary>The Parquet schema of a table, with the given decimal scales.</summary>
    public static ParquetSchema ParquetSchemaOf(ExportSchema<TRow> schema, IReadOnlyList<int> scales) => new(schema.Columns.Select((x, c) => x.Column.Type switch
    {
        ExportColumnType.Text => (Parquet.Schema.Field)new DataField<string>(x.Column.Name, nullable: true),
        ExportColumnType.Decimal => new DecimalDataField(x.Column.Name, 38, scales[c], forceByteArrayEncoding: false, isNullable: true),
        ExportColumnType.Boolean => new DataField<bool>(x.Column.Name, nullable: false),
        ExportColumnType.Date => new DataField<DateOnly>(x.Column.Name, nullable: true),
        _ => new DataField<long>(x.Column.Name, nullable: false),
    }));

    private async Task WriteRowGroupAsync(IReadOnlyList<TRow> rows, CancellationToken cancellationToken)
    {
        var fields = _parquetSchema!.GetDataFields();
        using var group = _parquet!.CreateRowGroup();
        for (int c = 0; c < fields.Length; c++)
        {
            var (column, get) = _schema.Columns[c];
            switch (column.Type)
            {
                case ExportColumnType.Text:
                    await group.WriteAsync(fields[c], rows.Select(r => (string)get(r)!).ToArray()).ConfigureAwait(false);
                    break;
                case ExportColumnType.Decimal:
                    await group.WriteAsync<decimal>(fields[c], rows.Select(r => get(r) is decimal v ? Fit(v, c) : (decimal?)null).ToArray(), null, null, cancellationToken).ConfigureAwait(false);
                    break;
                case ExportColumnType.Boolean:
                    await group.WriteAsync<bool>(fields[c], rows.Select(r => (bool)get(r)!).ToArray(), null, null, cancellationToken).ConfigureAwait(false);
                    break;
                case ExportColumnType.Date:
                    await group.WriteAsync<DateOnly>(fields[c], rows.Select(r => (DateOnly?)get(r)).ToArray(), null, null, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    await group.WriteAsync<long>(fields[c], rows.Select(r => (long)get(r)!).ToArray(), null, null, cancellationToken).ConfigureAwait(false);
                    break;
            }
        }

        group.CompleteValidate();
    }
}
