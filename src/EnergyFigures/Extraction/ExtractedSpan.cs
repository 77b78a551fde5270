using EnergyFigures.TextHandling;

namespace EnergyFigures.Extraction;

/// <summary>
/// A figure found in a text, reduced to what the extraction scorer compares: where it is printed
/// and how it reads. Gold annotations and extractor output share this shape (see docs/extraction.md).
/// </summary>
/// <param name="Start">UTF-16 offset of the first character of the printed figure.</param>
/// <param name="End">UTF-16 offset just after the last character (exclusive).</param>
/// <param name="Text">The printed text, equal to the substring [<paramref name="Start"/>, <paramref name="End"/>).</param>
/// <param name="Bound">The bound kind: <c>exact</c>, <c>approximately</c>, <c>under</c>, <c>at_most</c>, <c>over</c>, <c>at_least</c>, <c>range</c> or <c>plus_minus</c>.</param>
/// <param name="Value">The number as printed, without its scale word (the low side of a range).</param>
/// <param name="ValueHigh">The high side of a range; <see langword="null"/> otherwise.</param>
/// <param name="Scale">The scale word: <see langword="null"/> or empty, <c>thousand</c>, <c>million</c>, <c>billion</c> or <c>trillion</c>.</param>
/// <param name="Unit">The unit in EnergyFigures unit syntax, e.g. <c>USD/1000 m3</c>.</param>
public sealed record ExtractedSpan(
    int Start,
    int End,
    string Text,
    string Bound,
    decimal? Value,
    decimal? ValueHigh,
    string? Scale,
    string? Unit)
{
    /// <summary>The record's members, printed with the invariant culture whatever the current one.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => InvariantText.Record(nameof(ExtractedSpan), PrintMembers);

    /// <summary>Whether part of the unit (or scale) was taken from text outside the span.</summary>
    public bool UnitInferred { get; init; }

    /// <summary>The number of UTF-16 code units the span covers.</summary>
    public int Length => End - Start;

    /// <summary>Whether this span and <paramref name="other"/> share at least one character.</summary>
    /// <param name="other">The other span.</param>
    /// <returns><see langword="true"/> when the half-open intervals intersect.</returns>
    public bool Overlaps(ExtractedSpan other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Start < other.End && other.Start < End;
    }
}
