using System.Globalization;
using EnergyFigures.Claims;
using EnergyFigures.Numerics;
using EnergyFigures.Units;
using EnergyFigures.Errors;

namespace EnergyFigures.Derivation;

/// <summary>
/// The result of arithmetic, a conversion or a comparison on stated figures: a <see cref="Quantity"/>
/// (exact decimal interval and unit) with its lineage — the <see cref="Operation"/>, its
/// <see cref="Inputs"/> (claims, assumptions, given quantities and other derived figures), the
/// <see cref="Assumptions"/> applied and the modelling <see cref="Notes"/>. <see cref="Explain"/> says in
/// one sentence how it was computed, with citations. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Start from <see cref="Derive.From(Claim, string?)"/>, <see cref="Derive.From(Assumption)"/> or
/// <see cref="Derive.Given(Quantity, string?)"/>; combine with <c>+ - * /</c> (interval arithmetic,
/// conservative) and <see cref="ConvertTo(Unit, Assumption[])"/>; compare with <see cref="Compare"/>.
/// </remarks>
public sealed class DerivedFigure : IFormattable
{
    private DerivedFigure(
        Operation operation,
        Quantity quantity,
        DerivedFigure[] inputs,
        Assumption[] assumptions,
        string[] notes,
        Claim? claim,
        string? label,
        Ordering? ordering)
    {
        Operation = operation;
        Quantity = quantity;
        Inputs = inputs;
        Assumptions = assumptions;
        Notes = notes;
        Claim = claim;
        Label = label;
        Ordering = ordering;
    }

    /// <summary>How this figure was obtained.</summary>
    public Operation Operation { get; }

    /// <summary>The value: an interval with its unit.</summary>
    public Quantity Quantity { get; }

    /// <summary>The interval of <see cref="Quantity"/>.</summary>
    public Interval Interval => Quantity.Interval;

    /// <summary>The unit of <see cref="Quantity"/>.</summary>
    public Unit Unit => Quantity.Unit;

    /// <summary>The operands, in order (empty for a leaf).</summary>
    public IReadOnlyList<DerivedFigure> Inputs { get; }

    /// <summary>The sourced assumptions applied at this step (a conversion's energy content or exchange rate; for an <see cref="Operation.Assumption"/> leaf, the assumption itself).</summary>
    public IReadOnlyList<Assumption> Assumptions { get; }

    /// <summary>Modelling assumptions made at this step, in words (e.g. that prices are positive).</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>The claim, for an <see cref="Operation.Claim"/> leaf; otherwise null.</summary>
    public Claim? Claim { get; }

    /// <summary>A name for a leaf in explanations (e.g. <c>European spot prices</c>); null when none was given.</summary>
    public string? Label { get; }

    /// <summary>The answer of an <see cref="Operation.Order"/> comparison; null for other operations.</summary>
    public Ordering? Ordering { get; }

    /// <summary>Whether this is a claim, an assumption or a given quantity rather than a computation.</summary>
    public bool IsLeaf => Inputs.Count == 0;

    internal static DerivedFigure FromClaim(Claim claim, string? label) =>
        new(Operation.Claim, claim.Figure.Quantity, [], [], [], claim, label, null);

    internal static DerivedFigure FromAssumption(Assumption assumption) =>
        new(Operation.Assumption, assumption.Value, [], [assumption], [], null, null, null);

    internal static DerivedFigure FromGiven(Quantity quantity, string? label) =>
        new(Operation.Given, quantity, [], [], [], null, label, null);

    internal static DerivedFigure Node(Operation operation, Quantity quantity, DerivedFigure[] inputs, Assumption[]? assumptions = null, string[]? notes = null, Ordering? ordering = null) =>
        new(operation, new Quantity(Normalize(quantity.Interval), quantity.Unit), inputs, assumptions ?? [], notes ?? [], null, null, ordering);

    /// <summary>Drops trailing zeros of computed ends (27.00 → 27); the numbers are unchanged.</summary>
    private static Interval Normalize(Interval i) => i.WithoutTrailingZeros();

    // ---- arithmetic ----

    /// <summary>
    /// Converts to <paramref name="target"/>: by the exact factor for units of the same dimensions, else
    /// through the <paramref name="assumptions"/> (see <see cref="Quantity.ConvertTo(Unit, Assumption[])"/>).
    /// The assumptions used are recorded in the lineage.
    /// </summary>
    /// <param name="target">The target unit.</param>
    /// <param name="assumptions">Assumptions that may be used (gas energy content, exchange rates).</param>
    /// <returns>The converted figure (this figure itself when already in <paramref name="target"/>).</returns>
    /// <exception cref="EnergyFiguresException">An assumption is missing (<see cref="ErrorCodes.MissingAssumption"/>, naming it), or the units cannot be bridged.</exception>
    public DerivedFigure ConvertTo(Unit target, params Assumption[] assumptions)
    {
        ArgumentNullException.ThrowIfNull(target);
        // A conversion to a unit of the same dimensions is by the exact factor and uses no assumption, so it depends on
        // the target alone: it is made once per target unit (the same instance: the result carries it) and kept.
        var conversions = _conversions;
        if (conversions is not null)
        {
            foreach (var c in conversions)
            {
                if (ReferenceEquals(c.Unit, target))
                {
                    return c;
                }
            }
        }

        if (Unit == target)
        {
            return this;
        }

        if (!Unit.IsConvertibleTo(target))
        {
            var q = AssumptionBridge.Convert(Quantity, target, assumptions ?? [], out var used);
            return Node(Operation.Convert, q, [this], used.Select(s => s.Assumption).ToArray());
        }

        var converted = Node(Operation.Convert, Quantity.ConvertTo(target), [this], []);
        _conversions = conversions is null || conversions.Length >= MaxConversionsKept ? [converted] : [.. conversions, converted];
        return converted;
    }

    /// <summary>How many conversions to units of the same dimensions a figure keeps (<see cref="ConvertTo(Unit, Assumption[])"/>).</summary>
    private const int MaxConversionsKept = 8;

    /// <summary>
    /// This figure converted to units of the same dimensions, each a <see cref="Operation.Convert"/> node over this
    /// figure: immutable, and shared by every derivation that converts this figure to that unit. The array is
    /// replaced, never changed, so readers on other threads see a complete one.
    /// </summary>
    private DerivedFigure[]? _conversions;

    /// <summary>Converts to the unit written as text (e.g. <c>USD/year</c>); see <see cref="ConvertTo(Unit, Assumption[])"/>.</summary>
    /// <param name="target">The target unit's text.</param>
    /// <param name="assumptions">Assumptions that may be used.</param>
    /// <returns>The converted figure.</returns>
    public DerivedFigure ConvertTo(string target, params Assumption[] assumptions) => ConvertTo(Unit.Parse(target), assumptions);

    /// <summary>Adds <paramref name="other"/>, converted to this figure's unit (through <paramref name="assumptions"/> when the dimensions differ, e.g. a currency).</summary>
    /// <param name="other">The other figure.</param>
    /// <param name="assumptions">Assumptions for the conversion, if one is needed.</param>
    /// <returns>The sum, in this figure's unit.</returns>
    /// <exception cref="EnergyFiguresException">Percent with percentage points (<see cref="ErrorCodes.PercentVersusPoints"/>), or a conversion is impossible or lacks an assumption.</exception>
    public DerivedFigure Add(DerivedFigure other, params Assumption[] assumptions)
    {
        var b = Align(other, Unit, assumptions);
        return Node(Operation.Add, Quantity + b.Quantity, [this, b]);
    }

    /// <summary>Subtracts <paramref name="other"/>, converted to this figure's unit; the difference of two percentages is in percentage points.</summary>
    /// <param name="other">The figure subtracted.</param>
    /// <param name="assumptions">Assumptions for the conversion, if one is needed.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="EnergyFiguresException">Percent with percentage points (<see cref="ErrorCodes.PercentVersusPoints"/>), or a conversion is impossible or lacks an assumption.</exception>
    public DerivedFigure Subtract(DerivedFigure other, params Assumption[] assumptions)
    {
        var b = Align(other, Unit, assumptions);
        return Node(Operation.Subtract, Quantity - b.Quantity, [this, b]);
    }

    /// <summary>Multiplies (price × volume = money; rate × principal = money per period).</summary>
    /// <param name="other">The other figure.</param>
    /// <returns>The product, in the product unit (convert it with <see cref="ConvertTo(Unit, Assumption[])"/>).</returns>
    public DerivedFigure Multiply(DerivedFigure other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Node(Operation.Multiply, Quantity * other.Quantity, [this, other]);
    }

    /// <summary>Divides; a divisor interval that contains zero gives an unbounded result, never a wrong finite one (see <see cref="Interval.Divide"/>).</summary>
    /// <param name="other">The divisor.</param>
    /// <returns>The quotient, in the quotient unit.</returns>
    /// <exception cref="EnergyFiguresException">The divisor is exactly zero (<see cref="ErrorCodes.DivisionByZero"/>).</exception>
    public DerivedFigure Divide(DerivedFigure other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Node(Operation.Divide, Quantity / other.Quantity, [this, other]);
    }

    /// <summary>The figure negated.</summary>
    /// <returns>The negation.</returns>
    public DerivedFigure Negate() => Node(Operation.Negate, -Quantity, [this]);

    /// <summary>Sum; see <see cref="Add"/>.</summary>
    /// <param name="a">Left.</param>
    /// <param name="b">Right.</param>
    /// <returns>The sum.</returns>
    public static DerivedFigure operator +(DerivedFigure a, DerivedFigure b)
    {
        ArgumentNullException.ThrowIfNull(a);
        return a.Add(b);
    }

    /// <summary>Difference; see <see cref="Subtract"/>.</summary>
    /// <param name="a">Left.</param>
    /// <param name="b">Right.</param>
    /// <returns>The difference.</returns>
    public static DerivedFigure operator -(DerivedFigure a, DerivedFigure b)
    {
        ArgumentNullException.ThrowIfNull(a);
        return a.Subtract(b);
    }

    /// <summary>Product; see <see cref="Multiply"/>.</summary>
    /// <param name="a">Left.</param>
    /// <param name="b">Right.</param>
    /// <returns>The product.</returns>
    public static DerivedFigure operator *(DerivedFigure a, DerivedFigure b)
    {
        ArgumentNullException.ThrowIfNull(a);
        return a.Multiply(b);
    }

    /// <summary>Quotient; see <see cref="Divide"/>.</summary>
    /// <param name="a">Dividend.</param>
    /// <param name="b">Divisor.</param>
    /// <returns>The quotient.</returns>
    public static DerivedFigure operator /(DerivedFigure a, DerivedFigure b)
    {
        ArgumentNullException.ThrowIfNull(a);
        return a.Divide(b);
    }

    /// <summary>Negation.</summary>
    /// <param name="a">The figure.</param>
    /// <returns>The negation.</returns>
    public static DerivedFigure operator -(DerivedFigure a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return a.Negate();
    }

    internal static DerivedFigure Align(DerivedFigure other, Unit unit, Assumption[]? assumptions)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Unit == unit || other.Unit.IsConvertibleTo(unit) || assumptions is null || assumptions.Length == 0)
        {
            // Same dimensions: Quantity converts by the exact factor; otherwise Quantity's operators throw the coded error.
            return other;
        }

        return other.ConvertTo(unit, assumptions);
    }

    // ---- lineage ----

    /// <summary>Every claim this figure rests on, recursively, each once, in order of first use.</summary>
    /// <returns>The claims.</returns>
    public IReadOnlyList<Claim> Claims() => Walk().Where(n => n.Claim is not null).Select(n => n.Claim!).Distinct().ToArray();

    /// <summary>Every sourced assumption this figure rests on, recursively, each once, in order of first use.</summary>
    /// <returns>The assumptions.</returns>
    public IReadOnlyList<Assumption> AllAssumptions() => Walk().SelectMany(n => n.Assumptions).Distinct().ToArray();

    /// <summary>Every modelling note, recursively, each once (e.g. that prices are positive).</summary>
    /// <returns>The notes.</returns>
    public IReadOnlyList<string> AllNotes() => Walk().SelectMany(n => n.Notes).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>
    /// Every citation this figure rests on, recursively, each once: for each claim, the publication it
    /// appeared in (outlet, title and date, quoting the claimant and through whom it was relayed); for each
    /// assumption, its <see cref="Assumption.Source"/>.
    /// </summary>
    /// <returns>The citations.</returns>
    public IReadOnlyList<Citation> Citations()
    {
        var list = new List<Citation>();
        foreach (var n in Walk())
        {
            if (n.Claim is { } c)
            {
                var a = c.FirstAppearance;
                var via = a.ReportedBy.Count > 0 ? " via " + string.Join(" and ", a.ReportedBy) : string.Empty;
                var author = a.Source.Author is null ? string.Empty : a.Source.Author + ", ";
                var title = string.Create(CultureInfo.InvariantCulture, $"{author}{a.Source.Title} ({a.Source.Date}), quoting {c.Claimant.Name}{via}");
                Add(new Citation(a.Source.Outlet, title, a.Source.Url));
            }

            foreach (var s in n.Assumptions)
            {
                Add(s.Source);
            }
        }

        return list;

        void Add(Citation citation)
        {
            if (!list.Contains(citation))
            {
                list.Add(citation);
            }
        }
    }

    /// <summary>
    /// One sentence saying how the figure was computed, with citations, e.g. "$127 per 1,000 m³ (Alexander
    /// Lukashenko, via BelTA, in Global Research, 2020-02-06) is more than 27% above a value stated as under
    /// $100 per 1,000 m³ (same source), assuming prices are positive …". Computed numbers longer than six
    /// significant digits are rounded to four, outward, so the sentence stays true of the exact result.
    /// </summary>
    /// <returns>The sentence.</returns>
    public string Explain() => Explainer.Explain(this);

    private IEnumerable<DerivedFigure> Walk()
    {
        yield return this;
        foreach (var input in Inputs)
        {
            foreach (var n in input.Walk())
            {
                yield return n;
            }
        }
    }

    /// <summary>The interval and unit for people (<see cref="Formatting.Readable"/>), e.g. <c>($27, +∞) per 1,000 m³</c>, <c>≈ [$16.66 billion, $25.00 billion]</c>, <c>[2.5, 4.5] pp/year</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Quantity.ToString();

    /// <summary>The interval and unit: as <see cref="Quantity.ToString(string?, IFormatProvider?)"/> (null or "G" for people, "E" exact, else a decimal format for the ends).</summary>
    /// <param name="format">null, "G", "E", or a decimal format for the ends.</param>
    /// <param name="formatProvider">Culture for numbers; null means invariant.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider) => Quantity.ToString(format, formatProvider);
}
