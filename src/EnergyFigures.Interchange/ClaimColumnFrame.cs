using System.Runtime.InteropServices;
using EnergyFigures.Claims;
using Microsoft.Data.Analysis;

namespace EnergyFigures.Interchange;

/// <summary>
/// The claims DataFrame built from a claim set's columns (<see cref="ClaimSet.Columns"/>, through
/// <see cref="ClaimColumnTable"/>) rather than from claim objects: the same columns, names, order and values as
/// <see cref="ClaimTable"/>. UTF-8 texts (id, subject, text, meaning, quote, chain, notes, compared_with) become
/// <see cref="ArrowStringDataFrameColumn"/>s over their buffers without a copy; texts that repeat become
/// <see cref="StringDataFrameColumn"/>s whose rows share one string per distinct value; decimals, booleans and
/// dates are handed to Microsoft.Data.Analysis as whole buffers, not appended value by value.
/// </summary>
internal static class ClaimColumnFrame
{
    public static DataFrame ToDataFrame(ClaimColumns c)
    {
        var table = ClaimColumnTable.Of(c);
        var columns = new List<DataFrameColumn>(table.Columns.Count);
        foreach (var source in table.Columns)
        {
            columns.Add(source switch
            {
                Utf8Source s => new ArrowStringDataFrameColumn(s.Name, s.Bytes, s.Offsets, s.Validity, s.Count, s.NullCount),
                CodedTextSource s => Text(s),
                DecimalSource s => Decimals(s),
                BooleanSource s => new BooleanDataFrameColumn(s.Name, MemoryMarshal.AsBytes(s.Values.AsSpan()).ToArray(), default, s.Values.Length, 0),
                DateSource s => Dates(s),
                _ => throw new InvalidOperationException("Unknown column source."),
            });
        }

        return new DataFrame(columns);
    }

    /// <summary>
    /// A text column whose rows share one string per distinct value, appended row by row (a direct call; the
    /// column counts the nulls itself).
    /// </summary>
    private static StringDataFrameColumn Text(CodedTextSource s)
    {
        var distinct = s.Distinct;
        var codes = s.Codes.Span;
        var column = new StringDataFrameColumn(s.Name, 0);
        for (int r = 0; r < codes.Length; r++)
        {
            column.Append(distinct[codes[r]]);
        }

        return column;
    }

    private static DecimalDataFrameColumn Decimals(DecimalSource s)
    {
        var (bytes, validity) = s.Buffers();
        var column = new DecimalDataFrameColumn(s.Name, bytes, validity ?? default(ReadOnlyMemory<byte>), s.Count, s.NullCount);
        if (validity is not null && s.Count > 0)
        {
            MakeAppendable(column);
        }

        return column;
    }

    private static PrimitiveDataFrameColumn<DateOnly> Dates(DateSource s)
    {
        var codes = s.Codes.Span;
        int n = codes.Length;
        var bytes = new byte[n * 4];
        var days = MemoryMarshal.Cast<byte, DateOnly>(bytes.AsSpan());
        var valid = new byte[(n + 7) / 8];
        int nulls = 0;
        for (int r = 0; r < n; r++)
        {
            if (s.Distinct[codes[r]] is { } d)
            {
                days[r] = d;
                valid[r >> 3] |= (byte)(1 << (r & 7));
            }
            else
            {
                nulls++;
            }
        }

        var column = new PrimitiveDataFrameColumn<DateOnly>(s.Name, bytes, valid, n, nulls);
        if (n > 0)
        {
            MakeAppendable(column);
        }

        return column;
    }

    /// <summary>
    /// Microsoft.Data.Analysis (0.23) keeps a validity bitmap it is given as a read-only buffer, and then fails with an
    /// InvalidCastException on <c>Append</c>; setting a cell makes its own, writable copies of the values and the
    /// bitmap. Setting the first cell to its own value does that and changes nothing else (the null count included).
    /// </summary>
    private static void MakeAppendable<T>(PrimitiveDataFrameColumn<T> column)
        where T : unmanaged => column[0] = column[0];
}
