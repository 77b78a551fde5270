using System.Globalization;
using EnergyFigures.Derivation;
using EnergyFigures.Errors;
using EnergyFigures.Numerics;
using EnergyFigures.Units;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Interval = EnergyFigures.Numerics.Interval;

namespace EnergyFigures.Tests.Arithmetic;

/// <summary>
/// The shortcuts of the scalar comparisons give what the long way gives: a figure converted to a unit of the same
/// dimensions is made once and kept (a fresh figure, converted anew, gives the same lineage and the same ends bit for
/// bit), and the normal form of a computed end (trailing zeros dropped) is taken without a division when there is
/// nothing to drop.
/// </summary>
public class ScalarCompareShortcutTests
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static readonly Unit[] Units = [Unit.Parse("USD/1000 m3"), Unit.Parse("USD/m3"), Unit.Parse("USD/mcm"), Unit.Parse("USD/bcm")];

    private static readonly Gen<decimal> Values = Gen.Frequency(
        (4, from k in Gen.Choose(-200_000, 2_000_000)
            from scale in Gen.Choose(0, 6)
            select new decimal(k) / Pow10(scale)),
        (1, from a in Gen.Choose(int.MinValue, int.MaxValue)
            from b in Gen.Choose(int.MinValue, int.MaxValue)
            from c in Gen.Choose(0, 1 << 20)
            from negative in Gen.Elements(false, true)
            from scale in Gen.Choose(0, 28)
            select new decimal(a, b, c, negative, (byte)scale)),
        (1, Gen.Elements(0m, 0.000m, 190m, 190.00m, 0.19m, 170000m, 1.5m, 1e-28m, 12345678901234567890123456.78m)));

    private static decimal Pow10(int n) => n == 0 ? 1m : 10m * Pow10(n - 1);

    private static readonly Gen<Quantity> Quantities =
        from a in Values
        from width in Values
        from kind in Gen.Choose(0, 5)
        from unit in Gen.Elements(Units)
        select new Quantity(Build(a, Math.Abs(width), kind), unit);

    private static Interval Build(decimal a, decimal width, int kind)
    {
        decimal b;
        try
        {
            b = a + width;
        }
        catch (OverflowException)
        {
            b = a;
        }

        return kind switch
        {
            0 => Interval.Point(a),
            1 => Interval.Below(a, true),
            2 => Interval.Above(a, false),
            3 => Interval.Create(a, a != b, b, false),
            _ => Interval.Closed(a, b),
        };
    }

    /// <summary>A derived figure, all the way down: operation, exact ends with their scales, unit, notes, assumptions, ordering, inputs.</summary>
    private static string Describe(DerivedFigure d) =>
        string.Create(Inv, $"{d.Operation} {d.Quantity.ToString("E", Inv)} low={d.Interval.Low?.ToString(Inv)} high={d.Interval.High?.ToString(Inv)} ord={d.Ordering} notes=[{string.Join("; ", d.Notes)}] assumptions={d.Assumptions.Count} label={d.Label} in=[{string.Join(", ", d.Inputs.Select(Describe))}]");

    private static string Outcome(Func<DerivedFigure> f)
    {
        try
        {
            var d = f();
            return Describe(d) + " | " + d.Explain();
        }
        catch (EnergyFiguresException e)
        {
            return $"{e.Code}: {e.Message}";
        }
    }

    [Property(MaxTest = 1500)]
    public Property Comparisons_with_a_kept_conversion_equal_those_with_a_fresh_one() =>
        Prop.ForAll(Arb.From(Gen.Zip(Quantities, Gen.Zip(Quantities, Quantities))), t =>
        {
            var (reference, (x, y)) = t;
            var kept = Derive.Given(reference, "reference");
            foreach (var q in new[] { x, y, x })
            {
                var a = Derive.Given(q);
                DerivedFigure Fresh() => Derive.Given(reference, "reference");
                if (Outcome(() => Compare.Difference(a, kept)) != Outcome(() => Compare.Difference(a, Fresh()))
                    || Outcome(() => Compare.Ratio(a, kept)) != Outcome(() => Compare.Ratio(a, Fresh()))
                    || Outcome(() => Compare.Order(a, kept)) != Outcome(() => Compare.Order(a, Fresh()))
                    || Outcome(() => kept.ConvertTo(q.Unit)) != Outcome(() => Fresh().ConvertTo(q.Unit))
                    || !SameAsQuantityConversion(kept, reference, q.Unit))
                {
                    return false;
                }
            }

            return true;
        });

    /// <summary>The kept conversion has the value <see cref="Quantity.ConvertTo(Unit, Assumption[])"/> gives, in the target unit instance, over the figure.</summary>
    private static bool SameAsQuantityConversion(DerivedFigure figure, Quantity quantity, Unit target)
    {
        if (!figure.Unit.IsConvertibleTo(target))
        {
            return true;
        }

        var converted = figure.ConvertTo(target);
        if (figure.Unit == target)
        {
            return ReferenceEquals(converted, figure);
        }

        return converted.Interval == quantity.ConvertTo(target, []).Interval
            && ReferenceEquals(converted.Unit, target)
            && converted.Operation == Operation.Convert
            && ReferenceEquals(converted.Inputs[0], figure)
            && converted.Assumptions.Count == 0;
    }

    [Fact]
    public void A_conversion_is_kept_per_target_unit_instance()
    {
        var reference = Derive.Given(new Quantity(Interval.Closed(170m, 190m), Units[0]), "reference");
        var first = reference.ConvertTo(Units[1]);
        Assert.Same(first, reference.ConvertTo(Units[1]));
        Assert.Equal(Units[1], first.Unit);
        Assert.Equal("[0.17, 0.19]", first.Interval.ToString());

        // Each target unit has its own kept conversion, in that unit; the figure's own unit needs none.
        var mcm = reference.ConvertTo(Units[2]);
        Assert.Same(Units[2], mcm.Unit);
        Assert.Equal("[170000, 190000]", mcm.Interval.ToString());
        Assert.Same(first, reference.ConvertTo(Units[1]));
        Assert.Same(reference, reference.ConvertTo(Units[0]));
        Assert.Same(reference, reference.ConvertTo(Unit.Parse("USD/1000 m3")));
    }

    /// <summary>Values with trailing zeros after the point (1.500, 0.000, 190.00), as computed ends often have.</summary>
    private static readonly Gen<decimal> WithZeros =
        from d in Values
        from zeros in Gen.Choose(0, 28)
        select Pad(d, zeros);

    /// <summary><paramref name="d"/> times 1.000… with <paramref name="zeros"/> zeros: the same number with more digits after the point (as many as fit).</summary>
    private static decimal Pad(decimal d, int zeros) => zeros == 0 ? d : d * decimal.Parse("1." + new string('0', zeros), Inv);

    [Property(MaxTest = 20_000)]
    public Property The_normal_form_without_a_division_equals_the_division() =>
        Prop.ForAll(Arb.From(Gen.Frequency((1, Values), (2, WithZeros))), d =>
        {
            var byDivision = DecimalMath.NormalizeByDivision(d);
            bool same = decimal.GetBits(byDivision).SequenceEqual(decimal.GetBits(d));
            return DecimalMath.IsNormalized(d) == same
                && decimal.GetBits(DecimalMath.Normalize(d)).SequenceEqual(decimal.GetBits(byDivision));
        });

    [Property(MaxTest = 10_000)]
    public Property An_interval_without_trailing_zeros_equals_the_interval_rebuilt_from_divided_ends() =>
        Prop.ForAll(Arb.From(Gen.Zip(Gen.Frequency((1, Values), (2, WithZeros)), Gen.Zip(Gen.Frequency((1, Values), (2, WithZeros)), Gen.Choose(0, 6)))), t =>
        {
            var (a, (b, kind)) = t;
            decimal low = Math.Min(a, b), high = Math.Max(a, b);
            var i = kind switch
            {
                0 => Interval.Point(a),
                1 => Interval.Below(a, true),
                2 => Interval.Above(a, false),
                3 => low == high ? Interval.Point(low) : Interval.Create(low, true, high, false),
                4 => Interval.Closed(low, high),
                5 => Interval.All,
                _ => Interval.Empty,
            };
            return Exactly(i.WithoutTrailingZeros()) == Exactly(Rebuilt(i));
        });

    /// <summary>How computed ends were normalised before: each finite end divided by one, the interval rebuilt.</summary>
    private static Interval Rebuilt(Interval i)
    {
        if (i.IsEmpty)
        {
            return i;
        }

        decimal? low = i.Low is { } l ? DecimalMath.NormalizeByDivision(l) : null;
        decimal? high = i.High is { } h ? DecimalMath.NormalizeByDivision(h) : null;
        return (low, high) switch
        {
            (null, null) => Interval.All,
            (null, { } hi) => Interval.Below(hi, !i.HighOpen),
            ({ } lo, null) => Interval.Above(lo, !i.LowOpen),
            ({ } lo, { } hi) => Interval.Create(lo, i.LowOpen, hi, i.HighOpen),
        };
    }

    private static string Exactly(Interval i) =>
        i.IsEmpty ? "∅" : string.Create(Inv, $"{i} {string.Join(",", decimal.GetBits(i.Low ?? 0m))} {string.Join(",", decimal.GetBits(i.High ?? 0m))} {i.LowOpen} {i.HighOpen} {i.HasLow} {i.HasHigh}");
}
