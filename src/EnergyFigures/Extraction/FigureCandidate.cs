using EnergyFigures.Numerics;
using EnergyFigures.Units;
using EnergyFigures.TextHandling;

namespace EnergyFigures.Extraction;

/// <summary>
/// A figure found in a text by <see cref="FigureExtractor"/>: where it is printed, the sentence around
/// it, and how it reads (bound, interval, unit). A candidate for review, not a claim: it has no
/// claimant, subject or period.
/// </summary>
/// <param name="Start">UTF-16 offset of the first character of the printed figure (the bound phrase included).</param>
/// <param name="End">UTF-16 offset just after its last character (exclusive).</param>
/// <param name="Figure">The figure as stated: printed text, bound, value, scale, unit and exact interval.</param>
/// <param name="SentenceStart">UTF-16 offset of the sentence that contains the figure.</param>
/// <param name="Sentence">The sentence that contains the figure, verbatim (a run-on sentence is clipped, at spaces, to about 300 characters either side of the figure).</param>
/// <param name="UnitInferred">Whether part of the unit or scale comes from text outside the printed span.</param>
public sealed record FigureCandidate(int Start, int End, Figure Figure, int SentenceStart, string Sentence, bool UnitInferred)
{
    /// <summary>The record's members, printed with the invariant culture whatever the current one.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => InvariantText.Record(nameof(FigureCandidate), PrintMembers);

    /// <summary>The figure exactly as printed, e.g. <c>under $100</c>.</summary>
    public string Text => Figure.Text;

    /// <summary>How the text bounds the number.</summary>
    public BoundKind Bound => Figure.Bound;

    /// <summary>The exact interval the text states, scale applied.</summary>
    public Interval Interval => Figure.Interval;

    /// <summary>The unit.</summary>
    public Unit Unit => Figure.Unit;

    /// <summary>The candidate reduced to what <see cref="ExtractionScorer"/> compares.</summary>
    /// <returns>The span record.</returns>
    public ExtractedSpan ToExtractedSpan() => new(
        Start,
        End,
        Figure.Text,
        Figure.Bound.ToName(),
        Figure.Value,
        Figure.ValueHigh,
        Figure.Scale == Scale.None ? null : Figure.Scale.ToName(),
        Figure.Unit.Symbol)
    {
        UnitInferred = UnitInferred,
    };

    /// <summary>A draft claim for review: the figure and its sentence as the quote; claimant, subject and period left for a person.</summary>
    /// <returns>The draft.</returns>
    public DraftClaim ToDraftClaim() => new(Figure, Sentence, UnitInferred);
}

/// <summary>
/// A claim in the making: a figure and the verbatim passage it was found in, without the claimant,
/// subject and period a reviewer must add before it can become a <see cref="Claims.Claim"/>.
/// </summary>
/// <param name="Figure">The figure as stated.</param>
/// <param name="Quote">The passage (sentence) the figure occurs in, verbatim; it contains <c>Figure.Text</c>.</param>
/// <param name="UnitInferred">Whether the unit was partly inferred from context (a reviewer should confirm it).</param>
public sealed record DraftClaim(Figure Figure, string Quote, bool UnitInferred)
{
    /// <summary>The record's members, printed with the invariant culture whatever the current one.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => InvariantText.Record(nameof(DraftClaim), PrintMembers);

    /// <summary>What needs a person before this draft can be a claim.</summary>
    public IReadOnlyList<string> Missing { get; } = ["id", "subject", "period", "claimant", "source"];
}
