using EnergyFigures.Checks;
using EnergyFigures.Reference;

namespace EnergyFigures.Charts;

public sealed partial class Chart
{
    /// <summary>
    /// A check chart from a <see cref="Checker"/> result: the claim, the reference value in the claim's unit, the
    /// verdict in the title, and the citations and assumptions of the check in the caption. Pass a second result
    /// of the same claim under an assumption range (e.g. <c>CheckOptions.GasEnergyContent = GasEnergyContent.HeatingValueRange</c>)
    /// as <paramref name="sensitivity"/> to draw that range as a band.
    /// </summary>
    /// <param name="result">The check.</param>
    /// <param name="sensitivity">The same check under an assumption range, drawn as the band; null for none.</param>
    /// <param name="title">The start of the title; null for the claim's printed figure. The verdict is appended.</param>
    /// <param name="claimLabel">The label of the claim's row; null for <c>claim</c>.</param>
    /// <param name="referenceLabel">The label of the reference's row; null for the result's description and periods.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException"><paramref name="sensitivity"/> is about another claim.</exception>
    public static Chart Check(CheckResult result, CheckResult? sensitivity = null, string? title = null, string? claimLabel = null, string? referenceLabel = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (sensitivity is not null && sensitivity.Claim.Id != result.Claim.Id)
        {
            throw new ArgumentException($"The sensitivity check is about claim '{sensitivity.Claim.Id}', not '{result.Claim.Id}'.", nameof(sensitivity));
        }

        var periods = string.Join(", ", result.ReferenceValues.Select(v => v.Period.ToString()).Distinct());
        var refLabel = referenceLabel ?? $"{result.ReferenceDescription}, {periods}";
        var assumptions = result.Assumptions.Concat(sensitivity?.Assumptions ?? []).Distinct().ToArray();
        var notes = result.Notes.Select(n => "Note: " + n).ToList();
        var claim = result.Claim;
        if (result.ReadWithImpliedPrecision)
        {
            var i = result.ClaimInterval.Interval;
            notes.Insert(0, $"Note: “{claim.Figure.Text}” is read with the implied precision of its digits, {ChartText.Range(i.Low ?? 0m, i.High ?? 0m)} {ChartText.UnitName(result.ClaimInterval.Unit)} (the verdict uses this reading).");
        }

        string? bandLabel = null;
        if (sensitivity is not null)
        {
            var extra = sensitivity.Assumptions.Except(result.Assumptions).Select(a => a.Description).ToArray();
            bandLabel = extra.Length > 0 ? "with " + string.Join(", ", extra.Select(ChartText.LowerFirst)) : "of the sensitivity check";
            notes.Add($"Sensitivity: {bandLabel}, the verdict is {VerdictWord(sensitivity.Verdict)}.");
        }

        return BuildCheck(
            new ChartItem(claim, claimLabel),
            result.ReadWithImpliedPrecision ? result.ClaimInterval.Interval : null,
            result.ReferenceInterval,
            refLabel,
            result.ReferenceCitations,
            sensitivity is null || sensitivity.Verdict == result.Verdict
                ? VerdictWord(result.Verdict)
                : $"{VerdictWord(result.Verdict)}; {VerdictWord(sensitivity.Verdict)} across the band",
            sensitivity?.ReferenceInterval,
            bandLabel,
            assumptions,
            notes,
            title);
    }

    private static string VerdictWord(Verdict v) => v.ToName();
}
