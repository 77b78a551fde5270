using EnergyFigures.Claims;
using EnergyFigures.Csv;
using EnergyFigures.Derivation;
using EnergyFigures.Numerics;
using EnergyFigures.Units;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Interval = EnergyFigures.Numerics.Interval;

namespace EnergyFigures.Tests.Arithmetic;

/// <summary>The batch comparison gives, row by row, exactly what the scalar comparisons give.</summary>
public class BatchCompareTests
{
    private static readonly Unit[] Units = [Unit.Parse("USD/1000 m3"), Unit.Parse("USD/m3"), Unit.Parse("USD/mcm"), Unit.Parse("percent/year")];

    private static Figure RandomFigure(Random rnd, bool percent)
    {
        var unit = percent ? Units[3] : Units[rnd.Next(3)];
        var bound = (BoundKind)rnd.Next(8);
        decimal value = rnd.Next(-200, 200_000) / (decimal)Math.Pow(10, rnd.Next(0, 5));
        decimal? high = bound == BoundKind.Range ? value + (rnd.Next(0, 1000) / 7m) : null;
        decimal? tolerance = bound == BoundKind.PlusMinus || (bound == BoundKind.Approximately && rnd.Next(2) == 0) ? rnd.Next(1, 100) / 3m : null;
        var scale = rnd.Next(4) == 0 ? Scale.Thousand : Scale.None;
        return Figure.Create("x", bound, value, unit, scale, high, tolerance);
    }

    [Property(MaxTest = 200)]
    public Property Batch_results_equal_the_scalar_comparisons() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
        {
            var rnd = new Random(seed);
            bool percent = rnd.Next(5) == 0;
            var figures = Enumerable.Range(0, rnd.Next(1, 40)).Select(_ => RandomFigure(rnd, percent)).ToArray();
            var refFigure = RandomFigure(rnd, percent);
            if (refFigure.Interval.Intersect(Interval.Above(0m, inclusive: false)).IsEmpty)
            {
                refFigure = Figure.Create("ref", BoundKind.Under, 190m, refFigure.Unit);
            }

            var reference = Derive.Given(refFigure.Quantity, "reference");
            var batch = Compare.Batch(figures, reference);
            for (int i = 0; i < figures.Length; i++)
            {
                var a = Derive.Given(figures[i].Quantity);
                var difference = Compare.Difference(a, reference);
                var ratio = Compare.Ratio(a, reference);
                if (batch.Difference.Span[i] != difference.Interval || batch.DifferenceUnit.Span[i] != difference.Unit
                    || batch.Ratio.Span[i] != ratio.Interval || batch.Ordering.Span[i] != Compare.OrderingOf(difference.Interval)
                    || batch.RatioAssumedPositive.Span[i] != (ratio.Notes.Count > 0)
                    || batch.DifferenceFigure(i).Interval != difference.Interval)
                {
                    return false;
                }
            }

            return true;
        });

    [Fact]
    public void A_batch_over_a_claim_sets_columns_compares_each_claim_as_the_scalar_API_does()
    {
        var set = ClaimsCsv.Validate(new MemoryStream(EnergyFigures.Benchmarks.ClaimsFileGenerator.GenerateBytes(600)), "g.csv").ThrowIfInvalid();
        var gas = set.Where(c => c.Figure.Unit == Units[0]);
        var reference = Derive.Given(Quantity.Exactly(180m, Units[0]), "reference");
        var batch = Compare.Batch(gas.Columns, reference);
        Assert.Equal(gas.Count, batch.Count);
        for (int i = 0; i < gas.Count; i++)
        {
            var difference = Compare.Difference(Derive.From(gas[i]), reference);
            Assert.Equal(difference.Interval, batch.Difference.Span[i]);
            Assert.Equal(Compare.Ratio(Derive.From(gas[i]), reference).Interval, batch.Ratio.Span[i]);
        }
    }
}
