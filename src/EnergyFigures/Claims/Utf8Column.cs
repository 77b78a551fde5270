using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace EnergyFigures.Claims;

/// <summary>
/// A read-only column of texts kept as UTF-8 in one buffer, in Apache Arrow's layout: the bytes of row
/// <c>i</c> are <c>Bytes[Offsets[i]..Offsets[i + 1]]</c>. A text becomes a <see cref="string"/> only when
/// <see cref="GetString"/> is called. In a column whose empty texts stand for "none" (notes, roles, …),
/// <see cref="IsNull"/> says which rows have none and <see cref="ValidityBits"/> gives Arrow's validity bitmap.
/// </summary>
public sealed class Utf8Column
{
    private static readonly byte[] NoBytes = [];
    private readonly byte[] _bytes;
    private readonly byte[] _offsetBytes; // Count + 1 little-endian int32 values
    private byte[]? _validity;

    internal Utf8Column(byte[] bytes, byte[] offsetBytes, int count, bool emptyIsNull)
    {
        _bytes = bytes;
        _offsetBytes = offsetBytes;
        Count = count;
        EmptyIsNull = emptyIsNull;
    }

    /// <summary>The number of rows.</summary>
    public int Count { get; }

    /// <summary>Whether an empty text stands for "none" (null) in this column.</summary>
    public bool EmptyIsNull { get; }

    /// <summary>The UTF-8 bytes of every row, one after the other.</summary>
    public ReadOnlyMemory<byte> Bytes => _bytes.AsMemory(0, Offsets[Count]);

    /// <summary>Where each row starts in <see cref="Bytes"/>, plus the end: <see cref="Count"/> + 1 offsets.</summary>
    public ReadOnlySpan<int> Offsets => MemoryMarshal.Cast<byte, int>(_offsetBytes.AsSpan(0, (Count + 1) * sizeof(int)));

    /// <summary>The <see cref="Offsets"/> as little-endian 32-bit integers (Arrow's offsets buffer), without a copy.</summary>
    public ReadOnlyMemory<byte> OffsetBytes => _offsetBytes.AsMemory(0, (Count + 1) * sizeof(int));

    /// <summary>
    /// Arrow's validity bitmap (bit <c>i</c> set when row <c>i</c> has a text; least significant bit first),
    /// computed once on first use.
    /// </summary>
    public ReadOnlyMemory<byte> ValidityBits => _validity ??= BuildValidity();

    /// <summary>The number of rows without a text (always 0 unless <see cref="EmptyIsNull"/>).</summary>
    public int NullCount
    {
        get
        {
            if (!EmptyIsNull)
            {
                return 0;
            }

            var offsets = Offsets;
            int n = 0;
            for (int i = 0; i < Count; i++)
            {
                n += offsets[i + 1] == offsets[i] ? 1 : 0;
            }

            return n;
        }
    }

    /// <summary>The UTF-8 bytes of one row.</summary>
    /// <param name="row">The row.</param>
    /// <returns>The bytes.</returns>
    public ReadOnlySpan<byte> GetBytes(int row)
    {
        if (row < 0 || row >= Count)
        {
            throw new ArgumentOutOfRangeException(nameof(row));
        }

        var offsets = Offsets;
        return _bytes.AsSpan(offsets[row], offsets[row + 1] - offsets[row]);
    }

    /// <summary>Whether the row has no text (only in a column where <see cref="EmptyIsNull"/>).</summary>
    /// <param name="row">The row.</param>
    /// <returns><see langword="true"/> when the row has none.</returns>
    public bool IsNull(int row) => EmptyIsNull && GetBytes(row).IsEmpty;

    /// <summary>The text of one row as a string; null when the row has none.</summary>
    /// <param name="row">The row.</param>
    /// <returns>The text.</returns>
    public string? GetString(int row)
    {
        var b = GetBytes(row);
        return b.IsEmpty ? (EmptyIsNull ? null : string.Empty) : Encoding.UTF8.GetString(b);
    }

    private byte[] BuildValidity()
    {
        var bits = new byte[(Count + 7) / 8];
        if (!EmptyIsNull)
        {
            bits.AsSpan().Fill(0xFF); // every row has a text
            if (Count % 8 != 0)
            {
                bits[^1] = (byte)((1 << (Count % 8)) - 1); // the bits past the last row clear, as Arrow writers leave them
            }

            return bits;
        }

        var offsets = Offsets;
        for (int i = 0; i < Count; i++)
        {
            if (offsets[i + 1] != offsets[i])
            {
                bits[i >> 3] |= (byte)(1 << (i & 7));
            }
        }

        return bits;
    }

    /// <summary>Collects texts row by row into a column.</summary>
    internal sealed class Builder
    {
        private byte[] _bytes;
        private byte[] _offsetBytes;
        private int _count;

        public Builder(int rows, int bytes)
        {
            _bytes = bytes == 0 ? NoBytes : new byte[bytes];
            _offsetBytes = new byte[(Math.Max(rows, 1) + 1) * sizeof(int)];
        }

        public int Count => _count;

        private Span<int> OffsetSpan => MemoryMarshal.Cast<byte, int>(_offsetBytes.AsSpan());

        public int ByteCount => OffsetSpan[_count];

        public ReadOnlySpan<byte> Get(int row)
        {
            var o = OffsetSpan;
            return _bytes.AsSpan(o[row], o[row + 1] - o[row]);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Add(ReadOnlySpan<byte> text)
        {
            int end = OffsetSpan[_count];
            if (end + text.Length > _bytes.Length)
            {
                long want = Math.Max((long)_bytes.Length * 2, (long)end + text.Length);
                if (want > Array.MaxLength)
                {
                    want = Math.Max(end + (long)text.Length, Array.MaxLength);
                }

                if (want > Array.MaxLength)
                {
                    throw new InsufficientMemoryException("A text column would be larger than 2 GB.");
                }

                Array.Resize(ref _bytes, (int)Math.Max(want, 256));
            }

            if ((_count + 2) * sizeof(int) > _offsetBytes.Length)
            {
                Array.Resize(ref _offsetBytes, _offsetBytes.Length * 2);
            }

            text.CopyTo(_bytes.AsSpan(end));
            OffsetSpan[++_count] = end + text.Length;
        }

        public void Add(string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                Add(ReadOnlySpan<byte>.Empty);
                return;
            }

            int max = Encoding.UTF8.GetMaxByteCount(text.Length);
            byte[]? rented = null;
            Span<byte> buffer = max <= 512 ? stackalloc byte[512] : (rented = ArrayPool<byte>.Shared.Rent(max));
            int n = Encoding.UTF8.GetBytes(text, buffer);
            Add(buffer[..n]);
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }

        /// <summary>Grows the arrays at once to hold <paramref name="factor"/> times what they hold now (a guess of the final size).</summary>
        public void Reserve(double factor)
        {
            long bytes = (long)(ByteCount * factor) + 4096;
            if (bytes > _bytes.Length && bytes <= Array.MaxLength)
            {
                Array.Resize(ref _bytes, (int)bytes);
            }

            long offsets = ((long)(_count * factor) + 16) * sizeof(int);
            if (offsets > _offsetBytes.Length && offsets <= Array.MaxLength)
            {
                Array.Resize(ref _offsetBytes, (int)offsets);
            }
        }

        /// <summary>Appends rows <paramref name="from"/>..<paramref name="to"/> of another builder (their bytes, in one copy).</summary>
        public void AddRange(Builder other, int from, int to)
        {
            var o = other.OffsetSpan;
            int start = o[from], length = o[to] - start, n = to - from;
            int end = OffsetSpan[_count];
            if ((long)end + length > _bytes.Length)
            {
                long want = Math.Max(Math.Max((long)_bytes.Length * 2, (long)end + length), 256);
                if ((long)end + length > Array.MaxLength)
                {
                    throw new InsufficientMemoryException("A text column would be larger than 2 GB.");
                }

                Array.Resize(ref _bytes, (int)Math.Min(want, Array.MaxLength));
            }

            if ((_count + n + 1L) * sizeof(int) > _offsetBytes.Length)
            {
                Array.Resize(ref _offsetBytes, (int)Math.Min(Array.MaxLength, Math.Max(_offsetBytes.Length * 2L, (_count + n + 1L) * sizeof(int))));
            }

            other._bytes.AsSpan(start, length).CopyTo(_bytes.AsSpan(end));
            var mine = OffsetSpan;
            int shift = end - start;
            for (int i = 1; i <= n; i++)
            {
                mine[_count + i] = o[from + i] + shift;
            }

            _count += n;
        }

        /// <summary>Forgets the rows (the arrays are kept for the next ones).</summary>
        public void Clear() => _count = 0;

        /// <summary>Removes the rows from <paramref name="count"/> on.</summary>
        public void Truncate(int count) => _count = Math.Min(_count, count);

        public Utf8Column Build(bool emptyIsNull) => new(_bytes, _offsetBytes, _count, emptyIsNull);
    }
}
