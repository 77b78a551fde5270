using System.Globalization;
using EnergyFigures.Errors;
using EnergyFigures.Units;

namespace EnergyFigures;

/// <summary>
/// Finds how to convert a quantity to a unit of other dimensions by multiplying or dividing by sourced
/// assumptions (a gas energy content, an exchange rate) until the dimensions match.
/// </summary>
internal static class AssumptionBridge
{
    private const int MaxCandidates = 8;

    /// <summary>One assumption applied: multiplied (power 1) or divided (power −1).</summary>
    internal readonly record struct Step(Assumption Assumption, int Power);

    internal static Quantity Convert(Quantity quantity, Unit target, IReadOnlyList<Assumption> assumptions, out IReadOnlyList<Step> used)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(assumptions);
        var from = quantity.Unit;
        if (from.IsConvertibleTo(target))
        {
            used = [];
            return quantity.ConvertTo(target);
        }

        if ((from.IsPercent && target.IsPercentagePoints) || (from.IsPercentagePoints && target.IsPercent))
        {
            throw new EnergyFiguresException(
                ErrorCodes.PercentVersusPoints,
                $"Cannot convert {from} to {target}: percent and percentage points are different units (a difference of two rates is in percentage points, a relative change is in percent).");
        }

        var need = Vector(target);
        Subtract(need, Vector(from));
        var candidates = new List<Assumption>();
        foreach (var a in assumptions)
        {
            ArgumentNullException.ThrowIfNull(a);
            var dims = Vector(a.Value.Unit);
            if (dims.Count > 0 && dims.Keys.Any(need.ContainsKey) && !candidates.Contains(a) && candidates.Count < MaxCandidates)
            {
                candidates.Add(a);
            }
        }

        int n = candidates.Count;
        var vectors = candidates.Select(c => Vector(c.Value.Unit)).ToArray();
        int combos = (int)Math.Pow(3, n);
        int[]? best = null;
        int bestCost = int.MaxValue;
        int[]? closest = null;
        int closestRemaining = Norm(need);
        int closestCost = 0;
        var powers = new int[n];
        for (int code = 1; code < combos; code++)
        {
            int c = code;
            int cost = 0;
            for (int i = 0; i < n; i++)
            {
                powers[i] = (c % 3) switch { 1 => 1, 2 => -1, _ => 0 };
                cost += Math.Abs(powers[i]);
                c /= 3;
            }

            var rest = new Dictionary<Dimension, int>(need);
            for (int i = 0; i < n; i++)
            {
                if (powers[i] != 0)
                {
                    foreach (var (d, p) in vectors[i])
                    {
                        rest[d] = rest.GetValueOrDefault(d) - (powers[i] * p);
                    }
                }
            }

            int remaining = Norm(rest);
            if (remaining == 0 && cost < bestCost)
            {
                best = (int[])powers.Clone();
                bestCost = cost;
            }
            else if (remaining < closestRemaining || (remaining == closestRemaining && closest is not null && cost < closestCost))
            {
                closest = (int[])powers.Clone();
                closestRemaining = remaining;
                closestCost = cost;
            }
        }

        if (best is null && Specialize(quantity, target, candidates) is { } specialized)
        {
            // A tonne (or volume) that states no commodity, bridged by assumptions that all name one: the
            // assumptions say what it measures (a crude-oil density makes USD/t a price per tonne of crude).
            try
            {
                var r = Convert(specialized.Quantity, specialized.Target, assumptions, out used);
                return new Quantity(r.Interval, target);
            }
            catch (EnergyFiguresException)
            {
                // Fall through to the error for the units as given.
            }
        }

        if (best is null)
        {
            var rest = new Dictionary<Dimension, int>(need);
            if (closest is not null)
            {
                for (int i = 0; i < n; i++)
                {
                    foreach (var (d, p) in vectors[i])
                    {
                        rest[d] = rest.GetValueOrDefault(d) - (closest[i] * p);
                    }
                }
            }

            throw Missing(from, target, rest, assumptions);
        }

        var steps = new List<Step>();
        var value = quantity;
        for (int i = 0; i < n; i++)
        {
            if (best[i] == 0)
            {
                continue;
            }

            var a = candidates[i];
            value = best[i] > 0 ? value * a.Value : value / a.Value;
            steps.Add(new Step(a, best[i]));
        }

        used = steps;
        return value.ConvertTo(target);
    }

    private static (Quantity Quantity, Unit Target)? Specialize(Quantity quantity, Unit target, List<Assumption> candidates)
    {
        static bool Unstated(Unit u) => u.Dimensions.Any(d => d.Key.Kind is DimensionKind.Volume or DimensionKind.Mass && d.Key.Commodity == Commodity.Unspecified);
        if (!Unstated(quantity.Unit) && !Unstated(target))
        {
            return null;
        }

        var named = candidates.SelectMany(c => c.Value.Unit.Dimensions)
            .Where(d => d.Key.Kind is DimensionKind.Volume or DimensionKind.Mass && d.Key.Commodity != Commodity.Unspecified)
            .Select(d => d.Key.Commodity).Distinct().ToList();
        if (named.Count != 1)
        {
            return null;
        }

        var q = new Quantity(quantity.Interval, quantity.Unit.WithCommodity(named[0], inferred: true));
        var t = target.WithCommodity(named[0], inferred: true);
        return ReferenceEquals(q.Unit, quantity.Unit) && ReferenceEquals(t, target) ? null : (q, t);
    }

    /// <summary>The error for a conversion no given assumption can bridge, naming what is missing.</summary>
    internal static EnergyFiguresException Missing(Unit from, Unit to, Dictionary<Dimension, int> rest, IReadOnlyList<Assumption> given, string verb = "convert")
    {
        var left = rest.Where(kv => kv.Value != 0).ToDictionary(kv => kv.Key, kv => kv.Value);
        var needs = new List<string>();

        // Currencies: pair a currency wanted (positive) with one to remove (negative).
        var plus = left.Where(kv => kv.Key.Kind == DimensionKind.Currency && kv.Value > 0).Select(kv => kv.Key).ToList();
        var minus = left.Where(kv => kv.Key.Kind == DimensionKind.Currency && kv.Value < 0).Select(kv => kv.Key).ToList();
        for (int i = 0; i < Math.Min(plus.Count, minus.Count); i++)
        {
            needs.Add($"an exchange rate {plus[i].Currency} per {minus[i].Currency} on a stated date (ExchangeRate.Create or ExchangeRate.Ecb)");
            Take(left, plus[i]);
            Take(left, minus[i]);
        }

        // A tonne (or volume) of an unstated commodity against a volume (or tonne) of a known one: a density,
        // once the unstated side says what it measures.
        foreach (var known in left.Keys.Where(d => d.Kind is DimensionKind.Volume or DimensionKind.Mass && d.Commodity != Commodity.Unspecified).ToList())
        {
            var other = new Dimension(known.Kind == DimensionKind.Volume ? DimensionKind.Mass : DimensionKind.Volume);
            if (left.TryGetValue(known, out var pk) && left.TryGetValue(other, out var po) && pk == -po)
            {
                needs.Add($"{Density(known.Commodity)}, with the {(other.Kind == DimensionKind.Mass ? "tonne" : "volume")} stated as one of {known.Commodity.ToName()} (e.g. {(other.Kind == DimensionKind.Mass ? "t" : "m3")}{{{known.Commodity.Key()}}})");
                left.Remove(known);
                left.Remove(other);
            }
        }

        // Commodities: a volume or mass of one commodity reaches another's only through energy.
        var commodities = left.Keys.Where(IsPhysical).Select(d => d.Commodity).Where(c => c != Commodity.Unspecified).Distinct().ToList();
        bool mismatch = commodities.Count >= 2;
        foreach (var c in commodities)
        {
            var vol = new Dimension(DimensionKind.Volume, null, c);
            var mass = new Dimension(DimensionKind.Mass, null, c);
            bool hasVol = left.TryGetValue(vol, out var pv), hasMass = left.TryGetValue(mass, out var pm);
            if (hasVol && hasMass && pv == -pm && !mismatch)
            {
                needs.Add(Density(c));
                left.Remove(vol);
                left.Remove(mass);
                continue;
            }

            if (hasVol)
            {
                if (!Supplies(given, vol))
                {
                    needs.Add(EnergyContent(c, perVolume: true));
                }

                left.Remove(vol);
            }

            if (hasMass)
            {
                if (!Supplies(given, mass))
                {
                    needs.Add(EnergyContent(c, perVolume: false));
                }

                left.Remove(mass);
            }

            var energy = new Dimension(DimensionKind.Energy, null, c);
            if (left.Remove(energy))
            {
                needs.Add($"an equivalence between energy of {c.ToName()} and the other side's energy");
            }
        }

        if (commodities.Count > 0)
        {
            left.Remove(new Dimension(DimensionKind.Energy));
        }

        Pair(left, DimensionKind.Energy, DimensionKind.Volume, needs, "an energy content (energy per volume, e.g. GasEnergyContent.Bp: BP's 36 GJ per 1,000 m³ of natural gas)");
        Pair(left, DimensionKind.Time, DimensionKind.Day, needs, "a number of days per year (365 or 366)");
        Pair(left, DimensionKind.Energy, DimensionKind.Mass, needs, "an energy content per tonne");
        Pair(left, DimensionKind.Volume, DimensionKind.Mass, needs, "a density (volume per tonne)");

        var givenText = given.Count == 0
            ? "none was given"
            : "the assumptions given (" + string.Join(", ", given.Select(g => g.Id)) + ") do not supply " + (needs.Count > 1 ? "them" : "it");
        if (mismatch)
        {
            return new EnergyFiguresException(
                ErrorCodes.CommodityMismatch,
                $"Cannot {verb} {DescribeCommodity(from)} and {DescribeCommodity(to)}: they measure different commodities ({string.Join(", ", commodities.Select(c => c.ToName()))}), which compare only on an energy basis; {string.Join(" and ", needs)} {(needs.Count > 1 ? "are" : "is")} needed, and {givenText}.");
        }

        if (needs.Count > 0 && left.Count == 0)
        {
            return new EnergyFiguresException(
                ErrorCodes.MissingAssumption,
                $"Cannot {verb} {DescribeCommodity(from)} to {DescribeCommodity(to)}: {string.Join(" and ", needs)} {(needs.Count > 1 ? "are" : "is")} needed, and {givenText}.");
        }

        var what = string.Join(", ", rest.Where(kv => kv.Value != 0).Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key}^{kv.Value}")));
        return new EnergyFiguresException(
            ErrorCodes.IncompatibleUnits,
            $"Cannot {verb} {from} to {to}: the units measure different things (they differ by {what}) and no assumption can bridge them.");
    }

    /// <summary>The unit with the commodities it measures, e.g. <c>USD/bbl (crude oil, inferred)</c>.</summary>
    internal static string DescribeCommodity(Unit unit)
    {
        var cs = unit.Commodities;
        return cs.Count == 0
            ? unit.Symbol
            : $"{unit.Symbol} ({string.Join(", ", cs.Select(c => c.Commodity.ToName() + (c.Inferred ? ", inferred" : string.Empty)))})";
    }

    /// <summary>The difference of dimension vectors: what <paramref name="to"/> has that <paramref name="from"/> lacks.</summary>
    internal static Dictionary<Dimension, int> Gap(Unit from, Unit to)
    {
        var need = Vector(to);
        Subtract(need, Vector(from));
        return need;
    }

    private static bool Supplies(IReadOnlyList<Assumption> given, Dimension d) =>
        given.Any(g => g.Value.Unit.Dimensions.Any(x => x.Key == d) && g.Value.Unit.Dimensions.Any(x => x.Key.Kind == DimensionKind.Energy));

    private static bool IsPhysical(Dimension d) => d.Kind is DimensionKind.Volume or DimensionKind.Mass or DimensionKind.Energy;

    private static string EnergyContent(Commodity c, bool perVolume) => (c, perVolume) switch
    {
        (Commodity.NaturalGas, true) => "a gas energy content (energy per volume of natural gas, e.g. GasEnergyContent.Bp: BP's 36 GJ per 1,000 m³)",
        (Commodity.CrudeOil, true) => "an energy content of crude oil per volume (e.g. OilEnergyContent.EiaPerBarrel: EIA's 5.8 MMBtu per barrel)",
        (Commodity.CrudeOil, false) => "an energy content of crude oil per tonne (e.g. OilDensity.BpAverageCrude, BP's 7.33 barrels per tonne, with OilEnergyContent.EiaPerBarrel, EIA's 5.8 MMBtu per barrel)",
        (Commodity.Lng, true) => "an energy content of LNG per volume (energy per m³ of liquid)",
        (_, true) => $"an energy content of {c.ToName()} per volume",
        _ => $"an energy content of {c.ToName()} per tonne",
    };

    private static string Density(Commodity c) => c == Commodity.CrudeOil
        ? "a density of crude oil (barrels per tonne, e.g. OilDensity.BpAverageCrude: BP's 7.33 barrels per tonne of average crude)"
        : $"a density of {c.ToName()} (volume per tonne)";

    private static void Pair(Dictionary<Dimension, int> left, DimensionKind a, DimensionKind b, List<string> needs, string text)
    {
        var da = new Dimension(a);
        var db = new Dimension(b);
        if (left.TryGetValue(da, out var pa) && left.TryGetValue(db, out var pb) && pa == -pb)
        {
            needs.Add(text);
            left.Remove(da);
            left.Remove(db);
        }
    }

    private static void Take(Dictionary<Dimension, int> left, Dimension d)
    {
        int p = left[d];
        p -= Math.Sign(p);
        if (p == 0)
        {
            left.Remove(d);
        }
        else
        {
            left[d] = p;
        }
    }

    private static Dictionary<Dimension, int> Vector(Unit unit) => unit.Dimensions.ToDictionary(kv => kv.Key, kv => kv.Value);

    private static void Subtract(Dictionary<Dimension, int> a, Dictionary<Dimension, int> b)
    {
        foreach (var (d, p) in b)
        {
            a[d] = a.GetValueOrDefault(d) - p;
        }

        foreach (var d in a.Where(kv => kv.Value == 0).Select(kv => kv.Key).ToList())
        {
            a.Remove(d);
        }
    }

    private static int Norm(Dictionary<Dimension, int> v) => v.Values.Sum(Math.Abs);
}
