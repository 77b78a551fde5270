using EnergyFigures.Units;

namespace EnergyFigures.Charts;

/// <summary>
/// Converts quantities to a chart's unit: directly for units of the same dimensions, else by multiplying or
/// dividing by the given assumptions (an energy content, an exchange rate), at most two of them. Refuses
/// with the core's error codes when no path exists.
/// </summary>
internal static class ChartUnits
{
    /// <summary>Converts <paramref name="q"/> to <paramref name="target"/>; adds the assumptions used to <paramref name="used"/>.</summary>
    /// <exception cref="EnergyFiguresException">No conversion (<see cref="ErrorCodes.IncompatibleUnits"/> or <see cref="ErrorCodes.MissingAssumption"/>).</exception>
    public static Quantity Convert(Quantity q, Unit target, IReadOnlyList<Assumption> assumptions, ICollection<Assumption> used, string what)
    {
        if (q.Unit == target || q.Unit.IsConvertibleTo(target))
        {
            return q.ConvertTo(target);
        }

        // One assumption.
        foreach (var a in assumptions)
        {
            if (TryApply(q, a, target, out var r))
            {
                Use(used, a);
                return r.ConvertTo(target);
            }
        }

        // Two assumptions (e.g. an exchange rate and an energy content).
        foreach (var a in assumptions)
        {
            foreach (var step in Steps(q, a))
            {
                foreach (var b in assumptions)
                {
                    if (!ReferenceEquals(a, b) && TryApply(step, b, target, out var r))
                    {
                        Use(used, a);
                        Use(used, b);
                        return r.ConvertTo(target);
                    }
                }
            }
        }

        try
        {
            q.ConvertTo(target);
        }
        catch (EnergyFiguresException e)
        {
            var given = assumptions.Count == 0 ? "no assumptions were given" : "none of the assumptions given (" + string.Join(", ", assumptions.Select(x => x.Id)) + ") bridges them";
            throw new EnergyFiguresException(e.Code, $"Cannot draw {what} in {target}: {e.Message} For the chart, {given}.", e);
        }

        throw new EnergyFiguresException(ErrorCodes.IncompatibleUnits, $"Cannot draw {what} in {target}.");
    }

    private static void Use(ICollection<Assumption> used, Assumption a)
    {
        if (!used.Contains(a))
        {
            used.Add(a);
        }
    }

    private static IEnumerable<Quantity> Steps(Quantity q, Assumption a)
    {
        yield return q * a.Value;
        if (!a.Value.Interval.Contains(0m))
        {
            yield return q / a.Value;
        }
    }

    private static bool TryApply(Quantity q, Assumption a, Unit target, out Quantity result)
    {
        foreach (var r in Steps(q, a))
        {
            if (r.Unit.IsConvertibleTo(target) && !IsTrivial(q, r))
            {
                result = r;
                return true;
            }
        }

        result = default;
        return false;
    }

    // Multiplying a currency by a dimensionless factor is not a conversion path worth taking.
    private static bool IsTrivial(Quantity from, Quantity to) => from.Unit.IsConvertibleTo(to.Unit);
}
