using System.Globalization;
using System.Numerics;
using EnergyFigures.Errors;
using EnergyFigures.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Interval = EnergyFigures.Numerics.Interval;

namespace EnergyFigures.Tests.Arithmetic;

/// <summary>
/// The fast paths of the interval arithmetic give, bit for bit, what the general paths they shortcut give: the
/// same ends with the same scale (compared as printed), the same open and unbounded ends, the same exceptions.
/// The general paths stay in the code as the fallback (<see cref="Interval.DivideGeneral"/>,
/// <c>Add(Negate())</c>, <see cref="DecimalMath.TryDivideByProduct"/>, <see cref="DecimalMath.TryAddDecimal"/>).
/// </summary>
public class FastPathTests
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static decimal Make(long low, int high, bool negative, int scale) =>
        new((int)(low & 0xFFFFFFFF), (int)(low >> 32), high, negative, (byte)scale);

    /// <summary>Decimals of every kind: full 96-bit mantissas, small prices, the limits, the tiniest, zeros with a scale, trailing zeros.</summary>
    private static readonly Gen<decimal> Decimals = Gen.Frequency(
        (4, from low in Gen.Choose(-1_000_000, 1_000_000)
            from scale in Gen.Choose(0, 6)
            select new decimal(low) / Pow10(scale)),
        (3, from a in Gen.Choose(int.MinValue, int.MaxValue)
            from b in Gen.Choose(int.MinValue, int.MaxValue)
            from c in Gen.Choose(int.MinValue, int.MaxValue)
            from negative in Gen.Elements(false, true)
            from scale in Gen.Choose(0, 28)
            select new decimal(a, b, c, negative, (byte)scale)),
        (2, from a in Gen.Choose(int.MinValue, int.MaxValue)
            from b in Gen.Choose(0, int.MaxValue)
            from negative in Gen.Elements(false, true)
            from scale in Gen.Choose(0, 28)
            select Make(((long)b << 32) | (uint)a, 0, negative, scale)),
        (1, from digits in Gen.Choose(1, 99)
            from negative in Gen.Elements(false, true)
            select new decimal(digits, 0, 0, negative, 28)),
        (1, Gen.Elements(
            decimal.MaxValue, decimal.MinValue, decimal.MaxValue - 1m, decimal.MinValue + 1m, 0m, -0m, 0.000m, 1m, -1m, 1.0m, 1.00m,
            0.0000000000000000000000000001m, -0.0000000000000000000000000001m, 7.9228162514264337593543950335m,
            Make(-1L, 0, false, 0), Make(-1L, 0, false, 28), Make(0, 1, false, 0), Make(0, 1, true, 5), Make(-1L, -1, false, 14),
            170m, 190m, 0.17m, 0.19m, 170000m, 190000m, 183.4m, 100.0m, 12.000m)),
        (1, from k in Gen.Choose(1, 100_000)
            from scale in Gen.Choose(0, 8)
            select new decimal(k) * 1_000_000_000_000_000_000m / Pow10(scale)));

    private static decimal Pow10(int n) => n == 0 ? 1m : 10m * Pow10(n - 1);

    private static readonly Gen<Interval> Intervals =
        from a in Decimals
        from b in Gen.Frequency((3, Decimals), (2, Gen.Choose(0, 100_000).Select(k => (decimal)k / 7m)), (1, Gen.Constant(0m)))
        from kind in Gen.Choose(0, 11)
        from lowOpen in Gen.Elements(false, true)
        from highOpen in Gen.Elements(false, true)
        select Build(a, b, kind, lowOpen, highOpen);

    private static Interval Build(decimal a, decimal width, int kind, bool lowOpen, bool highOpen)
    {
        decimal b;
        try
        {
            b = a + Math.Abs(width);
        }
        catch (OverflowException)
        {
            b = a;
        }

        return kind switch
        {
            0 => Interval.Point(a),
            1 => Interval.Below(a, !lowOpen),
            2 => Interval.Above(a, !highOpen),
            3 => Interval.All,
            4 => Interval.Empty,
            5 => Interval.Closed(Math.Min(a, width), Math.Max(a, width)),
            _ => Interval.Create(a, lowOpen && a != b, b, highOpen && a != b),
        };
    }

    /// <summary>Divisors as a batch meets them: mostly strictly positive and bounded (the fast path), else anything.</summary>
    private static readonly Gen<Interval> Divisors = Gen.Frequency(
        (3, Intervals.Select(i => i.HasLow && i.HasHigh && i.Low != 0m ? Positive(i) : i)),
        (1, Intervals));

    private static Interval Positive(Interval i)
    {
        decimal low = Math.Abs(i.Low!.Value), high = Math.Abs(i.High!.Value);
        return low == high ? Interval.Point(low) : Interval.Create(Math.Min(low, high), i.LowOpen, Math.Max(low, high), i.HighOpen);
    }

    /// <summary>The interval as printed exactly, with its flags: equal texts mean equal ends with equal scales.</summary>
    private static string Exactly(Interval i) =>
        i.IsEmpty ? "∅" : string.Create(Inv, $"{i} low={i.Low?.ToString(Inv) ?? "-inf"}/{i.LowOpen} high={i.High?.ToString(Inv) ?? "+inf"}/{i.HighOpen}");

    private static string Outcome(Func<Interval> f)
    {
        try
        {
            return Exactly(f());
        }
        catch (EnergyFiguresException e)
        {
            return $"{e.Code}: {e.Message}";
        }
    }

    private static string Bits(decimal d) => string.Join(",", decimal.GetBits(d));

    [Property(MaxTest = 20_000)]
    public Property Division_equals_the_general_division() =>
        Prop.ForAll(Arb.From(Gen.Zip(Intervals, Divisors)), t =>
            (Outcome(() => t.Item1.Divide(t.Item2)) == Outcome(() => t.Item1.DivideGeneral(t.Item2)))
                .Label($"{t.Item1} ÷ {t.Item2}: {Outcome(() => t.Item1.Divide(t.Item2))} vs {Outcome(() => t.Item1.DivideGeneral(t.Item2))}"));

    [Property(MaxTest = 20_000)]
    public Property Subtraction_equals_adding_the_negation() =>
        Prop.ForAll(Arb.From(Gen.Zip(Intervals, Intervals)), t =>
            (Exactly(t.Item1.Subtract(t.Item2)) == Exactly(t.Item1.Add(t.Item2.Negate())))
                .Label($"{t.Item1} − {t.Item2}: {Exactly(t.Item1.Subtract(t.Item2))} vs {Exactly(t.Item1.Add(t.Item2.Negate()))}"));

    [Property(MaxTest = 20_000)]
    public Property Decimal_division_with_the_shortcut_equals_the_check_by_product() =>
        Prop.ForAll(Arb.From(Gen.Zip(Decimals, Decimals)), t =>
        {
            if (t.Item2 == 0m)
            {
                return true;
            }

            bool fast = DecimalMath.TryDivide(t.Item1, t.Item2, out var q, out var exact);
            bool slow = DecimalMath.TryDivideByProduct(t.Item1, t.Item2, out var q2, out var exact2);
            bool truth = fast && IsExactQuotient(t.Item1, t.Item2, q);
            return fast == slow && Bits(q) == Bits(q2) && exact == exact2 && exact == truth;
        });

    [Property(MaxTest = 20_000)]
    public Property Decimal_addition_on_mantissas_equals_decimal_addition() =>
        Prop.ForAll(Arb.From(Gen.Zip(Decimals, Decimals)), t =>
        {
            bool fast = DecimalMath.TryAdd(t.Item1, t.Item2, out var r, out var exact);
            bool slow = DecimalMath.TryAddDecimal(t.Item1, t.Item2, out var r2, out var exact2);
            bool small = DecimalMath.TryAddSmall(t.Item1, t.Item2, out var r3);
            return fast == slow && Bits(r) == Bits(r2) && exact == exact2 && (!small || (exact && Bits(r3) == Bits(r2)));
        });

    [Property(MaxTest = 20_000)]
    public Property A_step_of_the_mantissa_equals_adding_one_unit_in_the_last_place() =>
        Prop.ForAll(Arb.From(Gen.Zip(Decimals, Gen.Elements(false, true))), t =>
        {
            var (d, up) = t;
            if (!DecimalMath.TryStep(d, up, out var stepped))
            {
                return true;
            }

            var ulp = new decimal(1, 0, 0, false, (byte)d.Scale);
            return Bits(stepped) == Bits(up ? d + ulp : d - ulp);
        });

    [Property(MaxTest = 20_000)]
    public Property The_comparison_equals_decimal_comparison() =>
        Prop.ForAll(Arb.From(Gen.Zip(Decimals, Gen.Frequency((2, Decimals), (1, Decimals.Select(d => -d)), (1, Decimals.Select(d => d / 1.000000000000000000000000000000000m))))), t =>
            Math.Sign(DecimalMath.Compare(t.Item1, t.Item2)) == decimal.Compare(t.Item1, t.Item2)
            && Math.Sign(DecimalMath.Compare(t.Item1, t.Item1)) == 0);

    [Property(MaxTest = 20_000)]
    public Property The_product_shortcut_never_rejects_an_exact_product() =>
        Prop.ForAll(Arb.From(Gen.Zip(Decimals, Decimals)), t =>
        {
            var (a, b) = t;
            decimal r;
            try
            {
                r = a * b;
            }
            catch (OverflowException)
            {
                return true;
            }

            bool exact = ToRational(r) * Scale28 == ToRational(a) * ToRational(b);
            return !exact || DecimalMath.MayBeProduct(a, b, r);
        });

    /// <summary>Edge cases a random draw rarely meets: ties between corners that differ by one unit in the last place, equal ends of different scales, carries across 64 bits.</summary>
    [Fact]
    public void Edge_cases_equal_the_general_paths()
    {
        var ends = new[]
        {
            1m, 1.0000000000000000000000000001m, 3m, 9.999999999999999999999999999m, 10m, 10.00000000000000000000000000m, 1.0m, 1.00m,
            Make(-1L, 0, false, 0), Make(-1L, 0, false, 10), Make(0, 1, false, 10), Make(-1L, -1, false, 0), Make(-1L, -1, false, 28),
            decimal.MaxValue, 0.0000000000000000000000000001m, 0.0000000000000000000000000003m, 2m, 0m, 0.00m, 7m, 0.7m,
        };
        var highs = new[] { 1.0000000000000000000000000001m, 3m, 10.00000000000000000000000000m, 1.00m, Make(0, 1, false, 10), decimal.MaxValue, 2m };
        var intervals = new List<Interval>();
        foreach (var a in ends)
        {
            foreach (var b in highs)
            {
                foreach (var sign in new[] { 1m, -1m })
                {
                    decimal x = a * sign;
                    intervals.Add(Interval.Point(x));
                    intervals.Add(Interval.Below(x, true));
                    intervals.Add(Interval.Above(x, false));
                    if (x <= b)
                    {
                        intervals.Add(Interval.Closed(x, b));
                        if (x < b)
                        {
                            intervals.Add(Interval.Create(x, true, b, false));
                            intervals.Add(Interval.Create(x, false, b, true));
                        }
                    }
                }
            }
        }

        foreach (var x in intervals)
        {
            foreach (var y in intervals.Where((_, k) => k % 11 == 0))
            {
                Assert.Equal(Outcome(() => x.DivideGeneral(y)), Outcome(() => x.Divide(y)));
                Assert.Equal(Exactly(x.Add(y.Negate())), Exactly(x.Subtract(y)));
            }
        }

        foreach (var d in ends.Concat(ends.Select(e => -e)))
        {
            foreach (var up in new[] { false, true })
            {
                if (DecimalMath.TryStep(d, up, out var stepped))
                {
                    var ulp = new decimal(1, 0, 0, false, (byte)d.Scale);
                    Assert.Equal(Bits(up ? d + ulp : d - ulp), Bits(stepped));
                }
            }
        }
    }

    private static bool IsExactQuotient(decimal a, decimal b, decimal q) => ToRational(q) * ToRational(b) == ToRational(a) * Scale28;

    private static readonly BigInteger Scale28 = BigInteger.Pow(10, 28);

    /// <summary>A decimal as an exact rational number n / 10^28 (every decimal has at most 28 digits after the point).</summary>
    private static BigInteger ToRational(decimal d)
    {
        int[] bits = decimal.GetBits(d);
        var m = ((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0];
        int scale = (bits[3] >> 16) & 0xFF;
        var n = m * BigInteger.Pow(10, 28 - scale);
        return bits[3] < 0 ? -n : n;
    }
}
