using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace EnergyFigures.TextHandling;

/// <summary>
/// A hash table from byte strings (UTF-8 field values, or several fields joined) to dense codes 0, 1, 2, … in
/// the order the keys were first added, so that a value repeated on many rows is recognised by its bytes and
/// validated once. The keys are copied into one arena. Not thread-safe while adding; safe to read afterwards.
/// </summary>
internal sealed class Utf8KeyTable
{
    private byte[] _arena = new byte[4096];
    private int _arenaUsed;
    private int[] _keyStart = new int[64];
    private int[] _keyLength = new int[64];
    private uint[] _hashes = new uint[64];
    private int[] _buckets = NewBuckets(128);
    private int _count;

    /// <summary>The number of keys.</summary>
    public int Count => _count;

    /// <summary>The key with a code.</summary>
    public ReadOnlySpan<byte> Key(int code) => _arena.AsSpan(_keyStart[code], _keyLength[code]);

    /// <summary>The code of a key, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Find(ReadOnlySpan<byte> key)
    {
        uint h = Hash(key);
        int mask = _buckets.Length - 1;
        for (int b = (int)(h & (uint)mask); ; b = (b + 1) & mask)
        {
            int e = _buckets[b];
            if (e < 0)
            {
                return -1;
            }

            if (_hashes[e] == h && Key(e).SequenceEqual(key))
            {
                return e;
            }
        }
    }

    /// <summary>The code of a key, adding it when new.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int FindOrAdd(ReadOnlySpan<byte> key, out bool added)
    {
        uint h = Hash(key);
        int mask = _buckets.Length - 1;
        int b = (int)(h & (uint)mask);
        for (; ; b = (b + 1) & mask)
        {
            int e = _buckets[b];
            if (e < 0)
            {
                break;
            }

            if (_hashes[e] == h && Key(e).SequenceEqual(key))
            {
                added = false;
                return e;
            }
        }

        added = true;
        int code = _count;
        if (code == _hashes.Length)
        {
            Array.Resize(ref _hashes, code * 2);
            Array.Resize(ref _keyStart, code * 2);
            Array.Resize(ref _keyLength, code * 2);
        }

        if (_arenaUsed + key.Length > _arena.Length)
        {
            Array.Resize(ref _arena, (int)Math.Min(Array.MaxLength, Math.Max((long)_arena.Length * 2, (long)_arenaUsed + key.Length)));
        }

        key.CopyTo(_arena.AsSpan(_arenaUsed));
        _keyStart[code] = _arenaUsed;
        _keyLength[code] = key.Length;
        _arenaUsed += key.Length;
        _hashes[code] = h;
        _buckets[b] = code;
        _count++;
        if (_count * 2 > _buckets.Length)
        {
            Rehash();
        }

        return code;
    }

    /// <summary>Makes room for <paramref name="keys"/> keys of <paramref name="keyBytes"/> bytes in all, at once.</summary>
    public void Reserve(int keys, long keyBytes)
    {
        if (keys > _hashes.Length)
        {
            Array.Resize(ref _hashes, keys);
            Array.Resize(ref _keyStart, keys);
            Array.Resize(ref _keyLength, keys);
        }

        if (keyBytes > _arena.Length && keyBytes <= Array.MaxLength)
        {
            Array.Resize(ref _arena, (int)keyBytes);
        }

        int buckets = _buckets.Length;
        while (buckets < keys * 2L && buckets < (1 << 30))
        {
            buckets *= 2;
        }

        if (buckets > _buckets.Length)
        {
            Rehash(buckets);
        }
    }

    private void Rehash() => Rehash(_buckets.Length * 2);

    private void Rehash(int size)
    {
        var buckets = NewBuckets(size);
        int mask = buckets.Length - 1;
        for (int e = 0; e < _count; e++)
        {
            int b = (int)(_hashes[e] & (uint)mask);
            while (buckets[b] >= 0)
            {
                b = (b + 1) & mask;
            }

            buckets[b] = e;
        }

        _buckets = buckets;
    }

    private static int[] NewBuckets(int n)
    {
        var b = new int[n];
        Array.Fill(b, -1);
        return b;
    }

    /// <summary>A fast, well-mixed hash of the bytes (8 at a time; arithmetic wraps).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static uint Hash(ReadOnlySpan<byte> key)
    {
        unchecked
        {
            ulong h = 0x9E3779B97F4A7C15UL ^ (ulong)key.Length;
            while (key.Length >= 8)
            {
                h = (h ^ BinaryPrimitives.ReadUInt64LittleEndian(key)) * 0xBF58476D1CE4E5B9UL;
                h ^= h >> 29;
                key = key[8..];
            }

            ulong tail = 0;
            for (int i = 0; i < key.Length; i++)
            {
                tail |= (ulong)key[i] << (8 * i);
            }

            h = (h ^ tail) * 0x94D049BB133111EBUL;
            h ^= h >> 31;
            return (uint)h ^ (uint)(h >> 32);
        }
    }
}
