using EnergyFigures.Claims;
using EnergyFigures.Units;
using EnergyFigures.Errors;

namespace EnergyFigures.Reference;

/// <summary>An observation of a series converted to another unit, with the assumptions its conversion used.</summary>
/// <param name="Period">The observation's period.</param>
/// <param name="Value">The value as published, in the series' unit.</param>
/// <param name="Converted">The value in the unit asked for (an interval when an assumption is a range).</param>
/// <param name="Assumptions">The assumptions used for this observation (its own exchange rate, an energy content …).</param>
public sealed record ConvertedObservation(Period Period, decimal Value, Quantity Converted, IReadOnlyList<Assumption> Assumptions)
{
    /// <summary>The period, the value as published and the converted quantity, culture-invariant.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Period}: {Value} → {Converted}");
}

/// <summary>
/// Converts the observations of a series to another unit, each at its own period's exchange rate (under an
/// <see cref="ExchangeRateRule"/>) and with the given assumptions (an energy content, a density).
/// </summary>
public static class SeriesConversion
{
    /// <summary>The observations of <paramref name="series"/> in <paramref name="window"/>, converted to <paramref name="unit"/>.</summary>
    /// <param name="series">The series.</param>
    /// <param name="window">The window (see <see cref="ReferenceSeries.ObservationsIn"/>).</param>
    /// <param name="unit">The unit wanted.</param>
    /// <param name="exchangeRates">How currencies convert, per observation; null when no currency changes (or the rates are among <paramref name="assumptions"/>).</param>
    /// <param name="assumptions">Further assumptions (an energy content, a density); null for none.</param>
    /// <param name="claim">The claim the values are drawn or checked with (its date, for <see cref="ExchangeRateDate.ClaimDate"/>); null for none.</param>
    /// <returns>The converted observations, in date order.</returns>
    /// <exception cref="EnergyFiguresException">The window is outside the coverage (<see cref="ErrorCodes.OutsideCoverage"/>), or a conversion is impossible (<see cref="ErrorCodes.MissingAssumption"/>, <see cref="ErrorCodes.IncompatibleUnits"/>).</exception>
    public static IReadOnlyList<ConvertedObservation> Convert(ReferenceSeries series, Period window, Unit unit, ExchangeRateRule? exchangeRates = null, IEnumerable<Assumption>? assumptions = null, Claim? claim = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(unit);
        var given = (assumptions ?? []).ToList();
        var result = new List<ConvertedObservation>();
        foreach (var o in series.ObservationsIn(window))
        {
            var candidates = new List<Assumption>(given);
            if (exchangeRates is not null)
            {
                candidates.AddRange(exchangeRates.RatesFor(o.Period, claim, series.Unit, unit));
            }

            var q = AssumptionBridge.Convert(series.QuantityOf(o.Value), unit, candidates, out var steps);
            result.Add(new ConvertedObservation(o.Period, o.Value, q, steps.Select(s => s.Assumption).ToArray()));
        }

        return result;
    }
}
