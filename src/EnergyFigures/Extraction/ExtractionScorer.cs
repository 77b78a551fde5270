using System.Globalization;
using System.Text;
using EnergyFigures.TextHandling;

namespace EnergyFigures.Extraction;

/// <summary>The five metrics the scorer reports for a text or for a whole set.</summary>
/// <param name="Span">Exact span match (start and end identical).</param>
/// <param name="Value">Overlapping span, and value, value_high and scale equal.</param>
/// <param name="Unit">Overlapping span, and unit equal.</param>
/// <param name="Bound">Overlapping span, and bound equal.</param>
/// <param name="ValueUnitBound">Overlapping span, and value, value_high, scale-applied values, unit and bound all equal (the headline metric).</param>
public readonly record struct ExtractionMetrics(
    ExtractionMetric Span,
    ExtractionMetric Value,
    ExtractionMetric Unit,
    ExtractionMetric Bound,
    ExtractionMetric ValueUnitBound)
{
    /// <summary>The record's members, printed with the invariant culture whatever the current one.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => InvariantText.Record(nameof(ExtractionMetrics), PrintMembers);

    /// <summary>Adds the counts of every metric (micro-averaging).</summary>
    /// <param name="left">The first counts.</param>
    /// <param name="right">The second counts.</param>
    /// <returns>The summed counts.</returns>
    public static ExtractionMetrics operator +(ExtractionMetrics left, ExtractionMetrics right) => new(
        left.Span + right.Span,
        left.Value + right.Value,
        left.Unit + right.Unit,
        left.Bound + right.Bound,
        left.ValueUnitBound + right.ValueUnitBound);

    /// <summary>Adds the counts of every metric (named alternative to <c>+</c>).</summary>
    /// <param name="left">The first counts.</param>
    /// <param name="right">The second counts.</param>
    /// <returns>The summed counts.</returns>
    public static ExtractionMetrics Add(ExtractionMetrics left, ExtractionMetrics right) => left + right;
}

/// <summary>
/// One gold figure and the prediction matched to it, or an unmatched gold figure
/// (<see cref="Predicted"/> is <see langword="null"/>), or an unmatched prediction
/// (<see cref="Gold"/> is <see langword="null"/>).
/// </summary>
/// <param name="Gold">The gold figure, if any.</param>
/// <param name="Predicted">The predicted figure, if any.</param>
public sealed record ScoredPair(ExtractedSpan? Gold, ExtractedSpan? Predicted)
{
    /// <summary>The record's members, printed with the invariant culture whatever the current one.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => InvariantText.Record(nameof(ScoredPair), PrintMembers);

    /// <summary>Both sides are present and their spans are identical.</summary>
    public bool SpanCorrect { get; init; }

    /// <summary>Both sides are present and value, value_high and scale agree.</summary>
    public bool ValueCorrect { get; init; }

    /// <summary>Both sides are present and the units agree.</summary>
    public bool UnitCorrect { get; init; }

    /// <summary>Both sides are present and the bounds agree.</summary>
    public bool BoundCorrect { get; init; }

    /// <summary>Both sides are present and value, value_high, scale-applied values, unit and bound agree.</summary>
    public bool ValueUnitBoundCorrect { get; init; }

    /// <summary>Whether this pair is a miss, a spurious prediction, or a match that fails the headline metric.</summary>
    public bool IsError => !ValueUnitBoundCorrect;

    /// <summary>One line describing the pair, for test output and error analysis.</summary>
    /// <returns>A culture-invariant description.</returns>
    public string Describe()
    {
        if (Predicted is null)
            return "MISSED   gold " + Show(Gold!);
        if (Gold is null)
            return "SPURIOUS pred " + Show(Predicted);
        var tag = ValueUnitBoundCorrect ? "OK      " : "WRONG   ";
        return tag + " gold " + Show(Gold) + "  pred " + Show(Predicted);
    }

    private static string Show(ExtractedSpan s) => string.Create(
        CultureInfo.InvariantCulture,
        $"[{s.Start},{s.End}) \"{s.Text}\" {s.Bound} {s.Value}{(s.ValueHigh is null ? "" : ".." + s.ValueHigh.Value.ToString(CultureInfo.InvariantCulture))} {s.Scale} {s.Unit}{(s.UnitInferred ? " (inferred)" : "")}");
}

/// <summary>The score of one text: its metrics and every matched or unmatched figure.</summary>
/// <param name="Name">The text's name (e.g. its file name).</param>
/// <param name="Metrics">Counts for each metric.</param>
/// <param name="Pairs">Every gold figure and prediction, matched where their spans overlap, in text order.</param>
public sealed record TextScore(string Name, ExtractionMetrics Metrics, IReadOnlyList<ScoredPair> Pairs)
{
    /// <summary>The record's members, printed with the invariant culture whatever the current one.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => InvariantText.Record(nameof(TextScore), PrintMembers);

    /// <summary>Matched pairs whose <c>unit_inferred</c> flags agree.</summary>
    public int InferredAgreements => Pairs.Count(p => p.Gold is not null && p.Predicted is not null && p.Gold.UnitInferred == p.Predicted.UnitInferred);

    /// <summary>Pairs that fail the headline metric (misses, spurious predictions and wrong readings).</summary>
    public IEnumerable<ScoredPair> Errors => Pairs.Where(p => p.IsError);
}

/// <summary>The score of a set of texts: per-text scores and their micro-averaged sum.</summary>
/// <param name="Texts">The per-text scores.</param>
public sealed record ExtractionScore(IReadOnlyList<TextScore> Texts)
{
    /// <summary>The record's members, printed with the invariant culture whatever the current one.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => InvariantText.Record(nameof(ExtractionScore), PrintMembers);

    /// <summary>Counts summed over every text (micro average).</summary>
    public ExtractionMetrics Overall => Texts.Aggregate(default(ExtractionMetrics), (acc, t) => acc + t.Metrics);

    /// <summary>A plain-text report: one line per text with its headline F1, then the overall metrics.</summary>
    /// <returns>A culture-invariant multi-line report.</returns>
    public string Report()
    {
        var sb = new StringBuilder();
        foreach (var t in Texts)
            sb.Append(CultureInfo.InvariantCulture, $"{t.Name,-40} value+unit+bound {t.Metrics.ValueUnitBound}\n");
        var o = Overall;
        sb.Append(CultureInfo.InvariantCulture, $"overall span             {o.Span}\n");
        sb.Append(CultureInfo.InvariantCulture, $"overall value            {o.Value}\n");
        sb.Append(CultureInfo.InvariantCulture, $"overall unit             {o.Unit}\n");
        sb.Append(CultureInfo.InvariantCulture, $"overall bound            {o.Bound}\n");
        sb.Append(CultureInfo.InvariantCulture, $"overall value+unit+bound {o.ValueUnitBound}\n");
        return sb.ToString();
    }
}

/// <summary>
/// Scores predicted figures against gold annotations (docs/extraction.md §8): exact span match,
/// and value, unit, bound and value+unit+bound over spans that overlap, per text and micro-averaged.
/// </summary>
public static class ExtractionScorer
{
    /// <summary>The multiplier of a scale word: 1 for none, 10^3 for <c>thousand</c> up to 10^12 for <c>trillion</c>.</summary>
    /// <param name="scale">The scale word, or <see langword="null"/>/empty for none.</param>
    /// <returns>The exact multiplier.</returns>
    /// <exception cref="ArgumentException">The word is not a known scale.</exception>
    public static decimal ScaleFactor(string? scale) => (scale ?? string.Empty).Trim() switch
    {
        "" => 1m,
        "thousand" => 1_000m,
        "million" => 1_000_000m,
        "billion" => 1_000_000_000m,
        "trillion" => 1_000_000_000_000m,
        _ => throw new ArgumentException($"Unknown scale word '{scale}'.", nameof(scale)),
    };

    /// <summary>Scores the predictions for one text.</summary>
    /// <param name="name">The text's name, carried into the result.</param>
    /// <param name="gold">The gold figures of the text.</param>
    /// <param name="predicted">The predicted figures of the text.</param>
    /// <returns>The metrics and the matched pairs.</returns>
    public static TextScore ScoreText(string name, IReadOnlyList<ExtractedSpan> gold, IReadOnlyList<ExtractedSpan> predicted)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);

        // Exact span matches, one to one.
        var spanCorrect = 0;
        var usedExact = new bool[predicted.Count];
        foreach (var g in gold)
        {
            for (var j = 0; j < predicted.Count; j++)
            {
                if (!usedExact[j] && predicted[j].Start == g.Start && predicted[j].End == g.End)
                {
                    usedExact[j] = true;
                    spanCorrect++;
                    break;
                }
            }
        }

        // Overlap matching, one to one: exact spans first, then largest overlap, then leftmost.
        var candidates = new List<(int G, int P, bool Exact, int Overlap)>();
        for (var i = 0; i < gold.Count; i++)
        {
            for (var j = 0; j < predicted.Count; j++)
            {
                var g = gold[i];
                var p = predicted[j];
                if (!g.Overlaps(p))
                    continue;
                var overlap = Math.Min(g.End, p.End) - Math.Max(g.Start, p.Start);
                candidates.Add((i, j, g.Start == p.Start && g.End == p.End, overlap));
            }
        }

        candidates.Sort((a, b) =>
        {
            var c = b.Exact.CompareTo(a.Exact);
            if (c != 0) return c;
            c = b.Overlap.CompareTo(a.Overlap);
            if (c != 0) return c;
            c = gold[a.G].Start.CompareTo(gold[b.G].Start);
            return c != 0 ? c : predicted[a.P].Start.CompareTo(predicted[b.P].Start);
        });

        var goldMatch = new int[gold.Count];
        var predMatched = new bool[predicted.Count];
        Array.Fill(goldMatch, -1);
        foreach (var (gi, pj, _, _) in candidates)
        {
            if (goldMatch[gi] >= 0 || predMatched[pj])
                continue;
            goldMatch[gi] = pj;
            predMatched[pj] = true;
        }

        var pairs = new List<ScoredPair>();
        int value = 0, unit = 0, bound = 0, combined = 0;
        for (var i = 0; i < gold.Count; i++)
        {
            if (goldMatch[i] < 0)
            {
                pairs.Add(new ScoredPair(gold[i], null));
                continue;
            }

            var g = gold[i];
            var p = predicted[goldMatch[i]];
            var valueOk = SameValue(g, p);
            var unitOk = SameUnit(g.Unit, p.Unit);
            var boundOk = string.Equals(g.Bound?.Trim(), p.Bound?.Trim(), StringComparison.Ordinal);
            var combinedOk = valueOk && unitOk && boundOk && SameScaledValue(g, p);
            value += valueOk ? 1 : 0;
            unit += unitOk ? 1 : 0;
            bound += boundOk ? 1 : 0;
            combined += combinedOk ? 1 : 0;
            pairs.Add(new ScoredPair(g, p)
            {
                SpanCorrect = g.Start == p.Start && g.End == p.End,
                ValueCorrect = valueOk,
                UnitCorrect = unitOk,
                BoundCorrect = boundOk,
                ValueUnitBoundCorrect = combinedOk,
            });
        }

        for (var j = 0; j < predicted.Count; j++)
        {
            if (!predMatched[j])
                pairs.Add(new ScoredPair(null, predicted[j]));
        }

        pairs.Sort((a, b) => (a.Gold ?? a.Predicted!).Start.CompareTo((b.Gold ?? b.Predicted!).Start));

        ExtractionMetric M(int correct) => new(correct, predicted.Count, gold.Count);
        var metrics = new ExtractionMetrics(M(spanCorrect), M(value), M(unit), M(bound), M(combined));
        return new TextScore(name, metrics, pairs);
    }

    /// <summary>Scores a set of texts, each given as (name, gold, predicted).</summary>
    /// <param name="texts">The texts to score.</param>
    /// <returns>Per-text scores and their micro-averaged sum.</returns>
    public static ExtractionScore Score(IEnumerable<(string Name, IReadOnlyList<ExtractedSpan> Gold, IReadOnlyList<ExtractedSpan> Predicted)> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return new ExtractionScore(texts.Select(t => ScoreText(t.Name, t.Gold, t.Predicted)).ToList());
    }

    private static bool SameValue(ExtractedSpan g, ExtractedSpan p) =>
        g.Value == p.Value && g.ValueHigh == p.ValueHigh && NormalizeScale(g.Scale) == NormalizeScale(p.Scale);

    private static bool SameScaledValue(ExtractedSpan g, ExtractedSpan p)
    {
        if (g.Value is null || p.Value is null)
            return g.Value is null && p.Value is null;
        if (!TryScale(g.Scale, out var gf) || !TryScale(p.Scale, out var pf))
            return false;
        if (g.Value.Value * gf != p.Value.Value * pf)
            return false;
        if (g.ValueHigh is null || p.ValueHigh is null)
            return g.ValueHigh is null && p.ValueHigh is null;
        return g.ValueHigh.Value * gf == p.ValueHigh.Value * pf;
    }

    private static bool TryScale(string? scale, out decimal factor)
    {
        try
        {
            factor = ScaleFactor(scale);
            return true;
        }
        catch (ArgumentException)
        {
            factor = 0;
            return false;
        }
    }

    private static string NormalizeScale(string? scale) => (scale ?? string.Empty).Trim();

    private static bool SameUnit(string? a, string? b) =>
        string.Equals(NormalizeUnit(a), NormalizeUnit(b), StringComparison.Ordinal);

    private static string NormalizeUnit(string? unit) =>
        string.Join(' ', (unit ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Replace(" /", "/", StringComparison.Ordinal)
            .Replace("/ ", "/", StringComparison.Ordinal);
}
