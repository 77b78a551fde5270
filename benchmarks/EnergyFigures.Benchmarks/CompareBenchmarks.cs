using BenchmarkDotNet.Attributes;
using EnergyFigures.Derivation;
using EnergyFigures.Numerics;
using EnergyFigures.Units;

namespace EnergyFigures.Benchmarks;

/// <summary>How a claimed interval stands against a reference interval.</summary>
public enum Verdict
{
    /// <summary>The intervals share at least one value.</summary>
    Consistent,

    /// <summary>Every value of the claim is below the reference.</summary>
    Below,

    /// <summary>Every value of the claim is above the reference.</summary>
    Above,
}

/// <summary>
/// Converting and comparing one million figures with a reference value: for each, the figure converted to the
/// reference's unit, the difference (claim − reference), the ratio (claim ÷ reference) and a verdict. The figures
/// mix all eight bound kinds and three convertible units (USD/1000 m3, USD/m3, USD/mcm); the reference is
/// [170, 190] USD/1000 m3. One operation is one figure.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class CompareBenchmarks
{
    /// <summary>The number of figures of a full run.</summary>
    public const int FullCount = 1_000_000;

    private static readonly Unit[] Units = [Unit.Parse("USD/1000 m3"), Unit.Parse("USD/m3"), Unit.Parse("USD/mcm")];

    private Figure[] _figures = [];
    private Quantity _reference;
    private Dictionary<Unit, Interval> _factors = [];
    private DerivedFigure? _derivedReference;

    /// <summary>The number of figures (a smaller number for smoke tests).</summary>
    public int Count { get; set; } = FullCount;

    /// <summary>Builds the figures deterministically.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _reference = new Quantity(Interval.Closed(170m, 190m), Units[0]);
        _figures = new Figure[Count];
        ulong state = 42;
        for (int i = 0; i < _figures.Length; i++)
        {
            state = (state * 6364136223846793005UL) + 1442695040888963407UL;
            int r = (int)(state >> 33);
            var unitIndex = r % 10 < 7 ? 0 : (r % 10 < 9 ? 1 : 2);
            var unit = Units[unitIndex];

            // A price around 180 USD per 1,000 m3, in the figure's unit.
            decimal perThousand = 80m + ((r >> 4) % 2000 / 10m);
            decimal value = unitIndex switch { 0 => perThousand, 1 => perThousand / 1000m, _ => perThousand * 1000m };
            var bound = (BoundKind)((r >> 12) % 8);
            decimal? high = bound == BoundKind.Range ? value * 1.1m : null;
            decimal? tolerance = bound == BoundKind.PlusMinus ? value / 20m : null;
            _figures[i] = Figure.Create("synthetic", bound, value, unit, Scale.None, high, tolerance);
        }

        _factors = Units.ToDictionary(u => u, u => new Quantity(Interval.Point(1m), u).ConvertTo(Units[0]).Interval);
        _derivedReference = Derive.Given(_reference, "reference");
    }

    /// <summary>With the public operators: <see cref="Quantity.ConvertTo(Units.Unit)"/>, <c>-</c>, and interval division.</summary>
    /// <returns>A checksum of the verdicts (so nothing is optimised away).</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = FullCount)]
    public long QuantityOperators()
    {
        long sum = 0;
        var reference = _reference;
        foreach (var f in _figures)
        {
            var q = f.Quantity.ConvertTo(reference.Unit);
            var difference = q - reference;
            var ratio = q.Interval / reference.Interval;
            sum += Score(Judge(q.Interval, reference.Interval), difference.Interval, ratio);
        }

        return sum;
    }

    /// <summary>The same, with each unit's conversion factor computed once (what a bulk comparison would do).</summary>
    /// <returns>A checksum of the verdicts.</returns>
    [Benchmark(OperationsPerInvoke = FullCount)]
    public long CachedFactors()
    {
        long sum = 0;
        var reference = _reference.Interval;
        var target = _reference.Unit;
        foreach (var f in _figures)
        {
            var claim = f.Unit == target ? f.Interval : f.Interval * _factors[f.Unit];
            var difference = claim - reference;
            var ratio = claim / reference;
            sum += Score(Judge(claim, reference), difference, ratio);
        }

        return sum;
    }

    /// <summary>
    /// With the derivation API (<see cref="Compare"/>): each figure as a <see cref="DerivedFigure"/>, then
    /// <see cref="Compare.Difference"/> and <see cref="Compare.Ratio"/> (both with lineage) and
    /// <see cref="Compare.OrderingOf"/> of the difference.
    /// </summary>
    /// <returns>A checksum of the orderings.</returns>
    [Benchmark(OperationsPerInvoke = FullCount)]
    public long DerivedFigures()
    {
        long sum = 0;
        var reference = Derive.Given(_reference, "reference");
        foreach (var f in _figures)
        {
            var claim = Derive.Given(f.Quantity);
            var difference = Compare.Difference(claim, reference);
            var ratio = Compare.Ratio(claim, reference);
            sum += ((int)Compare.OrderingOf(difference.Interval) * 4) + (ratio.Interval.HasHigh ? 2 : 0) + 1;
        }

        return sum;
    }

    /// <summary>
    /// The batch API (<see cref="Compare.Batch(IReadOnlyList{Figure}, DerivedFigure, Assumption[])"/>): the same
    /// difference, ratio and ordering as <see cref="DerivedFigures"/>, without a derived figure per row.
    /// </summary>
    /// <returns>A checksum of the orderings (equal to <see cref="DerivedFigures"/>'s).</returns>
    [Benchmark(OperationsPerInvoke = FullCount)]
    public long BatchApi()
    {
        var batch = Compare.Batch(_figures, _derivedReference!);
        var ordering = batch.Ordering.Span;
        var ratio = batch.Ratio.Span;
        long sum = 0;
        for (int i = 0; i < ordering.Length; i++)
        {
            sum += ((int)ordering[i] * 4) + (ratio[i].HasHigh ? 2 : 0) + 1;
        }

        return sum;
    }

    /// <summary>The verdict for a claimed interval against a reference interval.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="reference">The reference.</param>
    /// <returns>The verdict.</returns>
    public static Verdict Judge(Interval claim, Interval reference)
    {
        if (claim.Overlaps(reference))
        {
            return Verdict.Consistent;
        }

        return claim.HasHigh && reference.HasLow && claim.High <= reference.Low ? Verdict.Below : Verdict.Above;
    }

    private static int Score(Verdict verdict, Interval difference, Interval ratio) =>
        ((int)verdict * 4) + (difference.HasLow ? 1 : 0) + (ratio.HasHigh ? 2 : 0);
}
