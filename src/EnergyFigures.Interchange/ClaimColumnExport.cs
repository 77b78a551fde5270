using System.Runtime.InteropServices;
using System.Text;
using Apache.Arrow;
using Apache.Arrow.Ipc;
using Apache.Arrow.Types;
using Parquet;
using Parquet.Schema;

namespace EnergyFigures.Interchange;

/// <summary>
/// Writes the claims table as an Arrow IPC file or a Parquet file from a claim set's columns (through
/// <see cref="ClaimColumnTable"/>), with the schema and values the object table (<see cref="ClaimTable"/> through
/// <see cref="TableFormats"/>) gives: one record batch or one row group, the same column names, kinds, decimal
/// precision and scales, descriptions and table metadata. In Arrow the UTF-8 texts are the set's own buffers and
/// offsets (no copy, no string per row), and the texts that repeat are written from each distinct value's UTF-8;
/// Parquet.Net takes texts as UTF-16, so there each text column is decoded once into one character buffer (again no
/// string per row), and the texts that repeat point at their distinct value's string.
/// </summary>
internal static class ClaimColumnExport
{
    private const int UnixEpochDayNumber = 719_162; // new DateOnly(1970, 1, 1).DayNumber: Arrow's date32 counts from it

    public static void WriteArrow(ClaimColumnTable table, Stream stream)
    {
        var (shape, scales) = Shape(table);
        var schema = TableFormats.ArrowSchema(ClaimTable.Name, shape);
        var arrays = new IArrowArray[table.Columns.Count];
        for (int c = 0; c < arrays.Length; c++)
        {
            arrays[c] = table.Columns[c] switch
            {
                Utf8Source s => Strings(s),
                CodedTextSource s => Strings(Utf8Of(s)),
                DecimalSource s => Decimals(s, new RowRange(null, 0, s.Count), scales[c]),
                BooleanSource s => Booleans(s),
                DateSource s => Dates(s),
                _ => throw new InvalidOperationException("Unknown column source."),
            };
        }

        using var batch = new RecordBatch(schema, arrays, table.RowCount);
        using var writer = new ArrowFileWriter(stream, schema, leaveOpen: true);
        writer.WriteRecordBatch(batch);
        writer.WriteEnd();
    }

    public static async Task WriteParquetAsync(ClaimColumnTable table, Stream stream, CancellationToken cancellationToken)
    {
        var (shape, scales) = Shape(table);
        var schema = TableFormats.ParquetSchema(shape);
        var fields = schema.GetDataFields();
        var writer = await ParquetWriter.CreateAsync(schema, stream, null, false, cancellationToken).ConfigureAwait(false);
        await using (writer.ConfigureAwait(false))
        {
            writer.CustomMetadata = new Dictionary<string, string>(StringComparer.Ordinal) { [TableFormats.TableKey] = ClaimTable.Name };
            using var group = writer.CreateRowGroup();
            for (int c = 0; c < fields.Length; c++)
            {
                var field = fields[c];
                switch (table.Columns[c])
                {
                    case Utf8Source s:
                        await group.WriteAsync<ReadOnlyMemory<char>>(field, Chars(s), null, null, cancellationToken).ConfigureAwait(false);
                        break;
                    case CodedTextSource s:
                        await group.WriteAsync<ReadOnlyMemory<char>>(field, Chars(s), null, null, cancellationToken).ConfigureAwait(false);
                        break;
                    case DecimalSource s:
                        await group.WriteAsync<decimal>(field, Rounded(s, scales[c]), null, null, cancellationToken).ConfigureAwait(false);
                        break;
                    case BooleanSource s:
                        await group.WriteAsync<bool>(field, s.Values.AsMemory(), null, null, cancellationToken).ConfigureAwait(false);
                        break;
                    case DateSource s:
                        await group.WriteAsync<DateOnly>(field, NullableDates(s), null, null, cancellationToken).ConfigureAwait(false);
                        break;
                    default:
                        throw new InvalidOperationException("Unknown column source.");
                }
            }

            group.CompleteValidate();
        }
    }

    /// <summary>The columns as the schema builders take them (names, kinds and descriptions of <see cref="ClaimTable.Spec"/>), and each decimal column's scale.</summary>
    private static (List<(string Name, ColumnKind Kind, string Description, int Precision, int Scale)> Shape, int[] Scales) Shape(ClaimColumnTable table)
    {
        var spec = ClaimTable.Spec.Shape.ToArray();
        var shape = new List<(string, ColumnKind, string, int, int)>(spec.Length);
        var scales = new int[spec.Length];
        for (int c = 0; c < spec.Length; c++)
        {
            var (name, kind, description) = spec[c];
            int precision = 0;
            if (table.Columns[c] is DecimalSource d)
            {
                (precision, scales[c]) = d.Shape();
            }

            shape.Add((name, kind, description, precision, scales[c]));
        }

        return (shape, scales);
    }

    private static StringArray Strings(Utf8Source s) =>
        new(s.Count, new ArrowBuffer(s.Offsets), new ArrowBuffer(s.Bytes), new ArrowBuffer(s.Validity), s.NullCount, 0);

    /// <summary>A coded text column written out as UTF-8 rows: each distinct value encoded once, then copied to its rows.</summary>
    private static Utf8Source Utf8Of(CodedTextSource s)
    {
        var distinct = new byte[]?[s.Distinct.Length];
        for (int i = 0; i < distinct.Length; i++)
        {
            distinct[i] = s.Distinct[i] is { } text ? Encoding.UTF8.GetBytes(text) : null;
        }

        var codes = s.Codes.Span;
        long total = 0;
        foreach (int code in codes)
        {
            total += distinct[code]?.Length ?? 0;
        }

        var writer = new Utf8Writer(codes.Length, total);
        foreach (int code in codes)
        {
            if (distinct[code] is { } bytes)
            {
                writer.Append(bytes);
                writer.EndRow();
            }
            else
            {
                writer.EndRow(isNull: true);
            }
        }

        return writer.ToSource(s.Name);
    }

    private static BooleanArray Booleans(BooleanSource s)
    {
        var values = s.Values;
        var bits = new byte[(values.Length + 7) / 8];
        for (int r = 0; r < values.Length; r++)
        {
            if (values[r])
            {
                bits[r >> 3] |= (byte)(1 << (r & 7));
            }
        }

        return new BooleanArray(new ArrowBuffer(bits), ArrowBuffer.Empty, values.Length, 0, 0);
    }

    private static Date32Array Dates(DateSource s)
    {
        var codes = s.Codes.Span;
        var days = new byte[codes.Length * sizeof(int)];
        var valid = new byte[(codes.Length + 7) / 8];
        var day = MemoryMarshal.Cast<byte, int>(days.AsSpan());
        int nulls = 0;
        for (int r = 0; r < codes.Length; r++)
        {
            if (s.Distinct[codes[r]] is { } d)
            {
                day[r] = d.DayNumber - UnixEpochDayNumber;
                valid[r >> 3] |= (byte)(1 << (r & 7));
            }
            else
            {
                nulls++;
            }
        }

        return new Date32Array(new ArrowBuffer(days), new ArrowBuffer(valid), codes.Length, nulls, 0);
    }

    /// <summary>The rows of a UTF-8 column as UTF-16 slices of one character buffer (null for a null row).</summary>
    private static ReadOnlyMemory<char>?[] Chars(Utf8Source s)
    {
        var chars = new char[Encoding.UTF8.GetCharCount(s.Bytes.Span)]; // rows end on character boundaries
        var rows = new ReadOnlyMemory<char>?[s.Count];
        int end = 0;
        for (int r = 0; r < s.Count; r++)
        {
            if (s.IsNull(r))
            {
                continue;
            }

            int n = Encoding.UTF8.GetChars(s.Row(r), chars.AsSpan(end));
            rows[r] = chars.AsMemory(end, n);
            end += n;
        }

        return rows;
    }

    private static ReadOnlyMemory<char>?[] Chars(CodedTextSource s)
    {
        var codes = s.Codes.Span;
        var rows = new ReadOnlyMemory<char>?[codes.Length];
        for (int r = 0; r < codes.Length; r++)
        {
            if (s.Distinct[codes[r]] is { } text)
            {
                rows[r] = text.AsMemory();
            }
        }

        return rows;
    }

    private static decimal?[] Rounded(DecimalSource s, int scale)
    {
        var rows = new decimal?[s.Count];
        for (int r = 0; r < rows.Length; r++)
        {
            if (s.TryGet(r, out var v))
            {
                rows[r] = Math.Round(v, scale);
            }
        }

        return rows;
    }

    private static DateOnly?[] NullableDates(DateSource s)
    {
        var codes = s.Codes.Span;
        var rows = new DateOnly?[codes.Length];
        for (int r = 0; r < codes.Length; r++)
        {
            rows[r] = s.Distinct[codes[r]];
        }

        return rows;
    }

    /// <summary>
    /// Writes a claims, appearances or reported table of <see cref="TableExport"/> (<see cref="ExportTables"/>) as Arrow
    /// or Parquet from a set's columns, with what <see cref="TableStreamWriter{TRow}"/> writes from claim objects: the
    /// same schema and scales, batches of <see cref="TableStreamWriter{TRow}.BatchRows"/> rows (record batches, row
    /// groups), the same cells.
    /// </summary>
    /// <param name="schema">The table's schema (<see cref="ExportTables.Claims"/>, <see cref="ExportTables.Appearances"/> or <see cref="ExportTables.Reported"/>).</param>
    /// <param name="columns">The set's columns.</param>
    /// <param name="firstAppearances">One row per claim (its first appearance) rather than one per appearance.</param>
    /// <param name="format">Arrow or Parquet.</param>
    /// <param name="stream">The output (left open).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public static async Task WriteExportTableAsync(ExportSchema<ClaimRow> schema, Claims.ClaimColumns columns, bool firstAppearances, ExportFormat format, Stream stream, CancellationToken cancellationToken)
    {
        var table = ClaimColumnTable.ForExport(columns, schema.Columns.Select(x => x.Column.Name));
        int[]? rows = firstAppearances ? columns.ClaimStarts.Span[..^1].ToArray() : null;
        int count = rows?.Length ?? columns.RowCount;
        var scales = new int[table.Columns.Count];
        for (int c = 0; c < scales.Length; c++)
        {
            if (table.Columns[c] is DecimalSource d)
            {
                var shape = default(DecimalShape);
                for (int i = 0; i < count; i++)
                {
                    if (d.TryGet(rows?[i] ?? i, out var v))
                    {
                        shape.Add(v);
                    }
                }

                scales[c] = shape.Result.Scale;
            }
        }

        var distinct = new Dictionary<CodedTextSource, byte[]?[]>();
        if (format == ExportFormat.Arrow)
        {
            var arrowSchema = TableStreamWriter<ClaimRow>.ArrowSchema(schema, scales);
            using var writer = new ArrowFileWriter(stream, arrowSchema, leaveOpen: true);
            await writer.WriteStartAsync(cancellationToken).ConfigureAwait(false);
            for (int start = 0; start < count; start += TableStreamWriter<ClaimRow>.BatchRows)
            {
                var range = new RowRange(rows, start, Math.Min(TableStreamWriter<ClaimRow>.BatchRows, count - start));
                var arrays = new IArrowArray[table.Columns.Count];
                for (int c = 0; c < arrays.Length; c++)
                {
                    arrays[c] = table.Columns[c] switch
                    {
                        Utf8Source s => Strings(Utf8Of(s, range)),
                        CodedTextSource s => Strings(Utf8Of(s, range, distinct)),
                        DecimalSource s => Decimals(s, range, scales[c]),
                        BooleanSource s => Booleans(s, range),
                        DateSource s => Dates(s, range),
                        IntegerSource s => Integers(s, range),
                        _ => throw new InvalidOperationException("Unknown column source."),
                    };
                }

                using var batch = new RecordBatch(arrowSchema, arrays, range.Count);
                await writer.WriteRecordBatchAsync(batch, cancellationToken).ConfigureAwait(false);
            }

            await writer.WriteEndAsync(cancellationToken).ConfigureAwait(false);
        }
        else if (format == ExportFormat.Parquet)
        {
            var parquetSchema = TableStreamWriter<ClaimRow>.ParquetSchemaOf(schema, scales);
            var fields = parquetSchema.GetDataFields();
            var writer = await ParquetWriter.CreateAsync(parquetSchema, stream, null, false, cancellationToken).ConfigureAwait(false);
            await using (writer.ConfigureAwait(false))
            {
                writer.CustomMetadata = new Dictionary<string, string>(StringComparer.Ordinal) { [TableFormats.TableKey] = schema.TableName };
                for (int start = 0; start < count; start += TableStreamWriter<ClaimRow>.BatchRows)
                {
                    var range = new RowRange(rows, start, Math.Min(TableStreamWriter<ClaimRow>.BatchRows, count - start));
                    using var group = writer.CreateRowGroup();
                    for (int c = 0; c < fields.Length; c++)
                    {
                        await WriteParquetColumnAsync(group, fields[c], table.Columns[c], range, scales[c], cancellationToken).ConfigureAwait(false);
                    }

                    group.CompleteValidate();
                }
            }
        }
        else
        {
            throw new ArgumentOutOfRangeException(nameof(format), "Only Arrow and Parquet are written from columns.");
        }

        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static Task WriteParquetColumnAsync(ParquetRowGroupWriter group, DataField field, ColumnSource source, RowRange range, int scale, CancellationToken cancellationToken)
    {
        switch (source)
        {
            case Utf8Source s:
                return group.WriteAsync<ReadOnlyMemory<char>>(field, Chars(Utf8Of(s, range)), null, null, cancellationToken);
            case CodedTextSource s:
                var codes = s.Codes.Span;
                var texts = new ReadOnlyMemory<char>?[range.Count];
                for (int i = 0; i < texts.Length; i++)
                {
                    texts[i] = s.Distinct[codes[range[i]]]?.AsMemory();
                }

                return group.WriteAsync<ReadOnlyMemory<char>>(field, texts, null, null, cancellationToken);
            case DecimalSource s:
                var decimals = new decimal?[range.Count];
                for (int i = 0; i < decimals.Length; i++)
                {
                    if (s.TryGet(range[i], out var v))
                    {
                        decimals[i] = TableStreamWriter<ClaimRow>.FitScale(v, scale);
                    }
                }

                return group.WriteAsync<decimal>(field, decimals, null, null, cancellationToken);
            case BooleanSource s:
                var booleans = new bool[range.Count];
                for (int i = 0; i < booleans.Length; i++)
                {
                    booleans[i] = s.Values[range[i]];
                }

                return group.WriteAsync<bool>(field, booleans, null, null, cancellationToken);
            case DateSource s:
                var dateCodes = s.Codes.Span;
                var dates = new DateOnly?[range.Count];
                for (int i = 0; i < dates.Length; i++)
                {
                    dates[i] = s.Distinct[dateCodes[range[i]]];
                }

                return group.WriteAsync<DateOnly>(field, dates, null, null, cancellationToken);
            case IntegerSource s:
                var integers = new long[range.Count];
                for (int i = 0; i < integers.Length; i++)
                {
                    integers[i] = s.Values[range[i]];
                }

                return group.WriteAsync<long>(field, integers, null, null, cancellationToken);
            default:
                throw new InvalidOperationException("Unknown column source.");
        }
    }

    /// <summary>Rows <c>Start</c> to <c>Start + Count - 1</c> of a selection of a table's rows (none: every row).</summary>
    private readonly struct RowRange(int[]? rows, int start, int count)
    {
        public int Count => count;

        public int this[int i] => rows is null ? start + i : rows[start + i];
    }

    /// <summary>The rows of a range as a UTF-8 column of their own (their bytes copied, no string made).</summary>
    private static Utf8Source Utf8Of(Utf8Source s, RowRange range)
    {
        long total = 0;
        for (int i = 0; i < range.Count; i++)
        {
            total += s.Row(range[i]).Length;
        }

        var writer = new Utf8Writer(range.Count, total);
        for (int i = 0; i < range.Count; i++)
        {
            int r = range[i];
            if (s.IsNull(r))
            {
                writer.EndRow(isNull: true);
            }
            else
            {
                writer.Append(s.Row(r));
                writer.EndRow();
            }
        }

        return writer.ToSource(s.Name);
    }

    private static Utf8Source Utf8Of(CodedTextSource s, RowRange range, Dictionary<CodedTextSource, byte[]?[]> distinctUtf8)
    {
        if (!distinctUtf8.TryGetValue(s, out var distinct))
        {
            distinct = s.Distinct.Select(t => t is null ? null : Encoding.UTF8.GetBytes(t)).ToArray();
            distinctUtf8[s] = distinct;
        }

        var codes = s.Codes.Span;
        long total = 0;
        for (int i = 0; i < range.Count; i++)
        {
            total += distinct[codes[range[i]]]?.Length ?? 0;
        }

        var writer = new Utf8Writer(range.Count, total);
        for (int i = 0; i < range.Count; i++)
        {
            if (distinct[codes[range[i]]] is { } bytes)
            {
                writer.Append(bytes);
                writer.EndRow();
            }
            else
            {
                writer.EndRow(isNull: true);
            }
        }

        return writer.ToSource(s.Name);
    }

    /// <summary>
    /// Decimal128 values as Arrow keeps them: each the unscaled integer at the column's scale (a value with more
    /// decimals rounded to it, to even, as the row writers do), in 16 bytes of little-endian two's complement. Written
    /// here rather than through the array builder, which goes through a BigInteger power of ten for every value.
    /// </summary>
    private static Decimal128Array Decimals(DecimalSource s, RowRange range, int scale)
    {
        var values = new byte[range.Count * 16];
        var valid = new byte[(range.Count + 7) / 8];
        var words = MemoryMarshal.Cast<byte, Int128>(values.AsSpan());
        Span<int> bits = stackalloc int[4];
        int nulls = 0;
        for (int i = 0; i < range.Count; i++)
        {
            if (!s.TryGet(range[i], out var v))
            {
                nulls++;
                continue;
            }

            decimal.GetBits(TableStreamWriter<ClaimRow>.FitScale(v, scale), bits);
            var unscaled = unchecked(((UInt128)(uint)bits[2] << 64) | ((ulong)(uint)bits[1] << 32) | (uint)bits[0]); // the 96-bit mantissa
            for (int k = (bits[3] >> 16) & 0xFF; k < scale; k++)
            {
                unscaled *= 10; // fits: the column's scale leaves room for every value's integer digits in 38 digits
            }

            var signed = (Int128)unscaled;
            words[i] = bits[3] < 0 ? -signed : signed;
            valid[i >> 3] |= (byte)(1 << (i & 7));
        }

        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("Arrow decimals are written little-endian.");
        }

        var data = new ArrayData(new Decimal128Type(38, scale), range.Count, nulls, 0, [new ArrowBuffer(valid), new ArrowBuffer(values)]);
        return new Decimal128Array(data);
    }

    private static BooleanArray Booleans(BooleanSource s, RowRange range)
    {
        var builder = new BooleanArray.Builder().Reserve(range.Count);
        for (int i = 0; i < range.Count; i++)
        {
            builder.Append(s.Values[range[i]]);
        }

        return builder.Build();
    }

    private static Date32Array Dates(DateSource s, RowRange range)
    {
        var codes = s.Codes.Span;
        var builder = new Date32Array.Builder().Reserve(range.Count);
        for (int i = 0; i < range.Count; i++)
        {
            if (s.Distinct[codes[range[i]]] is { } d)
            {
                builder.Append(d);
            }
            else
            {
                builder.AppendNull();
            }
        }

        return builder.Build();
    }

    private static Int64Array Integers(IntegerSource s, RowRange range)
    {
        var builder = new Int64Array.Builder().Reserve(range.Count);
        for (int i = 0; i < range.Count; i++)
        {
            builder.Append(s.Values[range[i]]);
        }

        return builder.Build();
    }
}
