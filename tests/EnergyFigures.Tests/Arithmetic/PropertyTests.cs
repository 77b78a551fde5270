using EnergyFigures.Derivation;
using EnergyFigures.Numerics;
using EnergyFigures.Units;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using EnergyFigures.Reference;
using Interval = EnergyFigures.Numerics.Interval;

namespace EnergyFigures.Tests.Arithmetic;

/// <summary>
/// Interval arithmetic is conservative: for random intervals (closed, open, half-open, unbounded, points)
/// and random points inside them, the point result always lies inside the interval result.
/// </summary>
public class PropertyTests
{
    /// <summary>An interval and a number inside it.</summary>
    public sealed record Sample(Interval Interval, decimal Point)
    {
        public override string ToString() => $"{Point} in {Interval}";
    }

    private enum End
    {
        Closed,
        Open,
        Unbounded,
    }

    private static readonly Gen<decimal> Numbers =
        from digits in Gen.Frequency(
            (6, Gen.Choose(-100_000, 100_000).Select(i => (long)i)),
            (2, Gen.Choose(-1000, 1000).Select(i => (long)i * 1_000_000_007L)),
            (1, Gen.Elements(0L, 1L, -1L)))
        from scale in Gen.Choose(0, 8)
        select new decimal(digits) / Pow10(scale);

    private static decimal Pow10(int n) => n == 0 ? 1m : 10m * Pow10(n - 1);

    private static readonly Gen<decimal> Widths =
        Gen.Frequency((1, Gen.Constant(0m)), (5, Numbers.Select(Math.Abs)));

    private static readonly Gen<End> Ends = Gen.Frequency((4, Gen.Constant(End.Closed)), (3, Gen.Constant(End.Open)), (2, Gen.Constant(End.Unbounded)));

    private static readonly Gen<Sample> Samples =
        from p in Numbers
        from d1 in Widths
        from d2 in Widths
        from lowEnd in Ends
        from highEnd in Ends
        select Build(p, d1, d2, lowEnd, highEnd);

    private static Sample Build(decimal p, decimal d1, decimal d2, End lowEnd, End highEnd)
    {
        decimal low = p - d1, high = p + d2;
        bool lowOpen = lowEnd == End.Open && d1 > 0m;
        bool highOpen = highEnd == End.Open && d2 > 0m;
        var interval = (lowEnd == End.Unbounded, highEnd == End.Unbounded) switch
        {
            (true, true) => Interval.All,
            (true, false) => Interval.Below(high, !highOpen),
            (false, true) => Interval.Above(low, !lowOpen),
            _ => Interval.Create(low, lowOpen, high, highOpen),
        };
        return new Sample(interval, p);
    }

    private static Arbitrary<(Sample A, Sample B)> Pairs => Arb.From(Gen.Zip(Samples, Samples));

    /// <summary>The exact-arithmetic point result, or null when decimal arithmetic overflows (skipped).</summary>
    private static decimal? Exact(Func<decimal> f)
    {
        try
        {
            return f();
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static bool Holds(Interval result, decimal? point) => point is null || result.Contains(point.Value);

    [Property(MaxTest = 1000)]
    public Property Generated_points_lie_in_their_intervals() =>
        Prop.ForAll(Arb.From(Samples), s => s.Interval.Contains(s.Point));

    [Property(MaxTest = 2000)]
    public Property Addition_is_conservative() =>
        Prop.ForAll(Pairs, t => Holds(t.A.Interval + t.B.Interval, Exact(() => t.A.Point + t.B.Point)));

    [Property(MaxTest = 2000)]
    public Property Subtraction_is_conservative() =>
        Prop.ForAll(Pairs, t => Holds(t.A.Interval - t.B.Interval, Exact(() => t.A.Point - t.B.Point)));

    [Property(MaxTest = 2000)]
    public Property Multiplication_is_conservative() =>
        Prop.ForAll(Pairs, t => Holds(t.A.Interval * t.B.Interval, Exact(() => t.A.Point * t.B.Point)));

    [Property(MaxTest = 2000)]
    public Property Division_is_conservative_for_divisors_without_zero() =>
        Prop.ForAll(Pairs, t => !t.B.Interval.Contains(0m)
            ? Holds(t.A.Interval / t.B.Interval, Exact(() => t.A.Point / t.B.Point))
            : true);

    [Property(MaxTest = 2000)]
    public Property Division_by_a_divisor_containing_zero_never_excludes_a_true_quotient() =>
        Prop.ForAll(Pairs, t => t.B.Point == 0m || t.B.Interval == Interval.Point(0m)
            || Holds(t.A.Interval / t.B.Interval, Exact(() => t.A.Point / t.B.Point)));

    [Property(MaxTest = 1000)]
    public Property Comparisons_are_conservative()
    {
        // The premium's positive-price assumption only removes non-positive denominators.
        var unit = Unit.Parse("USD/1000 m3");
        return Prop.ForAll(Pairs, t =>
        {
            var a = Derive.Given(new Quantity(t.A.Interval, unit));
            var b = Derive.Given(new Quantity(t.B.Interval, unit));
            var diffOk = Holds(Compare.Difference(a, b).Interval, Exact(() => t.A.Point - t.B.Point));
            if (t.B.Point <= 0m)
            {
                return diffOk;
            }

            var ratioOk = Holds(Compare.Ratio(a, b).Interval, Exact(() => t.A.Point / t.B.Point));
            var premiumOk = Holds(Compare.Premium(a, b).Interval, Exact(() => ((t.A.Point / t.B.Point) - 1m) * 100m));
            var order = Compare.Order(a, b).Ordering;
            var orderOk = order switch
            {
                Ordering.CertainlyGreater => t.A.Point > t.B.Point,
                Ordering.CertainlyNotGreater => t.A.Point <= t.B.Point,
                _ => true,
            };
            return diffOk && orderOk && ratioOk && premiumOk;
        });
    }

    [Property(MaxTest = 1000)]
    public Property Unit_aware_products_convert_conservatively()
    {
        // price (USD/1000 m3) × volume (bcm/year) → USD/year, as in "20 bcm a year × the price gap".
        var price = Unit.Parse("USD/1000 m3");
        var volume = Unit.Parse("bcm/year");
        var money = Unit.Parse("USD/year");
        return Prop.ForAll(Pairs, t =>
        {
            var product = (new Quantity(t.A.Interval, price) * new Quantity(t.B.Interval, volume)).ConvertTo(money);
            return Holds(product.Interval, Exact(() => t.A.Point * t.B.Point * 1_000_000m));
        });
    }

    private static readonly (string From, string To)[] RoundTrips =
    [
        ("USD/MMBtu", "USD/1000 m3"),
        ("USD/1000 m3", "USD/MWh"),
        ("EUR/MWh", "USD/MWh"),
        ("EUR/MWh", "USD/1000 m3"),
        ("USD/1000 m3", "USD/bcm"),
        ("USD/1000 m3", "USD/m3"),
        ("MWh", "MMBtu"),
        ("bcm/year", "m3/month"),
        ("RUB/1000 m3", "EUR/MWh"),
    ];

    /// <summary>Random sourced assumptions: a gas energy content (a point or a range) and USD and RUB rates per euro.</summary>
    private static readonly Gen<Assumption[]> AssumptionSets =
        from shipped in Gen.Elements(GasEnergyContent.Bp, GasEnergyContent.BpInMmbtu, GasEnergyContent.HeatingValueRange)
        from usd in Gen.Choose(5000, 20000)
        from rub in Gen.Choose(100, 1_500_000)
        select new[]
        {
            shipped,
            ExchangeRate.Ecb("USD", usd / 10000m, new DateOnly(2020, 2, 6)),
            ExchangeRate.Ecb("RUB", rub / 10000m, new DateOnly(2020, 2, 6)),
        };

    [Property(MaxTest = 1500)]
    public Property Conversions_round_trip_containing_the_original() =>
        Prop.ForAll(Arb.From(Gen.Zip(Samples, Gen.Zip(Gen.Elements(RoundTrips), AssumptionSets))), t =>
        {
            var (sample, ((from, to), assumptions)) = t;
            var u = Unit.Parse(from);
            var q = new Quantity(sample.Interval, u);
            var there = q.ConvertTo(Unit.Parse(to), assumptions);
            var back = there.ConvertTo(u, assumptions);
            return back.Interval.Contains(q.Interval) && back.Interval.Contains(sample.Point);
        });

    [Property(MaxTest = 1000)]
    public Property Conversions_hold_the_converted_point() =>
        Prop.ForAll(Arb.From(Gen.Zip(Samples, Gen.Choose(5000, 20000))), t =>
        {
            // EUR/MWh → USD/MWh at a rate r: the point p becomes p × r exactly.
            var rate = t.Item2 / 10000m;
            var q = new Quantity(t.Item1.Interval, Unit.Parse("EUR/MWh"));
            var usd = q.ConvertTo(Unit.Parse("USD/MWh"), ExchangeRate.Ecb("USD", rate, new DateOnly(2020, 2, 6)));
            return Holds(usd.Interval, Exact(() => t.Item1.Point * rate));
        });

    private static readonly Gen<Unit> Units = Gen.Elements(
        "USD", "EUR", "USD/1000 m3", "bcm/year", "percent/year", "pp", "MWh", "GJ/1000 m3", "MMBtu/1000 m3", "USD/EUR", "1", "percent", "t", "USD/t", "year", "day", "mcm", "kWh/m3")
        .Select(Unit.Parse);

    [Property(MaxTest = 500)]
    public Property Multiplying_then_dividing_by_a_unit_gives_back_an_equivalent_unit() =>
        Prop.ForAll(Arb.From(Gen.Zip(Units, Units)), t => (t.Item1 * t.Item2 / t.Item2).IsEquivalentTo(t.Item1));

    [Property(MaxTest = 500)]
    public Property Unit_multiplication_commutes_up_to_equivalence() =>
        Prop.ForAll(Arb.From(Gen.Zip(Units, Units)), t => (t.Item1 * t.Item2).IsEquivalentTo(t.Item2 * t.Item1));

    [Property(MaxTest = 500)]
    public Property Unit_multiplication_associates_and_a_unit_over_itself_is_a_plain_ratio() =>
        Prop.ForAll(Arb.From(Gen.Zip(Units, Gen.Zip(Units, Units))), t =>
            ((t.Item1 * t.Item2.Item1) * t.Item2.Item2).IsEquivalentTo(t.Item1 * (t.Item2.Item1 * t.Item2.Item2))
            && (t.Item1 / t.Item1).IsEquivalentTo(Unit.Ratio));

    [Property(MaxTest = 500)]
    public Property Quantity_conversion_to_an_equivalent_unit_keeps_the_value() =>
        Prop.ForAll(Arb.From(Gen.Zip(Samples, Gen.Zip(Units, Units))), t =>
        {
            var (a, b) = t.Item2;
            var q = new Quantity(t.Item1.Interval, a * b);
            var r = q.ConvertTo(b * a);
            return r.Interval.Contains(q.Interval) && (q.Interval.IsEmpty || r.Interval.Contains(t.Item1.Point));
        });
}
