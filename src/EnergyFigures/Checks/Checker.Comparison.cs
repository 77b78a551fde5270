using System.Globalization;
using System.Text;
using EnergyFigures.Claims;
using EnergyFigures.Numerics;
using EnergyFigures.Reference;
using EnergyFigures.Units;
using EnergyFigures.Errors;

namespace EnergyFigures.Checks;

/// <summary>
/// One side of a comparison check: a figure reported by others (<see cref="ReportedFigures.Shipped"/>) or a
/// reference series over a period. Immutable.
/// </summary>
public sealed class ComparisonSide
{
    private ComparisonSide(Claim? reported, ReferenceSeries? series, Period period)
    {
        ReportedFigure = reported;
        Series = series;
        Period = period;
    }

    /// <summary>The reported figure, for a side taken from one; otherwise null.</summary>
    public Claim? ReportedFigure { get; }

    /// <summary>The series, for a side taken from one; otherwise null.</summary>
    public ReferenceSeries? Series { get; }

    /// <summary>The period the side refers to (the reported figure's, or the series window).</summary>
    public Period Period { get; }

    /// <summary>The reported figure's or series' id.</summary>
    public string Id => ReportedFigure?.Id ?? Series!.Id;

    /// <summary>A side given by a figure reported by others (a level, not a comparison).</summary>
    /// <param name="figure">The reported figure, e.g. <c>ReportedFigures.Shipped.Get("ref-gas-price-belarus-2020")</c>.</param>
    /// <returns>The side.</returns>
    /// <exception cref="EnergyFiguresException">The figure is itself a comparison (<see cref="ErrorCodes.ComparisonMismatch"/>).</exception>
    public static ComparisonSide Reported(Claim figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        if (figure.ComparedWith is not null)
        {
            throw new EnergyFiguresException(ErrorCodes.ComparisonMismatch, $"Reported figure '{figure.Id}' states a comparison, not a level; expected a level for one side of a comparison.");
        }

        return new ComparisonSide(figure, null, figure.Period);
    }

    /// <summary>A side given by a reference series over a period (every observation in it; their range, or their mean with <see cref="ReferenceAggregation.Mean"/>).</summary>
    /// <param name="series">The series, e.g. <c>ReferenceLibrary.Shipped.Get("worldbank.NGAS_EUR")</c>.</param>
    /// <param name="period">The period, e.g. <c>Period.Month(2020, 2)</c>.</param>
    /// <returns>The side.</returns>
    public static ComparisonSide FromSeries(ReferenceSeries series, Period period)
    {
        ArgumentNullException.ThrowIfNull(series);
        return new ComparisonSide(null, series, period);
    }

    internal (Quantity Raw, ReferenceValue[] Values, Citation Citation, string Text) Read(CheckOptions options)
    {
        if (ReportedFigure is { } f)
        {
            var src = f.FirstAppearance.Source;
            var text = $"{f.Subject}, {f.Period}: \u201C{f.Figure.Text}\u201D, a figure reported by others (reported figure {f.Id}; {f.Citation}{(src.Url is null ? string.Empty : ", " + src.Url)})";
            return (f.Figure.Quantity, [new ReferenceValue(f.Id, f.Period, f.Figure.Quantity)], new Citation(src.Outlet, src.DistinctTitle ?? src.Outlet, src.Url), text);
        }

        var s = Series!;
        var observations = s.ObservationsIn(Period);
        if (observations.Count == 0)
        {
            observations = [s.ObservationOn(Period.End)];
        }

        var raw = options.Aggregation == ReferenceAggregation.Mean
            ? new Quantity(Interval.Point(s.Mean(Period)), s.Unit)
            : new Quantity(Interval.Closed(observations.Min(o => o.Value), observations.Max(o => o.Value)), s.Unit);
        var values = observations.Select(o => new ReferenceValue(s.Id, o.Period, s.QuantityOf(o.Value))).ToArray();
        var shown = string.Join(", ", observations.Select(o => $"{o.Period}: {Formatting.Readable.Number(o.Value)}"));
        return (raw, values, s.Citation, $"{s.Citation.Publisher}, {s.Citation.Title}, series \u201C{s.Name}\u201D ({s.Id}; {s.Citation.Licence ?? "licence not stated"}), {Period}, in {s.Unit.ToString("N", CultureInfo.InvariantCulture)}: {shown}");
    }
}

/// <summary>Checks of comparison claims.</summary>
public static partial class Checker
{
    /// <summary>
    /// Checks a comparison claim ("at a higher price than the West pays") against figures for its two sides: the
    /// reference difference left − right (or, for a claim in <c>percent</c>, the relative difference
    /// (left ÷ right − 1) × 100) is held against the claim's interval of the difference by the usual verdict rules —
    /// consistent when every value of the reference difference satisfies the claim, inconsistent when none does.
    /// </summary>
    /// <param name="claim">A comparison claim (<see cref="Claim.ComparedWith"/> set).</param>
    /// <param name="left">A figure for the claim's subject.</param>
    /// <param name="right">A figure for the quantity the subject is compared with.</param>
    /// <param name="options">The options (assumptions, reading, aggregation); null means <see cref="CheckOptions.Default"/>. The sign convention and reference period do not apply.</param>
    /// <returns>The result; its reference id is <c>LEFT − RIGHT</c>.</returns>
    /// <exception cref="EnergyFiguresException">The claim states a level (<see cref="ErrorCodes.NotAComparison"/>); a side cannot be converted (<see cref="ErrorCodes.MissingAssumption"/>, <see cref="ErrorCodes.IncompatibleUnits"/>); a relative difference over a right side with no positive value (<see cref="ErrorCodes.AssumptionMismatch"/>).</exception>
    public static CheckResult CheckComparison(Claim claim, ComparisonSide left, ComparisonSide right, CheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        options ??= CheckOptions.Default;
        var comparison = Claims.Comparison.Of(claim);

        var (lRaw, lValues, lCitation, lText) = left.Read(options);
        var (rRaw, rValues, rCitation, rText) = right.Read(options);
        var notes = new List<string>();
        var used = new List<Assumption>();
        Quantity difference;
        string how;
        Unit convertedTo = claim.Figure.Unit;
        if (comparison.IsRelative)
        {
            var l = lRaw;
            convertedTo = l.Unit;
            var r = Convert(rRaw, l.Unit, options, used);
            var den = r.Interval;
            if (!(den.Low is { } low && (low > 0m || (low == 0m && den.LowOpen))))
            {
                den = den.Intersect(Interval.Above(0m, inclusive: false));
                if (den.IsEmpty)
                {
                    throw new EnergyFiguresException(ErrorCodes.AssumptionMismatch, $"A relative difference needs a positive right side, but {r} has no positive value.");
                }

                notes.Add($"The right side is read as positive ({den} {r.Unit}).");
            }

            difference = new Quantity(((l.Interval / den) - Interval.Point(1m)) * Interval.Point(100m), Unit.Percent);
            how = $"the relative difference (left ÷ right − 1) × 100, in percent, with both sides in {l.Unit.ToString("N", CultureInfo.InvariantCulture)}";
        }
        else
        {
            var l = Convert(lRaw, claim.Figure.Unit, options, used);
            var r = Convert(rRaw, claim.Figure.Unit, options, used);
            difference = l - r;
            how = $"the difference left − right in {claim.Figure.Unit.ToString("N", CultureInfo.InvariantCulture)}";
        }

        foreach (var (side, name) in new[] { (left, "left"), (right, "right") })
        {
            if (!side.Period.Overlaps(claim.Period))
            {
                notes.Add($"The {name} side refers to {side.Period}, the claim to {claim.Period}: the periods differ.");
            }
        }

        var s = new StringBuilder();
        s.Append(CultureInfo.InvariantCulture, $"The claim compares {comparison.Left} (left) with {comparison.Right} (right). Reference: {how}, from — left: {lText}; right: {rText}.");
        var citations = lCitation == rCitation ? new[] { lCitation } : [lCitation, rCitation];
        return Finish(claim, options, $"{left.Id} − {right.Id}", $"{left.Id} (left) against {right.Id} (right)", citations, [.. lValues, .. rValues], difference, used, [], notes, s.ToString(), convertedTo);
    }

    /// <summary>A level claim is not checked against a series as if it were a comparison, nor a comparison as if it were a level.</summary>
    private static void EnsureLevelClaim(Claim claim, string reference)
    {
        if (claim.ComparedWith is not null)
        {
            throw new EnergyFiguresException(
                ErrorCodes.ComparisonMismatch,
                $"Claim '{claim.Id}' states a comparison ({claim.Subject} against {claim.ComparedWith}); its figure bounds a difference, not a level, so it cannot be held against {reference} alone. Expected Checker.CheckComparison with a reference for each side.");
        }
    }

    private static void EnsureSameKind(Claim claim, Claim reference)
    {
        if ((claim.ComparedWith is null) != (reference.ComparedWith is null))
        {
            throw new EnergyFiguresException(
                ErrorCodes.ComparisonMismatch,
                claim.ComparedWith is null
                    ? $"Reported figure '{reference.Id}' states a comparison ({reference.Subject} against {reference.ComparedWith}), claim '{claim.Id}' a level; expected a reported level for a level claim."
                    : $"Claim '{claim.Id}' states a comparison ({claim.Subject} against {claim.ComparedWith}), reported figure '{reference.Id}' a level; expected a reported comparison, or Checker.CheckComparison with a reference for each side.");
        }
    }
}
