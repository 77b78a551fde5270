using EnergyFigures.Numerics;
using EnergyFigures.Errors;

namespace EnergyFigures.Tests.Model;

public class IntervalTests
{
    [Fact]
    public void Subtracting_an_open_upper_bound_gives_an_open_lower_bound()
    {
        var d = Interval.Point(127m) - Interval.Below(100m, inclusive: false);
        Assert.Equal(Interval.Above(27m, inclusive: false), d);
        Assert.Equal("(27, +∞)", d.ToString());
    }

    [Fact]
    public void Division_by_an_interval_containing_zero_is_unbounded_never_finite()
    {
        var q = Interval.Point(1m) / Interval.Closed(-1m, 1m);
        Assert.Equal(Interval.All, q);
        Assert.Null(q.Low);
        Assert.Null(q.High);
    }

    [Fact]
    public void Division_by_an_interval_touching_zero_is_unbounded_on_that_side()
    {
        var q = Interval.Point(127m) / Interval.Create(0m, true, 100m, true);
        Assert.Equal(Interval.Above(1.27m, inclusive: false), q);
    }

    [Fact]
    public void Division_by_exactly_zero_throws_a_coded_error()
    {
        var e = Assert.Throws<EnergyFiguresException>(() => Interval.Point(1m) / Interval.Point(0m));
        Assert.Equal(ErrorCodes.DivisionByZero, e.Code);
    }

    [Fact]
    public void Inexact_division_is_widened_outward_by_one_unit_in_the_last_place()
    {
        var q = Interval.Point(1m) / Interval.Point(3m);
        Assert.True(q.Low < 1m / 3m || q.Low == 0.3333333333333333333333333332m);
        Assert.True(q.High > 0.3333333333333333333333333333m);
        Assert.True(q.Width <= 0.000000000000000000000000001m);
        Assert.Equal(Interval.Point(4m), Interval.Point(6m) / Interval.Point(1.5m));
    }

    [Fact]
    public void Overflow_becomes_unbounded_not_wrong()
    {
        var big = Interval.Point(decimal.MaxValue);
        var sum = big + big;
        Assert.False(sum.HasHigh);
        Assert.True(sum.Contains(decimal.MaxValue));
        var product = big * Interval.Point(2m);
        Assert.False(product.HasHigh);
    }

    [Fact]
    public void Products_keep_open_and_closed_ends()
    {
        var p = Interval.Create(0m, true, 2m, false) * Interval.Closed(3m, 4m);
        Assert.Equal(Interval.Create(0m, true, 8m, false), p);
        var z = Interval.Closed(0m, 1m) * Interval.Above(5m, inclusive: true);
        Assert.Equal(Interval.Above(0m, inclusive: true), z);
    }

    [Theory]
    [InlineData("[4, 6]")]
    [InlineData("(−∞, 100)")]
    [InlineData("(27, +∞)")]
    [InlineData("[127, 127]")]
    [InlineData("(−∞, +∞)")]
    [InlineData("[1.50, 2.000)")]
    public void Intervals_round_trip_through_text(string text)
    {
        Assert.Equal(text, Interval.Parse(text).ToString());
    }

    [Fact]
    public void Intersection_hull_and_containment()
    {
        var a = Interval.Closed(1m, 5m);
        var b = Interval.Create(3m, true, 8m, false);
        Assert.Equal(Interval.Create(3m, true, 5m, false), a.Intersect(b));
        Assert.Equal(Interval.Closed(1m, 8m), a.Hull(b));
        Assert.True(Interval.All.Contains(a));
        Assert.False(a.Contains(b));
        Assert.True(Interval.Closed(1m, 2m).Intersect(Interval.Closed(3m, 4m)).IsEmpty);
    }
}
