using EnergyFigures.Extraction;

namespace EnergyFigures.Tests.Extraction;

public class ExtractionScorerTests
{
    private static ExtractedSpan S(int start, int end, string bound = "exact", decimal? value = 9, decimal? high = null, string? scale = "billion", string? unit = "USD") =>
        new(start, end, new string('x', end - start), bound, value, high, scale, unit);

    [Fact]
    public void Perfect_prediction_scores_one_everywhere()
    {
        var gold = new[] { S(0, 10), S(20, 25, "under", 100, scale: null, unit: "USD/1000 m3") };
        var m = ExtractionScorer.ScoreText("t", gold, gold).Metrics;
        foreach (var metric in new[] { m.Span, m.Value, m.Unit, m.Bound, m.ValueUnitBound })
        {
            Assert.Equal(1.0, metric.F1);
            Assert.Equal(2, metric.Correct);
        }
    }

    [Fact]
    public void Overlapping_span_counts_for_value_unit_bound_but_not_for_span()
    {
        var gold = new[] { S(10, 20) };
        var pred = new[] { S(12, 20) };
        var m = ExtractionScorer.ScoreText("t", gold, pred).Metrics;
        Assert.Equal(0, m.Span.Correct);
        Assert.Equal(1, m.ValueUnitBound.Correct);
    }

    [Fact]
    public void Each_attribute_is_scored_on_its_own()
    {
        var gold = new[] { S(0, 5), S(10, 15), S(20, 25) };
        var pred = new[]
        {
            S(0, 5, bound: "approximately"),
            S(10, 15, unit: "EUR"),
            S(20, 25, value: 9000, scale: "million"),
        };
        var score = ExtractionScorer.ScoreText("t", gold, pred);
        var m = score.Metrics;
        Assert.Equal(3, m.Span.Correct);
        Assert.Equal(2, m.Bound.Correct);
        Assert.Equal(2, m.Unit.Correct);
        Assert.Equal(2, m.Value.Correct); // 9000 million is 9 billion, but not the value as printed
        Assert.Equal(0, m.ValueUnitBound.Correct);
        Assert.Equal(3, score.Errors.Count());
    }

    [Fact]
    public void Misses_and_spurious_predictions_lower_recall_and_precision()
    {
        var gold = new[] { S(0, 5), S(10, 15) };
        var pred = new[] { S(0, 5), S(30, 35), S(40, 45) };
        var m = ExtractionScorer.ScoreText("t", gold, pred).Metrics.ValueUnitBound;
        Assert.Equal(1, m.Correct);
        Assert.Equal(1.0 / 3, m.Precision, 10);
        Assert.Equal(0.5, m.Recall, 10);
        Assert.Equal(2 * (1.0 / 3) * 0.5 / ((1.0 / 3) + 0.5), m.F1, 10);
    }

    [Fact]
    public void Matching_is_one_to_one_and_prefers_exact_then_larger_overlap()
    {
        var gold = new[] { S(10, 20) };
        var pred = new[] { S(5, 12, unit: "EUR"), S(10, 20) };
        var score = ExtractionScorer.ScoreText("t", gold, pred);
        Assert.Equal(1, score.Metrics.ValueUnitBound.Correct);
        Assert.Contains(score.Pairs, p => p.Gold is null && p.Predicted!.Start == 5);

        var twoGold = new[] { S(0, 10), S(10, 20) };
        var wide = new[] { S(0, 20) };
        var m = ExtractionScorer.ScoreText("t", twoGold, wide).Metrics.ValueUnitBound;
        Assert.Equal(1, m.Correct);
        Assert.Equal(2, m.Gold);
    }

    [Fact]
    public void Ranges_compare_both_sides_and_trailing_zeros_do_not_matter()
    {
        var gold = new[] { S(0, 6, "range", 40, 45, null, "USD/bbl") };
        Assert.Equal(1, ExtractionScorer.ScoreText("t", gold, [S(0, 6, "range", 40.0m, 45.00m, null, "USD/bbl")]).Metrics.ValueUnitBound.Correct);
        Assert.Equal(0, ExtractionScorer.ScoreText("t", gold, [S(0, 6, "range", 40, 46, null, "USD/bbl")]).Metrics.ValueUnitBound.Correct);
    }

    [Fact]
    public void Overall_is_the_micro_average_of_counts()
    {
        var a = ExtractionScorer.ScoreText("a", [S(0, 5)], [S(0, 5)]);
        var b = ExtractionScorer.ScoreText("b", [S(0, 5), S(6, 9), S(10, 12)], []);
        var overall = new ExtractionScore([a, b]).Overall.ValueUnitBound;
        Assert.Equal(new ExtractionMetric(1, 1, 4), overall);
        Assert.Equal(0.25, overall.Recall, 10);
        Assert.Equal(1.0, overall.Precision, 10);
    }

    [Fact]
    public void Empty_text_with_no_predictions_is_perfect_and_no_predictions_against_gold_is_zero()
    {
        Assert.Equal(1.0, ExtractionScorer.ScoreText("t", [], []).Metrics.ValueUnitBound.F1);
        Assert.Equal(0.0, ExtractionScorer.ScoreText("t", [S(0, 5)], []).Metrics.ValueUnitBound.F1);
    }

    [Fact]
    public void Scale_factor_is_exact_and_rejects_unknown_words()
    {
        Assert.Equal(1_000_000_000_000m, ExtractionScorer.ScaleFactor("trillion"));
        Assert.Equal(1m, ExtractionScorer.ScaleFactor(null));
        Assert.Throws<ArgumentException>(() => ExtractionScorer.ScaleFactor("lakh"));
    }
}
