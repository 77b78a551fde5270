using EnergyFigures.Checks;
using EnergyFigures.Claims;
using EnergyFigures.Csv;
using EnergyFigures.Derivation;
using EnergyFigures.Reference;
using EnergyFigures.Units;
using EnergyFigures.Errors;
using static EnergyFigures.Tests.Csv.CsvFixtures;

namespace EnergyFigures.Tests.Model;

/// <summary>Comparison claims: "a price equal to another", "higher than", with or without a number.</summary>
public class ComparisonClaimTests
{
    private static Claim Comparison(string text, string bound, string value, string unit = "percent", string id = "cmp") =>
        Assert.Single(ClaimsCsv.ValidateText(
            BuildCsv(ValidRow(id)
                .With("subject", "Price of gas for A")
                .With("compared_with", "Price of gas for B")
                .With("text", text).With("bound", bound).With("value", value).With("unit", unit)
                .With("quote", $"A pays {text} B.")),
            "claims.csv").Claims);

    private static Claim Level(string id, decimal value, string unit = "USD/1000 m3") =>
        Assert.Single(ClaimsCsv.ValidateText(
            BuildCsv(ValidRow(id).With("text", $"{value} dollars").With("value", value.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .With("unit", unit).With("quote", $"It was {value} dollars.")),
            "ref.csv").Claims);

    [Theory]
    [InlineData("the same price as", "exact", "0", ComparisonRelation.Equal)]
    [InlineData("a higher price than", "over", "0", ComparisonRelation.Greater)]
    [InlineData("more cheaply than", "under", "0", ComparisonRelation.Less)]
    [InlineData("no more than", "at_most", "0", ComparisonRelation.AtMost)]
    [InlineData("20% more than", "exact", "20", ComparisonRelation.Difference)]
    public void The_relation_is_read_from_the_bound_of_the_difference(string text, string bound, string value, ComparisonRelation relation)
    {
        var c = Comparison(text, bound, value);
        Assert.Equal("Price of gas for B", c.ComparedWith);
        var cmp = c.Comparison!;
        Assert.Equal(relation, cmp.Relation);
        Assert.True(cmp.IsRelative);
        Assert.Equal("Price of gas for A", cmp.Left);
        Assert.False(Comparison(text, bound, value, "USD/1000 m3").Comparison!.IsRelative);
    }

    [Fact]
    public void A_level_claim_states_no_comparison()
    {
        var level = Level("a", 127m);
        Assert.Null(level.Comparison);
        Assert.Equal(ErrorCodes.NotAComparison, Assert.Throws<EnergyFiguresException>(() => Claims.Comparison.Of(level)).Code);
    }

    [Fact]
    public void Compared_with_round_trips_and_must_agree_on_every_row_of_a_claim()
    {
        var c = Comparison("a higher price than", "over", "0");
        var back = Assert.Single(ClaimsCsv.ValidateText(ClaimsCsv.WriteToString([c]), "x.csv").Claims);
        Assert.Equal(c, back);

        var row = ValidRow("cmp").With("compared_with", "B").With("text", "higher than").With("bound", "over").With("value", "0").With("unit", "percent").With("quote", "higher than");
        var report = ClaimsCsv.ValidateText(BuildCsv(row, row.With("compared_with", "C").With("source_title", "Another")), "claims.csv");
        var d = Assert.Single(report.Diagnostics);
        Assert.Equal(ErrorCodes.ConflictingRows, d.Code);
        Assert.Equal("compared_with", d.Field);
    }

    [Fact]
    public void Compare_refuses_a_comparison_as_a_level_and_computes_the_relation_from_both_sides()
    {
        var higher = Comparison("a higher price than", "over", "0");
        var e = Assert.Throws<EnergyFiguresException>(() => Compare.Difference(Derive.From(higher), Derive.From(Level("b", 100m))));
        Assert.Equal(ErrorCodes.ComparisonMismatch, e.Code);
        Assert.Equal(ErrorCodes.ComparisonMismatch, Assert.Throws<EnergyFiguresException>(() => Compare.Order(Derive.From(Level("b", 100m)), Derive.From(higher))).Code);

        var d = Compare.Relation(higher, Derive.From(Level("a", 127m)), Derive.From(Level("b", 100m)));
        Assert.Equal(Unit.Percent, d.Unit);
        Assert.Equal(27m, d.Interval.Low);
        Assert.Equal(Ordering.CertainlyGreater, d.Ordering);
        Assert.True(Compare.Holds(higher, d));

        var lower = Compare.Relation(higher, Derive.From(Level("a", 127m)), Derive.From(Level("b", 203m)));
        Assert.False(Compare.Holds(higher, lower));

        var absolute = Comparison("the same price as", "exact", "0", "USD/1000 m3");
        var same = Compare.Relation(absolute, Derive.From(Level("a", 127m)), Derive.From(Level("b", 127m)));
        Assert.True(Compare.Holds(absolute, same));
        Assert.Equal(0m, same.Interval.Low);
    }

    [Fact]
    public void A_comparison_check_can_come_out_either_way()
    {
        var higher = Comparison("a higher price than", "over", "0");
        var a = ComparisonSide.Reported(Level("a", 127m));
        Assert.Equal(Verdict.Consistent, Checker.CheckComparison(higher, a, ComparisonSide.Reported(Level("b", 100m))).Verdict);
        Assert.Equal(Verdict.Inconsistent, Checker.CheckComparison(higher, a, ComparisonSide.Reported(Level("b", 203m))).Verdict);
        Assert.Equal(Verdict.Inconsistent, Checker.CheckComparison(higher, a, ComparisonSide.Reported(Level("b", 127m))).Verdict);

        // Against a series: 127 against the February 2020 European mean (≈ 99.22 at BP's factor) is ≈ 28% higher.
        var spot = ComparisonSide.FromSeries(ReferenceLibrary.Shipped.Get("worldbank.NGAS_EUR"), Period.Month(2020, 2));
        var r = Checker.CheckComparison(higher, a, spot);
        Assert.Equal(Verdict.Consistent, r.Verdict);
        Assert.Equal("a − worldbank.NGAS_EUR", r.ReferenceId);
        Assert.Equal(2, r.ReferenceValues.Count);
        Assert.Contains("(left ÷ right − 1) × 100", r.Explanation, StringComparison.Ordinal);

        // Over an uncertain right side (120–130) both "higher" and "equal" are undecided: the difference straddles 0.
        var equal = Comparison("the same price as", "exact", "0");
        var range = Assert.Single(ClaimsCsv.ValidateText(BuildCsv(ValidRow("c").With("text", "120 to 130").With("bound", "range").With("value", "120").With("value_high", "130").With("quote", "120 to 130")), "r.csv").Claims);
        Assert.Equal(Verdict.Indeterminate, Checker.CheckComparison(higher, a, ComparisonSide.Reported(range)).Verdict);
        Assert.Equal(Verdict.Indeterminate, Checker.CheckComparison(equal, a, ComparisonSide.Reported(range)).Verdict);
        Assert.Equal(Verdict.Consistent, Checker.CheckComparison(equal, a, ComparisonSide.Reported(Level("b", 127m))).Verdict);
        Assert.Equal(Verdict.Inconsistent, Checker.CheckComparison(equal, a, ComparisonSide.Reported(Level("b", 128m))).Verdict);
    }

    [Fact]
    public void A_comparison_is_not_checked_against_a_level_nor_a_level_against_a_comparison()
    {
        var higher = Comparison("a higher price than", "over", "0");
        Assert.Equal(ErrorCodes.ComparisonMismatch, Assert.Throws<EnergyFiguresException>(() => Checker.Check(higher, ReferenceLibrary.Shipped.Get("worldbank.NGAS_EUR"))).Code);
        Assert.Equal(ErrorCodes.ComparisonMismatch, Assert.Throws<EnergyFiguresException>(() => Checker.Check(higher, Level("b", 100m))).Code);
        Assert.Equal(ErrorCodes.ComparisonMismatch, Assert.Throws<EnergyFiguresException>(() => Checker.Check(Level("b", 100m), higher)).Code);
        Assert.Equal(ErrorCodes.ComparisonMismatch, Assert.Throws<EnergyFiguresException>(() => ComparisonSide.Reported(higher)).Code);

        // A comparison against a reported comparison uses the ordinary rules.
        var reported = Comparison("more than twice", "over", "100", id: "rep");
        Assert.Equal(Verdict.Consistent, Checker.Check(higher, reported).Verdict);
        Assert.Equal(Verdict.Inconsistent, Checker.Check(Comparison("the same price as", "exact", "0"), reported).Verdict);
    }
}
