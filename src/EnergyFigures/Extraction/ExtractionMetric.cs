namespace EnergyFigures.Extraction;

/// <summary>Counts for one metric: correct predictions, all predictions and all gold figures.</summary>
/// <param name="Correct">Predictions judged correct for this metric.</param>
/// <param name="Predicted">All predictions.</param>
/// <param name="Gold">All gold figures.</param>
public readonly record struct ExtractionMetric(int Correct, int Predicted, int Gold)
{
    /// <summary>Correct / predicted; 1 when nothing was predicted and nothing was expected, 0 when nothing was predicted but something was expected.</summary>
    public double Precision => Predicted == 0 ? (Gold == 0 ? 1.0 : 0.0) : (double)Correct / Predicted;

    /// <summary>Correct / gold; 1 when there is no gold figure.</summary>
    public double Recall => Gold == 0 ? 1.0 : (double)Correct / Gold;

    /// <summary>The harmonic mean of precision and recall (0 when both are 0).</summary>
    public double F1 => Precision + Recall == 0 ? 0.0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Adds the counts of two metrics (micro-averaging).</summary>
    /// <param name="left">The first counts.</param>
    /// <param name="right">The second counts.</param>
    /// <returns>The summed counts.</returns>
    public static ExtractionMetric operator +(ExtractionMetric left, ExtractionMetric right) =>
        new(left.Correct + right.Correct, left.Predicted + right.Predicted, left.Gold + right.Gold);

    /// <summary>Adds the counts of two metrics (named alternative to <c>+</c>).</summary>
    /// <param name="left">The first counts.</param>
    /// <param name="right">The second counts.</param>
    /// <returns>The summed counts.</returns>
    public static ExtractionMetric Add(ExtractionMetric left, ExtractionMetric right) => left + right;

    /// <summary>Formats as <c>P=0.950 R=0.900 F1=0.924 (19/20 pred, 19/21 gold)</c>, culture-invariant.</summary>
    /// <returns>The formatted counts and ratios.</returns>
    public override string ToString() => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"P={Precision:0.000} R={Recall:0.000} F1={F1:0.000} ({Correct}/{Predicted} pred, {Correct}/{Gold} gold)");
}
