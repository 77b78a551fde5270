using EnergyFigures.Numerics;
using EnergyFigures.Units;

namespace EnergyFigures.Checks;

/// <summary>
/// Converts a quantity to a unit of other dimensions by multiplying or dividing by sourced assumptions
/// (a gas energy content bridges per-energy and per-volume prices; an exchange rate bridges currencies),
/// recording which assumptions were used.
/// </summary>
/// <remarks>
/// Minimal internal helper for the checks. The arithmetic issue adds the public
/// <c>Quantity.ConvertTo(Unit, params Assumption[])</c>; once it is on main this helper should delegate to it.
/// </remarks>
internal static class AssumptionConversion
{
    internal static Quantity Convert(Quantity value, Unit target, IReadOnlyList<Assumption> candidates, List<Assumption> used)
    {
        if (value.Unit.IsConvertibleTo(target))
        {
            return value.ConvertTo(target);
        }

        // Breadth-first over up to three assumptions, each used at most once, multiplying or dividing.
        var frontier = new List<(Quantity Q, List<Assumption> Used)> { (value, []) };
        for (int depth = 0; depth < Math.Min(3, candidates.Count); depth++)
        {
            var next = new List<(Quantity, List<Assumption>)>();
            foreach (var (q, path) in frontier)
            {
                foreach (var a in candidates)
                {
                    if (path.Contains(a))
                    {
                        continue;
                    }

                    foreach (var step in new[] { q * a.Value, Divide(q, a.Value) })
                    {
                        if (step is not { } s)
                        {
                            continue;
                        }

                        var p = new List<Assumption>(path) { a };
                        if (s.Unit.IsConvertibleTo(target))
                        {
                            used.AddRange(p);
                            return s.ConvertTo(target);
                        }

                        next.Add((s, p));
                    }
                }
            }

            frontier = next;
        }

        var given = candidates.Count == 0 ? "none" : string.Join("; ", candidates.Select(c => $"{c.Id} ({c.Value.Unit})"));
        throw new EnergyFiguresException(
            ErrorCodes.MissingAssumption,
            $"Cannot convert {value.Unit} to {target}: the assumptions given ({given}) do not bridge the units; expected e.g. a gas energy content (GJ/1000 m3) between per-energy and per-volume prices, or an exchange rate (USD/EUR) between currencies.");
    }

    private static Quantity? Divide(Quantity q, Quantity by)
    {
        if (by.Interval.HasLow && by.Interval.HasHigh && by.Interval.Contains(0m))
        {
            return null;
        }

        return new Quantity(q.Interval / by.Interval, q.Unit / by.Unit);
    }
}
