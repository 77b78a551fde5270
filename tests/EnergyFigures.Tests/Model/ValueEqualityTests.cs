using System.Globalization;
using EnergyFigures.Claims;
using EnergyFigures.Units;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using EnergyFigures.Errors;
using Interval = EnergyFigures.Numerics.Interval;

namespace EnergyFigures.Tests.Model;

/// <summary>
/// Value equality by meaning, tested the way NodaTime tests its value types: Equals, ==, !=, GetHashCode
/// and IEquatable agree, for equal values written differently and for different values.
/// </summary>
public class ValueEqualityTests
{
    private static void EqualityContract<T>(T value, T equal, T unequal)
        where T : IEquatable<T>
    {
        Assert.True(value.Equals(equal));
        Assert.True(equal.Equals(value));
        Assert.True(value.Equals((object)equal));
        Assert.Equal(value.GetHashCode(), equal.GetHashCode());
        Assert.False(value.Equals(unequal));
        Assert.False(unequal.Equals(value));
        Assert.False(value.Equals((object?)null));
        Assert.True(value.Equals(value));
    }

    [Theory]
    [InlineData("USD*t", "t*USD", "USD/t")]
    [InlineData("USD/1000 m3", "USD/1000.0 m3", "USD/m3")]
    [InlineData("USD/1000 m3", "USD/1000 m³", "USD/1000 m3{lng}")]
    [InlineData("USD/bbl", "USD/bbl{crude}", "USD/bbl{products}")]
    [InlineData("MWh", "3.6 GJ", "GJ")]
    [InlineData("p/therm", "0.01 GBP/therm", "GBP/therm")]
    [InlineData("bbl/day", "b/d", "bbl/year")]
    public void Unit_equality_is_by_meaning_and_keeps_the_spelling(string a, string b, string other)
    {
        var ua = Unit.Parse(a);
        var ub = Unit.Parse(b);
        var uo = Unit.Parse(other);
        EqualityContract(ua, ub, uo);
        Assert.True(ua == ub);
        Assert.False(ua != ub);
        Assert.True(ua != uo);
        Assert.False(ua == uo);
        Assert.Equal(Unit.Parse(a).Symbol, ua.Symbol); // the spelling stays for display
    }

    [Theory]
    [InlineData("2020-01/2020-12", "2020", "2020-01/2020-11")]
    [InlineData("2020-Q1", "2020-01/2020-03", "2020-Q2")]
    [InlineData("2020-02-01/2020-02-29", "2020-02", "2020-02-01/2020-02-28")]
    [InlineData("2020-02-06", "2020-02-06/2020-02-06", "2020-02-07")]
    public void Period_equality_is_on_the_days_it_covers(string a, string b, string other)
    {
        var pa = Period.Parse(a);
        var pb = Period.Parse(b);
        EqualityContract(pa, pb, Period.Parse(other));
        Assert.True(pa == pb);
        Assert.Equal(a, pa.ToString());
        Assert.Equal(b, pb.ToString());
    }

    [Fact]
    public void Unknown_is_an_explicit_period_with_no_days()
    {
        var unknown = Period.Unknown;
        Assert.True(unknown.IsUnknown);
        Assert.Equal(0, unknown.Days);
        Assert.Equal(string.Empty, unknown.ToString());
        Assert.False(unknown.Overlaps(Period.Parse("2020")));
        Assert.False(unknown.Contains(new DateOnly(2020, 1, 1)));
        Assert.Equal(ErrorCodes.InvalidState, Assert.Throws<EnergyFiguresException>(() => unknown.Start).Code);
        Assert.Equal(ErrorCodes.InvalidState, Assert.Throws<EnergyFiguresException>(() => unknown.End).Code);
        EqualityContract(unknown, default(Period), Period.Parse("2020"));
        Assert.Equal(366, Period.Parse("2020").Days);
    }

    [Fact]
    public void A_default_quantity_throws_a_coded_error_instead_of_a_null_reference()
    {
        var q = default(Quantity);
        Assert.True(q.IsDefault);
        Assert.Equal(ErrorCodes.InvalidState, Assert.Throws<EnergyFiguresException>(() => q.Unit).Code);
        Assert.Equal(ErrorCodes.InvalidState, Assert.Throws<EnergyFiguresException>(() => q + Quantity.Exactly(1m, Unit.Parse("USD"))).Code);
        Assert.Equal(ErrorCodes.InvalidState, Assert.Throws<EnergyFiguresException>(() => q.ConvertTo(Unit.Parse("USD"))).Code);
        Assert.Throws<ArgumentNullException>(() => new Quantity(Interval.Point(1m), null!));
        Assert.False(Quantity.Exactly(1m, Unit.Parse("USD")).IsDefault);
    }

    [Fact]
    public void Quantity_equality_follows_unit_meaning()
    {
        EqualityContract(
            Quantity.Exactly(127m, Unit.Parse("USD/1000 m3")),
            Quantity.Exactly(127m, Unit.Parse("USD/1000.0 m3")),
            Quantity.Exactly(127m, Unit.Parse("USD/m3")));
    }

    private static Claim Valid(string id = "a-claim") =>
        Claim(id, "Subject", Period.Parse("2020"), new Claimant("Name"), [Appearance("They said $127.")], ["BY"]);

    private static Appearance Appearance(string quote) =>
        new(quote, QuoteKind.Verbatim, Period.Unknown, new EquatableArray<string>([]), new Publication("Title", null, "Outlet", new DateOnly(2020, 2, 6)));

    private static Claim Claim(string id, string subject, Period period, Claimant claimant, Appearance[] appearances, string[] countries) =>
        new(id, subject, period, claimant, Figure.Create("$127", BoundKind.Exact, 127m, Unit.Parse("USD/1000 m3")), new EquatableArray<Appearance>(appearances), new EquatableArray<string>(["gas"]), new EquatableArray<string>(countries));

    public static TheoryData<string, Func<Claim>> InvalidClaims() => new()
    {
        { ErrorCodes.BadId, () => Claim("Not An Id", "S", Period.Parse("2020"), new Claimant("N"), [Appearance("q")], []) },
        { ErrorCodes.MissingValue, () => Claim(string.Empty, "S", Period.Parse("2020"), new Claimant("N"), [Appearance("q")], []) },
        { ErrorCodes.MissingValue, () => Claim("a", string.Empty, Period.Parse("2020"), new Claimant("N"), [Appearance("q")], []) },
        { ErrorCodes.MissingValue, () => Claim("a", "S", Period.Unknown, new Claimant("N"), [Appearance("q")], []) },
        { ErrorCodes.MissingClaimant, () => Claim("a", "S", Period.Parse("2020"), new Claimant(string.Empty), [Appearance("q")], []) },
        { ErrorCodes.MissingQuote, () => Claim("a", "S", Period.Parse("2020"), new Claimant("N"), [], []) },
        { ErrorCodes.MissingQuote, () => Claim("a", "S", Period.Parse("2020"), new Claimant("N"), [Appearance(string.Empty)], []) },
        { ErrorCodes.BadCountry, () => Claim("a", "S", Period.Parse("2020"), new Claimant("N"), [Appearance("q")], ["by"]) },
        { ErrorCodes.BadId, () => Valid() with { Id = "BAD" } },
        { ErrorCodes.MissingQuote, () => Valid() with { Appearances = new EquatableArray<Appearance>([]) } },
    };

    [Theory]
    [MemberData(nameof(InvalidClaims))]
    public void A_claim_is_validated_on_construction_with_the_codes_of_the_CSV_reader(string code, Func<Claim> make) =>
        Assert.Equal(code, Assert.Throws<EnergyFiguresException>(() => make()).Code);

    [Fact]
    public void A_valid_claim_has_a_first_appearance()
    {
        Assert.Equal("They said $127.", Valid().FirstAppearance.Quote);
        Assert.Equal(Valid(), Valid());
    }

    [Fact]
    public void Unit_period_and_interval_share_one_parsing_model()
    {
        static T P<T>(string s)
            where T : ISpanParsable<T> => T.Parse(s, CultureInfo.InvariantCulture);
        static bool TP<T>(string s, out T? r)
            where T : ISpanParsable<T> => T.TryParse(s.AsSpan(), CultureInfo.GetCultureInfo("de-DE"), out r);
        Assert.Equal(Unit.Parse("USD/1000 m3"), P<Unit>("USD/1000 m3"));
        Assert.Equal(Period.Parse("2020-Q1"), P<Period>("2020-Q1"));
        Assert.Equal(Interval.Closed(4m, 6.5m), P<Interval>("[4, 6.5]"));
        Assert.True(TP<Interval>("[4, 6.5]", out var i) && i == Interval.Closed(4m, 6.5m));
        Assert.False(TP<Unit>("furlong", out _));
        Assert.False(TP<Period>("Feb 2020", out _));
        Assert.False(TP<Interval>("[6, 4]", out _));
    }

    // ---- properties ----

    private static readonly Gen<string> Atoms = Gen.Elements(
        "USD", "EUR", "GBP", "1000 m3", "m3", "bcm", "mcm", "bbl", "t", "t{crude}", "MWh", "GJ", "MMBtu", "therm", "year", "month", "day", "kb", "toe", "p");

    private static readonly Gen<(string[] Num, string[] Den)> Shapes =
        from n in Gen.Choose(1, 3)
        from d in Gen.Choose(0, 2)
        from num in Gen.ArrayOf(Atoms, n)
        from den in Gen.ArrayOf(Atoms, d)
        select (num, den);

    private static string Write(string[] num, string[] den) => string.Join("*", num) + (den.Length == 0 ? string.Empty : "/" + string.Join("*", den));

    private static string Respell(string term) => term switch
    {
        "1000 m3" => "1000.00 m³",
        "m3" => "m³",
        "t" => "tonne",
        "bbl" => "bbl{crude}",
        "MMBtu" => "mmbtu",
        "p" => "GBX",
        "day" => "d",
        "year" => "yr",
        _ => term,
    };

    [Property(MaxTest = 300)]
    public Property Unit_equality_is_invariant_under_reordering_and_equivalent_spellings() =>
        Prop.ForAll(Arb.From(Shapes), s =>
        {
            var a = TryUnit(Write(s.Num, s.Den));
            var shuffled = TryUnit(Write(s.Num.Reverse().Select(Respell).ToArray(), s.Den.Reverse().Select(Respell).ToArray()));
            if (a is null || shuffled is null)
            {
                return a is null && shuffled is null;
            }

            return a == shuffled && a.Equals(shuffled) && a.GetHashCode() == shuffled.GetHashCode();
        });

    private static Unit? TryUnit(string s)
    {
        try
        {
            return Unit.Parse(s);
        }
        catch (EnergyFiguresException e) when (e.Code == ErrorCodes.UnitFactorOutOfRange)
        {
            return null;
        }
    }

    private static readonly Gen<(int Year, int Month)> Months =
        from y in Gen.Choose(1990, 2030)
        from m in Gen.Choose(1, 12)
        select (y, m);

    [Property(MaxTest = 300)]
    public Property Period_equality_is_invariant_under_equivalent_spellings() =>
        Prop.ForAll(Arb.From(Gen.Zip(Months, Gen.Choose(0, 14))), t =>
        {
            var (y, m) = t.Item1;
            var start = new DateOnly(y, m, 1);
            var last = start.AddMonths(t.Item2);
            var end = new DateOnly(last.Year, last.Month, DateTime.DaysInMonth(last.Year, last.Month));
            var asMonths = Period.Parse(string.Create(CultureInfo.InvariantCulture, $"{start:yyyy-MM}/{last:yyyy-MM}"));
            var asDays = Period.Parse(string.Create(CultureInfo.InvariantCulture, $"{start:yyyy-MM-dd}/{end:yyyy-MM-dd}"));
            var same = asMonths == asDays && asMonths.GetHashCode() == asDays.GetHashCode();
            var single = t.Item2 != 0 || Period.Month(y, m) == asMonths;
            var year = m != 1 || t.Item2 != 11 || Period.Year(y) == asDays;
            return same && single && year;
        });

    private static readonly Gen<decimal> Prices =
        from units in Gen.Choose(1, 10_000_000)
        from scale in Gen.Choose(0, 6)
        select units / (decimal)Math.Pow(10, scale);

    [Property(MaxTest = 300)]
    public Property A_mean_contains_the_true_mean() =>
        Prop.ForAll(Arb.From(Gen.NonEmptyListOf(Prices).Select(l => l.ToArray())), values =>
        {
            var mean = Interval.MeanOf(values);

            // The true mean is sum/n: it lies in the interval exactly when n × low ≤ sum ≤ n × high, compared
            // as exact rationals (no decimal rounding in the check).
            var sum = values.Aggregate(0m, (a, v) => a + v); // exact for these magnitudes
            return CompareTimes(mean.Low!.Value, values.Length, sum) <= 0 && CompareTimes(mean.High!.Value, values.Length, sum) >= 0;
        });

    private static (System.Numerics.BigInteger Mantissa, int Scale) Exact(decimal d)
    {
        var bits = decimal.GetBits(d);
        var m = new System.Numerics.BigInteger(unchecked((uint)bits[0])) | (new System.Numerics.BigInteger(unchecked((uint)bits[1])) << 32) | (new System.Numerics.BigInteger(unchecked((uint)bits[2])) << 64);
        return (d < 0 ? -m : m, (bits[3] >> 16) & 0xFF);
    }

    private static int CompareTimes(decimal a, int n, decimal b)
    {
        var (ma, sa) = Exact(a);
        var (mb, sb) = Exact(b);
        return (ma * n * System.Numerics.BigInteger.Pow(10, sb)).CompareTo(mb * System.Numerics.BigInteger.Pow(10, sa));
    }

    [Fact]
    public void A_mean_that_does_not_terminate_is_an_interval_that_contains_it()
    {
        var mean = Interval.MeanOf([1m, 2m, 4m]);
        Assert.False(mean.IsPoint);
        Assert.True(CompareTimes(mean.Low!.Value, 3, 7m) < 0 && CompareTimes(mean.High!.Value, 3, 7m) > 0);
        Assert.Equal(Interval.Point(2m), Interval.MeanOf([1m, 3m]));
        Assert.Equal(ErrorCodes.InvalidInterval, Assert.Throws<EnergyFiguresException>(() => Interval.MeanOf([])).Code);
    }
}
