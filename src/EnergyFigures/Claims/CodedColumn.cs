namespace EnergyFigures.Claims;

/// <summary>
/// A read-only, dictionary-encoded column: each row holds a code into <see cref="Values"/>, the distinct
/// values (units, claimants, publications, …), each kept once.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
public sealed class CodedColumn<T>
{
    private readonly int[] _codes;
    private readonly T[] _values;
    private readonly int _valueCount;

    internal CodedColumn(int[] codes, int count, T[] values, int valueCount)
    {
        _codes = codes;
        Count = count;
        _values = values;
        _valueCount = valueCount;
    }

    /// <summary>The number of rows.</summary>
    public int Count { get; }

    /// <summary>The code of every row: an index into <see cref="Values"/>.</summary>
    public ReadOnlyMemory<int> Codes => _codes.AsMemory(0, Count);

    /// <summary>The distinct values, in the order they first occur.</summary>
    public ReadOnlyMemory<T> Values => _values.AsMemory(0, _valueCount);

    /// <summary>The value of a row.</summary>
    /// <param name="row">The row.</param>
    /// <returns>The value.</returns>
    public T this[int row] => row >= 0 && row < Count ? _values[_codes[row]] : throw new ArgumentOutOfRangeException(nameof(row));
}

/// <summary>Grows arrays of codes and values while a column is built.</summary>
/// <typeparam name="T">The value type.</typeparam>
internal sealed class CodedColumnBuilder<T>
{
    // The codes grow as any value column does; only the distinct values are this builder's own.
    private readonly ValueColumnBuilder<int> _codes;
    private T[] _values = new T[16];
    private int _valueCount;

    public CodedColumnBuilder(int rows) => _codes = new ValueColumnBuilder<int>(rows);

    public int Count => _codes.Count;

    public int ValueCount => _valueCount;

    public int CodeAt(int row) => _codes[row];

    public T ValueOf(int code) => _values[code];

    /// <summary>Adds a distinct value; returns its code.</summary>
    public int AddValue(T value)
    {
        if (_valueCount == _values.Length)
        {
            Array.Resize(ref _values, _valueCount * 2);
        }

        _values[_valueCount] = value;
        return _valueCount++;
    }

    public void Add(int code) => _codes.Add(code);

    public void Reserve(double factor) => _codes.Reserve(factor);

    /// <summary>Appends rows <paramref name="from"/>..<paramref name="to"/> of another builder, its codes translated by <paramref name="map"/> (its code → this builder's).</summary>
    public void AddRange(CodedColumnBuilder<T> other, int from, int to, ReadOnlySpan<int> map)
    {
        var target = _codes.Append(to - from);
        var source = other._codes.Buffer.AsSpan(from, to - from);
        for (int i = 0; i < source.Length; i++)
        {
            target[i] = map[source[i]];
        }
    }

    /// <summary>Forgets the rows but keeps the distinct values (their codes stay valid).</summary>
    public void ClearRows() => _codes.Clear();

    public CodedColumn<T> Build() => new(_codes.Buffer, _codes.Count, _values, _valueCount);
}

/// <summary>Grows an array of values while a column is built.</summary>
/// <typeparam name="T">The value type.</typeparam>
internal sealed class ValueColumnBuilder<T>
{
    private T[] _items;
    private int _count;

    public ValueColumnBuilder(int rows) => _items = new T[Math.Max(rows, 16)];

    public int Count => _count;

    public T this[int row] => _items[row];

    public void Add(T value)
    {
        if (_count == _items.Length)
        {
            Array.Resize(ref _items, _count * 2);
        }

        _items[_count++] = value;
    }

    /// <summary>Appends rows <paramref name="from"/>..<paramref name="to"/> of another builder.</summary>
    public void AddRange(ValueColumnBuilder<T> other, int from, int to) => other._items.AsSpan(from, to - from).CopyTo(Append(to - from));

    /// <summary>Makes room for <paramref name="n"/> more rows and returns them, to be filled in.</summary>
    public Span<T> Append(int n)
    {
        if (_count + n > _items.Length)
        {
            Array.Resize(ref _items, (int)Math.Min(Array.MaxLength, Math.Max(_items.Length * 2L, _count + (long)n)));
        }

        var span = _items.AsSpan(_count, n);
        _count += n;
        return span;
    }

    /// <summary>Forgets the rows (the array is kept for the next ones).</summary>
    public void Clear() => _count = 0;

    public void Reserve(double factor)
    {
        long n = (long)(_count * factor) + 16;
        if (n > _items.Length && n <= Array.MaxLength)
        {
            Array.Resize(ref _items, (int)n);
        }
    }

    /// <summary>The array behind the column (its first <see cref="Count"/> items are the rows).</summary>
    public T[] Buffer => _items;

    public ReadOnlyMemory<T> Build() => _items.AsMemory(0, _count);
}
