using EnergyFigures.Claims;
using EnergyFigures.Numerics;
using EnergyFigures.Units;
using EnergyFigures.Errors;

namespace EnergyFigures.Derivation;

public static partial class Compare
{
    /// <summary>
    /// Compares every claim of a set's columns with one reference, as a batch: for claim <c>k</c>, the same
    /// difference, ratio and ordering as <see cref="Difference"/>, <see cref="Ratio"/> and <see cref="OrderingOf"/>
    /// give for <c>Derive.Given(claim)</c> and <paramref name="reference"/> (the same outward-rounded intervals),
    /// without a <see cref="DerivedFigure"/> per claim: the reference is converted once per distinct unit.
    /// </summary>
    /// <param name="claims">The claims' columns (<see cref="ClaimSet.Columns"/>).</param>
    /// <param name="reference">The reference every claim is compared with.</param>
    /// <param name="assumptions">Assumptions to convert the reference to a claim's unit, when needed.</param>
    /// <returns>The comparisons, one per claim, in the set's order.</returns>
    /// <exception cref="EnergyFiguresException">As the scalar comparisons: a claim states a comparison (<see cref="ErrorCodes.ComparisonMismatch"/>), a unit cannot be brought together with the reference's, or the reference has no positive value.</exception>
    public static ComparisonBatch Batch(ClaimColumns claims, DerivedFigure reference, params Assumption[] assumptions)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(reference);
        var starts = claims.ClaimStarts.Span;
        var intervals = new Interval[claims.ClaimCount];
        var units = new Unit[claims.ClaimCount];
        for (int k = 0; k < claims.ClaimCount; k++)
        {
            int r = starts[k];
            if (!claims.ComparedWith.IsNull(r))
            {
                EnsureLevel(Derive.From(claims.CreateClaim(k)));
            }

            intervals[k] = Figure.ComputeInterval(claims.Bound.Span[r], claims.Value.Span[r], claims.ValueHigh.Span[r], claims.Tolerance.Span[r], claims.Scale.Span[r]);
            units[k] = claims.Unit[r];
        }

        return ComparisonBatch.Create(new ArrayRows(intervals, units), reference, assumptions ?? [], k => Derive.From(claims.CreateClaim(k)));
    }

    /// <summary>
    /// Compares figures with one reference, as a batch (see <see cref="Batch(ClaimColumns, DerivedFigure, Assumption[])"/>):
    /// for figure <c>i</c>, what the scalar comparisons give for <c>Derive.Given(figures[i].Quantity)</c>.
    /// </summary>
    /// <param name="figures">The figures.</param>
    /// <param name="reference">The reference.</param>
    /// <param name="assumptions">Assumptions to convert the reference to a figure's unit, when needed.</param>
    /// <returns>The comparisons, one per figure.</returns>
    public static ComparisonBatch Batch(IReadOnlyList<Figure> figures, DerivedFigure reference, params Assumption[] assumptions)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(reference);
        if (figures is Figure[] array && Array.IndexOf(array, null) < 0)
        {
            // Read in place (no copies of the intervals and units); a null figure is left to the copy below, which
            // meets it before comparing anything.
            return ComparisonBatch.Create(new FigureRows(array), reference, assumptions ?? [], i => Derive.Given(array[i].Quantity));
        }

        var intervals = new Interval[figures.Count];
        var units = new Unit[figures.Count];
        for (int i = 0; i < intervals.Length; i++)
        {
            intervals[i] = figures[i].Interval;
            units[i] = figures[i].Unit;
        }

        return ComparisonBatch.Create(new ArrayRows(intervals, units), reference, assumptions ?? [], i => Derive.Given(figures[i].Quantity));
    }

    /// <summary>The rows a batch compares: each row's interval and unit.</summary>
    internal interface IBatchRows
    {
        /// <summary>Gets the number of rows.</summary>
        int Count { get; }

        /// <summary>Row <paramref name="i"/>'s interval.</summary>
        /// <param name="i">The row.</param>
        /// <returns>The interval.</returns>
        Interval IntervalAt(int i);

        /// <summary>Row <paramref name="i"/>'s unit.</summary>
        /// <param name="i">The row.</param>
        /// <returns>The unit.</returns>
        Unit UnitAt(int i);
    }

    /// <summary>Rows given as arrays of intervals and units.</summary>
    internal readonly struct ArrayRows(Interval[] intervals, Unit[] units) : IBatchRows
    {
        public int Count => intervals.Length;

        public Interval IntervalAt(int i) => intervals[i];

        public Unit UnitAt(int i) => units[i];
    }

    /// <summary>Rows read in place from an array of figures (none null).</summary>
    internal readonly struct FigureRows(Figure[] figures) : IBatchRows
    {
        public int Count => figures.Length;

        public Interval IntervalAt(int i) => figures[i].Interval;

        public Unit UnitAt(int i) => figures[i].Unit;
    }

    /// <summary>The reference in one unit: the difference's unit, the aligned reference and the ratio's denominator.</summary>
    internal sealed record BatchUnit(DerivedFigure Aligned, Unit DifferenceUnit, Interval Denominator, bool AssumedPositive);

    internal static BatchUnit AlignForBatch(DerivedFigure reference, Unit unit, Assumption[] assumptions)
    {
        var bb = AlignStrict(reference, unit, assumptions);
        var differenceUnit = (Quantity.Exactly(0m, unit) - bb.Quantity).Unit;
        var den = Positive(bb, out var notes);
        return new BatchUnit(bb, differenceUnit, den, notes.Length > 0);
    }
}

/// <summary>
/// Comparisons of many figures with one reference (<see cref="Compare.Batch(ClaimColumns, DerivedFigure, Assumption[])"/>):
/// per row the difference (row − reference, in the row's unit; percentage points for percentages), the ratio
/// (row ÷ reference, the reference's positive part when it is not known to be positive) and the ordering — the
/// same outward-rounded intervals as the scalar <see cref="Compare"/> methods. A <see cref="DerivedFigure"/> with
/// lineage is made only for a row that asks (<see cref="DifferenceFigure"/>, <see cref="RatioFigure"/>).
/// </summary>
public sealed class ComparisonBatch
{
    private readonly Interval[] _difference;
    private readonly Interval[] _ratio;
    private readonly Ordering[] _ordering;
    private readonly Unit[] _differenceUnit;
    private readonly bool[] _assumedPositive;
    private readonly Assumption[] _assumptions;
    private readonly Func<int, DerivedFigure> _row;

    private ComparisonBatch(DerivedFigure reference, Assumption[] assumptions, Func<int, DerivedFigure> row, Interval[] difference, Interval[] ratio, Ordering[] ordering, Unit[] differenceUnit, bool[] assumedPositive)
    {
        Reference = reference;
        _assumptions = assumptions;
        _row = row;
        _difference = difference;
        _ratio = ratio;
        _ordering = ordering;
        _differenceUnit = differenceUnit;
        _assumedPositive = assumedPositive;
    }

    /// <summary>Compares every row with the reference, converted once per distinct unit.</summary>
    internal static ComparisonBatch Create<TRows>(TRows rows, DerivedFigure reference, Assumption[] assumptions, Func<int, DerivedFigure> row)
        where TRows : struct, Compare.IBatchRows
    {
        int n = rows.Count;

        // Every element is written below before the batch is returned, so the arrays need not be cleared first.
        var differences = GC.AllocateUninitializedArray<Interval>(n);
        var ratios = GC.AllocateUninitializedArray<Interval>(n);
        var orderings = GC.AllocateUninitializedArray<Ordering>(n);
        var differenceUnits = new Unit[n];
        var assumedPositive = GC.AllocateUninitializedArray<bool>(n);
        Compare.BatchUnit? last = null;
        Unit? lastUnit = null;
        var perUnit = new Dictionary<Unit, Compare.BatchUnit>();
        for (int i = 0; i < n; i++)
        {
            var unit = rows.UnitAt(i);
            if (!ReferenceEquals(unit, lastUnit))
            {
                if (!perUnit.TryGetValue(unit, out last))
                {
                    last = Compare.AlignForBatch(reference, unit, assumptions);
                    perUnit[unit] = last;
                }

                lastUnit = unit;
            }

            var claim = rows.IntervalAt(i);
            var difference = claim - last!.Aligned.Interval;
            differences[i] = difference;
            ratios[i] = claim / last.Denominator;
            orderings[i] = Compare.OrderingOf(difference);
            differenceUnits[i] = last.DifferenceUnit;
            assumedPositive[i] = last.AssumedPositive;
        }

        return new ComparisonBatch(reference, assumptions, row, differences, ratios, orderings, differenceUnits, assumedPositive);
    }

    /// <summary>The number of rows.</summary>
    public int Count => _difference.Length;

    /// <summary>The reference.</summary>
    public DerivedFigure Reference { get; }

    /// <summary>Row − reference, in <see cref="DifferenceUnit"/>.</summary>
    public ReadOnlyMemory<Interval> Difference => _difference;

    /// <summary>The unit of each difference: the row's unit (percentage points for a percentage).</summary>
    public ReadOnlyMemory<Unit> DifferenceUnit => _differenceUnit;

    /// <summary>Row ÷ reference, a plain ratio.</summary>
    public ReadOnlyMemory<Interval> Ratio => _ratio;

    /// <summary>Whether the ratio used only the reference's positive part (the assumption <see cref="Compare.PositivePrices"/>).</summary>
    public ReadOnlyMemory<bool> RatioAssumedPositive => _assumedPositive;

    /// <summary>The ordering each difference implies.</summary>
    public ReadOnlyMemory<Ordering> Ordering => _ordering;

    /// <summary>The difference of one row with its lineage, as <see cref="Compare.Difference"/> gives it.</summary>
    /// <param name="row">The row.</param>
    /// <returns>The derived figure.</returns>
    public DerivedFigure DifferenceFigure(int row) => Compare.Difference(_row(CheckRow(row)), Reference, _assumptions);

    /// <summary>The ratio of one row with its lineage, as <see cref="Compare.Ratio"/> gives it.</summary>
    /// <param name="row">The row.</param>
    /// <returns>The derived figure.</returns>
    public DerivedFigure RatioFigure(int row) => Compare.Ratio(_row(CheckRow(row)), Reference, _assumptions);

    private int CheckRow(int row) => row >= 0 && row < Count ? row : throw new ArgumentOutOfRangeException(nameof(row));
}
