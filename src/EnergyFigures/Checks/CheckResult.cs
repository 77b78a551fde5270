using System.Globalization;
using EnergyFigures.Claims;
using EnergyFigures.Numerics;
using EnergyFigures.Units;

namespace EnergyFigures.Checks;

/// <summary>A reference value a check used: where it comes from, the period and the value in the source's unit.</summary>
/// <param name="SourceId">The series id (<c>worldbank.NGAS_EUR</c>) or reported figure's claim id.</param>
/// <param name="Period">The period it refers to.</param>
/// <param name="Value">The value as the source states it (a point for a series observation; a reported figure's interval).</param>
public sealed record ReferenceValue(string SourceId, Period Period, Quantity Value)
{
    /// <summary><c>worldbank.NGAS_EUR 2020-02: ≈ 2.908 USD/MMBtu</c> (for people; <see cref="Value"/> keeps every digit).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{SourceId} {Period}: {Value}";
}

/// <summary>
/// How far the reference lies inside or outside the claim's interval, measured from the claim's nearest
/// bound, in the claim's unit (scale applied). Positive: inside by that much (the smallest distance from the
/// reference to a bound of the claim). Negative: outside — for an inconsistent verdict the gap between the
/// two intervals, for an indeterminate one how far the reference reaches beyond the bound.
/// </summary>
/// <param name="Absolute">The signed distance.</param>
/// <param name="Relative">The signed distance as a fraction of the bound's magnitude (0.0078 = 0.78%); null when the bound is 0.</param>
/// <param name="Bound">The claim's bound it is measured from.</param>
/// <param name="Unit">The claim's unit.</param>
public sealed record CheckMargin(decimal Absolute, decimal? Relative, decimal Bound, Unit Unit)
{
    /// <summary>For people (<see cref="Formatting.Readable"/>): <c>≈ 0.7827 USD/1000 m3 inside the bound 100 (0.78%)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Formatting.Readable.Number(Math.Abs(Absolute))} {Unit} {(Absolute >= 0 ? "inside" : "outside")} the bound {Formatting.Readable.Number(Bound)}{(Relative is { } r ? string.Create(CultureInfo.InvariantCulture, $" ({Math.Abs(r) * 100m:0.##}%)") : string.Empty)}");
}

/// <summary>
/// The outcome of holding a claim against reference data: the verdict, the reference values used, the
/// reference interval converted to the claim's unit, the margin, the assumptions with their citations, and a
/// one-paragraph explanation with citations. Immutable.
/// </summary>
public sealed class CheckResult
{
    internal CheckResult(
        Claim claim,
        Verdict verdict,
        string referenceId,
        string referenceDescription,
        IReadOnlyList<Citation> referenceCitations,
        IReadOnlyList<ReferenceValue> referenceValues,
        Quantity claimInterval,
        bool readWithImpliedPrecision,
        Quantity referenceInterval,
        CheckMargin? margin,
        decimal? gap,
        IReadOnlyList<Assumption> assumptions,
        IReadOnlyList<string> notes,
        string explanation)
    {
        Claim = claim;
        Verdict = verdict;
        ReferenceId = referenceId;
        ReferenceDescription = referenceDescription;
        ReferenceCitations = referenceCitations;
        ReferenceValues = referenceValues;
        ClaimInterval = claimInterval;
        ReadWithImpliedPrecision = readWithImpliedPrecision;
        ReferenceInterval = referenceInterval;
        Margin = margin;
        Gap = gap;
        Assumptions = assumptions;
        Notes = notes;
        Explanation = explanation;
    }

    /// <summary>The claim checked.</summary>
    public Claim Claim { get; }

    /// <summary>Consistent, inconsistent or indeterminate.</summary>
    public Verdict Verdict { get; }

    /// <summary>The series id or the reported figure's claim id the claim was held against.</summary>
    public string ReferenceId { get; }

    /// <summary>What the reference is, for people (e.g. <c>World Bank, Natural gas, Europe (worldbank.NGAS_EUR)</c>).</summary>
    public string ReferenceDescription { get; }

    /// <summary>The citations of the reference data (publisher, dataset or page, URL, licence).</summary>
    public IReadOnlyList<Citation> ReferenceCitations { get; }

    /// <summary>The reference values used, each with its period, in the source's unit.</summary>
    public IReadOnlyList<ReferenceValue> ReferenceValues { get; }

    /// <summary>The claim's interval as read (exactly, or with implied precision), in its unit.</summary>
    public Quantity ClaimInterval { get; }

    /// <summary>Whether the claim was read with the implied precision of its printed digits.</summary>
    public bool ReadWithImpliedPrecision { get; }

    /// <summary>The reference interval converted to the claim's unit (under the assumptions, sign convention applied).</summary>
    public Quantity ReferenceInterval { get; }

    /// <summary>How far inside or outside the claim's interval the reference lies; null when the claim's interval has no finite bound.</summary>
    public CheckMargin? Margin { get; }

    /// <summary>
    /// The claim's stated value minus the reference's central value, in the claim's unit (scale applied): for
    /// "$9 billion" against a deficit of 8.36 billion, 0.64 billion. The claim's value is its midpoint as stated
    /// (its bound for a one-sided claim); the reference's is the midpoint of <see cref="ReferenceInterval"/>.
    /// </summary>
    public decimal? Gap { get; }

    /// <summary>The assumptions the conversion used (each with its citation); empty when none was needed.</summary>
    public IReadOnlyList<Assumption> Assumptions { get; }

    /// <summary>Readings the check made explicit (sign reversal, a year's amount read per year, differing periods, a non-independent reference).</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>One paragraph: the claim and who made it, where it was reported, the reference with its publisher and dataset, the assumptions, the verdict and the margin.</summary>
    public string Explanation { get; }

    /// <summary><c>europe-spot-gas-price-2020-02 vs worldbank.NGAS_EUR: Consistent</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Claim.Id} vs {ReferenceId}: {Verdict}";
}
