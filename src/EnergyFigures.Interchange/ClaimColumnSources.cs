using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using EnergyFigures.Claims;

namespace EnergyFigures.Interchange;

/// <summary>One column of a <see cref="ClaimColumnTable"/>.</summary>
internal abstract class ColumnSource(string name)
{
    public string Name { get; } = name;
}

/// <summary>Texts as UTF-8 in Arrow's layout: one buffer, <c>Count + 1</c> little-endian int32 offsets, a validity bitmap.</summary>
internal sealed class Utf8Source(string name, ReadOnlyMemory<byte> bytes, ReadOnlyMemory<byte> offsets, ReadOnlyMemory<byte> validity, int count, int nullCount)
    : ColumnSource(name)
{
    public ReadOnlyMemory<byte> Bytes { get; } = bytes;

    public ReadOnlyMemory<byte> Offsets { get; } = offsets;

    public ReadOnlyMemory<byte> Validity { get; } = validity;

    public int Count { get; } = count;

    public int NullCount { get; } = nullCount;

    /// <summary>Over a set's text column, without a copy.</summary>
    public static Utf8Source Of(string name, Utf8Column column) =>
        new(name, column.Bytes, column.OffsetBytes, column.ValidityBits, column.Count, column.NullCount);

    public ReadOnlySpan<byte> Row(int row)
    {
        var o = Offsets.Span;
        int start = BinaryPrimitives.ReadInt32LittleEndian(o[(row * sizeof(int))..]);
        int end = BinaryPrimitives.ReadInt32LittleEndian(o[((row + 1) * sizeof(int))..]);
        return Bytes.Span[start..end];
    }

    public bool IsNull(int row) => NullCount > 0 && (Validity.Span[row >> 3] & (1 << (row & 7))) == 0;
}

/// <summary>Texts that repeat: each row a code into <see cref="Distinct"/> (a null there: the row has no text).</summary>
internal sealed class CodedTextSource(string name, string?[] distinct, ReadOnlyMemory<int> codes) : ColumnSource(name)
{
    public string?[] Distinct { get; } = distinct;

    public ReadOnlyMemory<int> Codes { get; } = codes;

    public static CodedTextSource Of<T>(string name, CodedColumn<T> column, Func<T, string?> text)
    {
        var values = column.Values.Span;
        var distinct = new string?[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            distinct[i] = text(values[i]);
        }

        return new CodedTextSource(name, distinct, column.Codes);
    }

    /// <summary>An enum column as codes into the names of the values it has.</summary>
    public static CodedTextSource OfEnum<T>(string name, ReadOnlySpan<T> values, Func<T, string?> text)
        where T : struct, Enum
    {
        // Enum values are small (their declared numbers): a table by number, grown as values come.
        var codeOf = new int[16];
        var distinct = new List<string?>();
        var codes = new int[values.Length];
        for (int r = 0; r < values.Length; r++)
        {
            int v = Number(values[r]);
            if ((uint)v >= (uint)codeOf.Length || codeOf[v] == 0)
            {
                if (v < 0 || v > 1 << 16)
                {
                    throw new InvalidOperationException($"The {typeof(T).Name} value {v} is outside the range an enum column is coded for.");
                }

                if (v >= codeOf.Length)
                {
                    Array.Resize(ref codeOf, v * 2);
                }

                distinct.Add(text(values[r]));
                codeOf[v] = distinct.Count; // code + 1, so that 0 means "not seen"
            }

            codes[r] = codeOf[v] - 1;
        }

        return new CodedTextSource(name, [.. distinct], codes);
    }

    /// <summary>An enum value's number, without boxing (the size test is a constant for the JIT).</summary>
    private static int Number<T>(T value)
        where T : struct, Enum => Unsafe.SizeOf<T>() switch
        {
            1 => Unsafe.As<T, byte>(ref value),
            2 => Unsafe.As<T, short>(ref value),
            4 => Unsafe.As<T, int>(ref value),
            _ => checked((int)Unsafe.As<T, long>(ref value)),
        };
}

/// <summary>
/// Exact decimals: either a set's own column (no copy; with nulls or without) or values computed here, in .NET's
/// layout (16 bytes each, what Microsoft.Data.Analysis takes) with a validity bitmap.
/// </summary>
internal sealed class DecimalSource : ColumnSource
{
    private readonly ReadOnlyMemory<decimal> _plain;
    private readonly ReadOnlyMemory<decimal?> _nullable;
    private readonly byte[]? _bytes;
    private readonly byte[]? _validity;
    private readonly int _kind; // 0: _plain, 1: _nullable, 2: _bytes and _validity

    private DecimalSource(string name, int kind, int count, int nullCount, ReadOnlyMemory<decimal> plain = default, ReadOnlyMemory<decimal?> nullable = default, byte[]? bytes = null, byte[]? validity = null)
        : base(name)
    {
        _kind = kind;
        Count = count;
        NullCount = nullCount;
        _plain = plain;
        _nullable = nullable;
        _bytes = bytes;
        _validity = validity;
    }

    public int Count { get; }

    public int NullCount { get; }

    /// <summary>A column without nulls, as the set keeps it.</summary>
    public static DecimalSource Of(string name, ReadOnlyMemory<decimal> values) => new(name, 0, values.Length, 0, plain: values);

    /// <summary>A column with nulls, as the set keeps it.</summary>
    public static DecimalSource Of(string name, ReadOnlyMemory<decimal?> values)
    {
        int nulls = 0;
        foreach (var v in values.Span)
        {
            nulls += v.HasValue ? 0 : 1;
        }

        return new(name, 1, values.Length, nulls, nullable: values);
    }

    /// <summary>Values computed here: 16 bytes per row in .NET's layout and a validity bitmap.</summary>
    public static DecimalSource Of(string name, byte[] bytes, byte[] validity, int count, int nullCount) => new(name, 2, count, nullCount, bytes: bytes, validity: validity);

    /// <summary>The value of a row; false for a null.</summary>
    public bool TryGet(int row, out decimal value)
    {
        switch (_kind)
        {
            case 0:
                value = _plain.Span[row];
                return true;
            case 1:
                var v = _nullable.Span[row];
                value = v.GetValueOrDefault();
                return v.HasValue;
            default:
                value = MemoryMarshal.Cast<byte, decimal>(_bytes.AsSpan())[row];
                return (_validity![row >> 3] & (1 << (row & 7))) != 0;
        }
    }

    /// <summary>The rows in .NET's layout and their validity bitmap (null: no nulls); a set's own column is copied.</summary>
    public (byte[] Bytes, byte[]? Validity) Buffers()
    {
        switch (_kind)
        {
            case 0:
                var bytes = new byte[Count * 16];
                MemoryMarshal.AsBytes(_plain.Span).CopyTo(bytes);
                return (bytes, null);
            case 1:
                var data = new byte[Count * 16];
                var values = MemoryMarshal.Cast<byte, decimal>(data.AsSpan());
                var valid = new byte[(Count + 7) / 8];
                var span = _nullable.Span;
                for (int r = 0; r < span.Length; r++)
                {
                    if (span[r] is { } v)
                    {
                        values[r] = v;
                        valid[r >> 3] |= (byte)(1 << (r & 7));
                    }
                }

                return (data, valid);
            default:
                return (_bytes!, _validity);
        }
    }

    /// <summary>The precision (38) and scale Arrow and Parquet give the column (<see cref="DecimalShape"/>).</summary>
    public (int Precision, int Scale) Shape()
    {
        var shape = default(DecimalShape);
        for (int r = 0; r < Count; r++)
        {
            if (TryGet(r, out var v))
            {
                shape.Add(v);
            }
        }

        return shape.Result;
    }
}

/// <summary>64-bit integers, never null.</summary>
internal sealed class IntegerSource(string name, long[] values) : ColumnSource(name)
{
    public long[] Values { get; } = values;
}

/// <summary>Booleans, never null.</summary>
internal sealed class BooleanSource(string name, bool[] values) : ColumnSource(name)
{
    public bool[] Values { get; } = values;
}

/// <summary>Dates of values that repeat (periods, publications): each row a code into <see cref="Distinct"/>.</summary>
internal sealed class DateSource(string name, DateOnly?[] distinct, ReadOnlyMemory<int> codes) : ColumnSource(name)
{
    public DateOnly?[] Distinct { get; } = distinct;

    public ReadOnlyMemory<int> Codes { get; } = codes;

    public static DateSource Of<T>(string name, CodedColumn<T> column, Func<T, DateOnly?> date)
    {
        var values = column.Values.Span;
        var distinct = new DateOnly?[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            distinct[i] = date(values[i]);
        }

        return new DateSource(name, distinct, column.Codes);
    }
}

/// <summary>Writes rows of UTF-8 text into one buffer with Arrow offsets and validity.</summary>
internal sealed class Utf8Writer
{
    private readonly byte[] _offsets;
    private readonly byte[] _valid;
    private byte[] _bytes;
    private int _rows;
    private int _end;
    private int _nulls;

    /// <param name="rows">The number of rows.</param>
    /// <param name="bytes">The bytes the rows will take (grown if more).</param>
    public Utf8Writer(int rows, long bytes)
    {
        // Only the bytes written are ever read: no need to clear them first.
        _bytes = GC.AllocateUninitializedArray<byte>((int)Math.Clamp(bytes, 16, Array.MaxLength));
        _offsets = new byte[(rows + 1) * sizeof(int)];
        _valid = new byte[(rows + 7) / 8];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(ReadOnlySpan<byte> piece)
    {
        if (piece.Length > _bytes.Length - _end)
        {
            Grow(piece.Length);
        }

        piece.CopyTo(_bytes.AsSpan(_end));
        _end += piece.Length;
    }

    /// <summary>Ends a row with the text appended since the last (none and <paramref name="isNull"/>: a null row).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void EndRow(bool isNull = false)
    {
        if (isNull)
        {
            _nulls++;
        }
        else
        {
            _valid[_rows >> 3] |= (byte)(1 << (_rows & 7));
        }

        _rows++;
        BinaryPrimitives.WriteInt32LittleEndian(_offsets.AsSpan(_rows * sizeof(int)), _end);
    }

    public Utf8Source ToSource(string name) =>
        new(name, _bytes.AsMemory(0, _end), _offsets.AsMemory(0, (_rows + 1) * sizeof(int)), _valid, _rows, _nulls);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow(int more)
    {
        long need = _end + (long)more;
        if (need > Array.MaxLength)
        {
            throw new InsufficientMemoryException("A text column would be larger than 2 GB.");
        }

        var bigger = GC.AllocateUninitializedArray<byte>((int)Math.Min(Array.MaxLength, Math.Max(_bytes.Length * 2L, need)));
        _bytes.AsSpan(0, _end).CopyTo(bigger);
        _bytes = bigger;
    }
}

/// <summary>
/// The precision and scale an exported decimal column gets: precision 38 and the smallest scale that keeps every
/// value's digits, capped so that the integer part still fits in 38 digits.
/// </summary>
internal struct DecimalShape
{
    private int _scale;
    private int _intDigits;

    public void Add(decimal value)
    {
        _scale = Math.Max(_scale, value.Scale);
        var whole = decimal.Truncate(Math.Abs(value));
        _intDigits = Math.Max(_intDigits, whole == 0m ? 1 : whole.ToString(CultureInfo.InvariantCulture).Length);
    }

    public readonly (int Precision, int Scale) Result => (38, Math.Min(_scale, 38 - Math.Max(_intDigits, 1)));
}
