using System.Collections;
using System.Collections.Immutable;

namespace EnergyFigures.Claims;

/// <summary>An immutable array compared element by element (so records holding it compare by value).</summary>
/// <typeparam name="T">The element type.</typeparam>
public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
{
    private readonly ImmutableArray<T> _items;

    /// <summary>Wraps the items.</summary>
    /// <param name="items">The items (copied).</param>
    public EquatableArray(IEnumerable<T> items)
    {
        _items = items is null ? ImmutableArray<T>.Empty : [.. items];
    }

    /// <inheritdoc />
    public int Count => _items.IsDefault ? 0 : _items.Length;

    /// <inheritdoc />
    public T this[int index] => _items[index];

    /// <inheritdoc />
    public bool Equals(EquatableArray<T> other)
    {
        var a = _items.IsDefault ? ImmutableArray<T>.Empty : _items;
        var b = other._items.IsDefault ? ImmutableArray<T>.Empty : other._items;
        return a.SequenceEqual(b, EqualityComparer<T>.Default);
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EquatableArray<T> o && Equals(o);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var h = new HashCode();
        foreach (var item in this)
        {
            h.Add(item);
        }

        return h.ToHashCode();
    }

    /// <summary>Element-wise equality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>Element-wise inequality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)(_items.IsDefault ? ImmutableArray<T>.Empty : _items)).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The items joined with "; ".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Join("; ", this);
}
