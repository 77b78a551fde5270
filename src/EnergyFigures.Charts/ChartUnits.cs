using EnergyFigures.Units;
using EnergyFigures.Errors;

namespace EnergyFigures.Charts;

/// <summary>
/// Converts quantities to a chart's unit with the core's conversion (<see cref="Quantity.ConvertTo(Unit, Assumption[])"/>):
/// directly for units of the same dimensions, else through the given assumptions (an energy content, an
/// exchange rate). Refuses with the core's error codes, naming what was being drawn.
/// </summary>
internal static class ChartUnits
{
    /// <summary>Converts <paramref name="q"/> to <paramref name="target"/>; adds the assumptions used to <paramref name="used"/>.</summary>
    /// <exception cref="EnergyFiguresException">No conversion (<see cref="ErrorCodes.IncompatibleUnits"/>, <see cref="ErrorCodes.MissingAssumption"/> or <see cref="ErrorCodes.PercentVersusPoints"/>).</exception>
    public static Quantity Convert(Quantity q, Unit target, IReadOnlyList<Assumption> assumptions, ICollection<Assumption> used, string what)
    {
        try
        {
            var result = q.ConvertTo(target, assumptions, out var usedHere);
            foreach (var assumption in usedHere)
            {
                if (!used.Contains(assumption))
                {
                    used.Add(assumption);
                }
            }

            return result;
        }
        catch (EnergyFiguresException e)
        {
            throw new EnergyFiguresException(e.Code, $"Cannot draw {what} in {target}: {e.Message}", e);
        }
    }
}
