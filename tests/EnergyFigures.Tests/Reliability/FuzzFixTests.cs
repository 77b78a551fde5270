using EnergyFigures.Csv;
using EnergyFigures.Units;
using EnergyFigures.Errors;
using static EnergyFigures.Tests.Csv.CsvFixtures;

namespace EnergyFigures.Tests.Reliability;

/// <summary>The crashes fuzzing found (tests/fuzz/findings), each pinned by a focused test of its fix.</summary>
public class FuzzFixTests
{
    [Theory]
    [InlineData("79228162514264337593543950335 tcm")]
    [InlineData("1111111111111111111111111 tcm")]
    [InlineData("79228162514264337593543950335 m3*10 m3")]
    [InlineData("0.0000000000000001 kWh*0.0000000000001 kWh")]
    public void A_unit_whose_factor_does_not_fit_a_decimal_is_a_documented_error(string text)
    {
        // Was: OverflowException from the factor product (or a factor silently rounded).
        var e = Assert.Throws<EnergyFiguresException>(() => Unit.Parse(text));
        Assert.Equal(ErrorCodes.UnitFactorOutOfRange, e.Code);
        Assert.False(Unit.TryParse(text, out _));
        Assert.False(Unit.TryParse(text, out _, out var error));
        Assert.Equal(ErrorCodes.UnitFactorOutOfRange, error!.Code);
    }

    [Fact]
    public void Multiplying_units_past_the_decimal_range_is_a_documented_error()
    {
        var bcm2 = Unit.Parse("bcm*bcm");
        var e = Assert.Throws<EnergyFiguresException>(() => bcm2 * bcm2);
        Assert.Equal(ErrorCodes.UnitFactorOutOfRange, e.Code);
        Assert.True((bcm2 / bcm2).IsDimensionless);
    }

    [Fact]
    public void A_unit_with_a_huge_factor_is_equivalent_to_itself()
    {
        // Was: IsEquivalentTo overflowed on the cross products and answered false.
        var u = Unit.Parse("79228162514264337593543950335%");
        Assert.True(u.IsEquivalentTo(u));
        Assert.True(u.IsEquivalentTo(Unit.Parse("79228162514264337593543950335 percent")));
        Assert.False(u.IsEquivalentTo(Unit.Parse("percent")));
    }

    [Fact]
    public void A_figure_at_the_edge_of_the_decimal_range_widens_to_unbounded_instead_of_overflowing()
    {
        var usd = Unit.Parse("USD");
        var pm = Figure.Create("x", BoundKind.PlusMinus, decimal.MinValue, usd, tolerance: 1m);
        Assert.False(pm.Interval.HasLow);
        Assert.Equal(decimal.MinValue + 1m, pm.Interval.High);

        // Scaling that overflows is a coded error (issue 13 item 7), no longer an interval widened to (max, +∞).
        var e = Assert.Throws<EnergyFiguresException>(() => Figure.Create("x", BoundKind.Approximately, decimal.MaxValue, usd, Scale.Trillion));
        Assert.Equal(ErrorCodes.ScaledValueOutOfRange, e.Code);
        var approx = Figure.Create("x", BoundKind.Approximately, decimal.MaxValue, usd);
        Assert.False(approx.Interval.HasHigh);
        Assert.Contains("about", approx.ToString("D", null), StringComparison.Ordinal);

        var exact = Figure.Create("x", BoundKind.Exact, decimal.MaxValue, usd);
        Assert.False(exact.ImpliedPrecisionInterval().HasHigh);
        Assert.True(exact.ImpliedPrecisionInterval().Contains(exact.Interval));
    }

    [Fact]
    public void Ordinary_figures_keep_their_exact_intervals()
    {
        var f = Figure.Create("5 ± 0.5 bcm", BoundKind.PlusMinus, 5m, Unit.Parse("bcm"), tolerance: 0.5m);
        Assert.Equal(Numerics.Interval.Closed(4.5m, 5.5m), f.Interval);
        var r = Figure.Create("from 4% to 6%", BoundKind.Range, 4m, Unit.Percent, valueHigh: 6m);
        Assert.Equal(Numerics.Interval.Closed(3.5m, 6.5m), r.ImpliedPrecisionInterval());
    }

    [Fact]
    public void The_record_size_error_names_the_limit_that_was_given()
    {
        var csv = BuildCsv(ValidRow().With("notes", new string('x', 5000)));
        var report = ClaimsCsv.Validate(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv)), "big.csv", maxRecordBytes: 4096);
        var d = Assert.Single(report.Diagnostics);
        Assert.Equal(ErrorCodes.RecordTooLarge, d.Code);
        Assert.Contains("4096 bytes", d.Message, StringComparison.Ordinal);
    }
}

public class PeriodEdgeTests
{
    [Theory]
    [InlineData("9999-Q4", "9999-10-01", "9999-12-31")]
    [InlineData("9999-12", "9999-12-01", "9999-12-31")]
    [InlineData("9999", "9999-01-01", "9999-12-31")]
    [InlineData("0001-Q1", "0001-01-01", "0001-03-31")]
    [InlineData("2020-02", "2020-02-01", "2020-02-29")]
    [InlineData("9998/9999-12", "9998-01-01", "9999-12-31")]
    public void Periods_at_the_ends_of_the_calendar_parse(string text, string start, string end)
    {
        // Was: ArgumentOutOfRangeException from DateOnly.AddMonths for the last quarter and month of 9999
        // (found by the 100,000-claim round trip).
        var p = Period.Parse(text);
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), p.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), p.End);
    }
}

public class CheckerEdgeTests
{
    private static EnergyFigures.Claims.Claim Reported(BoundKind bound, decimal value) =>
        EnergyFigures.Csv.ClaimsCsv.ValidateText(EnergyFigures.Tests.Csv.CsvFixtures.BuildCsv(EnergyFigures.Tests.Csv.CsvFixtures.ValidRow("ref").With("bound", bound.ToName()).With("value", value.ToString(System.Globalization.CultureInfo.InvariantCulture))), "r.csv").ThrowIfInvalid()[0];

    [Theory]
    [InlineData(BoundKind.Under, 100, EnergyFigures.Checks.Verdict.Inconsistent)]
    [InlineData(BoundKind.Over, 200, EnergyFigures.Checks.Verdict.Inconsistent)]
    [InlineData(BoundKind.AtLeast, 127, EnergyFigures.Checks.Verdict.Indeterminate)]
    public void A_check_against_an_unbounded_reported_figure_has_a_verdict_and_no_margin(BoundKind bound, int value, EnergyFigures.Checks.Verdict verdict)
    {
        // Was: InvalidOperationException ("Nullable object must have a value") from the margin of an
        // unbounded reference (found by the escaping property test).
        var claim = Reported(BoundKind.Exact, 127m);
        var result = EnergyFigures.Checks.Checker.Check(claim, Reported(bound, value));
        Assert.Equal(verdict, result.Verdict);
        Assert.Null(result.Margin);
        Assert.Contains("Verdict:", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_check_between_figures_at_opposite_ends_of_the_decimal_range_does_not_overflow()
    {
        var result = EnergyFigures.Checks.Checker.Check(Reported(BoundKind.Exact, decimal.MaxValue), Reported(BoundKind.Exact, decimal.MinValue));
        Assert.Equal(EnergyFigures.Checks.Verdict.Inconsistent, result.Verdict);
        Assert.Null(result.Margin);
        var same = EnergyFigures.Checks.Checker.Check(Reported(BoundKind.Exact, decimal.MaxValue), Reported(BoundKind.Exact, decimal.MaxValue));
        Assert.Equal(EnergyFigures.Checks.Verdict.Consistent, same.Verdict);
        Assert.Equal(decimal.MaxValue, Numerics.Interval.Point(decimal.MaxValue).Midpoint);
        Assert.Equal(decimal.MaxValue - 1m, Numerics.Interval.Closed(decimal.MaxValue - 2m, decimal.MaxValue).Midpoint);
        Assert.Equal(0m, Numerics.Interval.Closed(decimal.MinValue, decimal.MaxValue).Midpoint);
    }
}
