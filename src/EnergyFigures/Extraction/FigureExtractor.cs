using System.Collections.Concurrent;
using EnergyFigures.Units;
using EnergyFigures.Errors;

namespace EnergyFigures.Extraction;

/// <summary>
/// Finds candidate figures in English text about energy prices and trade with token and regular-expression
/// rules (no network, no models), following the annotation rules of <c>docs/extraction.md</c>: money with
/// currency signs, codes and scale words, prices per unit, percentages, percentage and basis points,
/// volumes and flows, bounded durations; stated bounds ("under", "up to", "about", "nearly", ranges,
/// plus-minus); units inferred from the sentence or the one before when the text leaves them implicit.
/// </summary>
/// <remarks>Thread-safe and allocation-light: at least 10 MB of text per second per core of CPU time on concatenated articles (docs/extraction.md §11).</remarks>
public static class FigureExtractor
{
    internal const int PriceReferenceWindow = 600;

    /// <summary>How far (in characters) a look across the sentence goes on either side of a figure; keeps run-on text linear.</summary>
    internal const int ContextWindow = 300;

    /// <summary>
    /// Extracts the candidate figures of a text, in text order. Offsets are UTF-16 offsets into
    /// <paramref name="text"/>; each candidate's printed text is <c>text[Start..End]</c>.
    /// </summary>
    /// <param name="text">The text (plain text; markdown escapes such as <c>\$</c> should be removed first).</param>
    /// <returns>The candidates, non-overlapping, ordered by position.</returns>
    public static IReadOnlyList<FigureCandidate> Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = SentenceSplitter.Split(text);
        var drafts = new List<Draft>();
        var pos = 0;
        while (pos < text.Length)
        {
            var m = NumberReader.NextNumber(text, pos, text.Length);
            if (m is null)
                break;
            var previousEnd = drafts.Count > 0 ? drafts[^1].End : 0;
            var d = BoundReader.ParseAt(text, m.Value, previousEnd);
            if (d is null || d.Start < previousEnd)
            {
                pos = m.Value.Index + m.Value.Length;
                continue;
            }

            drafts.Add(d);
            pos = Math.Max(d.End, m.Value.Index + m.Value.Length);
        }

        UnitInference.AddZeroAmounts(text, drafts, sentences);
        UnitInference.AddMultipliers(text, drafts);
        AssignSentences(drafts, sentences);
        UnitInference.Infer(text, drafts, sentences);
        UnitInference.AddRateContinuations(text, drafts, sentences);
        return Build(text, drafts, sentences);
    }

    // ---------------------------------------------------------------- inference

    private static void AssignSentences(List<Draft> drafts, List<(int Start, int End)> sentences)
    {
        var si = 0;
        foreach (var d in drafts)
        {
            while (si < sentences.Count - 1 && sentences[si].End <= d.Start)
                si++;
            d.Sentence = si;
        }
    }

    // ---------------------------------------------------------------- building candidates

    /// <summary>Units already parsed, by unit text: a text repeats a handful of units, and <see cref="Unit"/> is immutable.</summary>
    private static readonly ConcurrentDictionary<string, Unit?> Units = new(StringComparer.Ordinal);

    /// <summary>The most unit texts <see cref="Units"/> keeps (they come from a closed vocabulary; the bound keeps memory bounded anyway).</summary>
    private const int MaxCachedUnits = 4096;

    private static Unit? ParseUnit(Draft d)
    {
        var unitText = d.UnitText;
        if (unitText is null)
            return null;
        if (Units.TryGetValue(unitText, out var cached))
            return cached;
        var unit = Unit.TryParse(unitText, out var parsed) ? parsed : null;
        if (Units.Count < MaxCachedUnits)
            Units.TryAdd(unitText, unit);
        return unit;
    }

    private static List<FigureCandidate> Build(string text, List<Draft> drafts, List<(int Start, int End)> sentences)
    {
        var result = new List<FigureCandidate>(drafts.Count);
        var (lastStart, lastEnd, lastSentence) = (-1, -1, string.Empty);
        foreach (var d in drafts)
        {
            var unit = ParseUnit(d);
            if (unit is null)
                continue;
            var printed = text[d.Start..d.End];
            Figure figure;
            try
            {
                figure = Figure.Create(printed, d.Bound, d.Value, unit, d.Scale, d.High, d.Tolerance);
            }
            catch (EnergyFiguresException)
            {
                continue;
            }

            var (ss, se) = sentences.Count > 0 ? sentences[d.Sentence] : (0, text.Length);
            ss = Math.Min(ss, d.Start);
            se = Math.Max(se, d.End);

            // A run-on "sentence" (a text without full stops) is clipped to a window around the figure, at spaces.
            if (d.Start - ss > ContextWindow)
            {
                var cut = text.IndexOf(' ', d.Start - ContextWindow, ContextWindow);
                ss = cut >= 0 ? cut + 1 : d.Start;
            }

            if (se - d.End > ContextWindow)
            {
                var cut = text.LastIndexOf(' ', d.End + ContextWindow - 1, ContextWindow);
                se = cut >= d.End ? cut : d.End;
            }

            // Figures of one sentence share its string.
            if (ss != lastStart || se != lastEnd)
            {
                (lastStart, lastEnd, lastSentence) = (ss, se, text[ss..se]);
            }

            result.Add(new FigureCandidate(d.Start, d.End, figure, ss, lastSentence, d.Inferred));
        }

        return result;
    }
}
