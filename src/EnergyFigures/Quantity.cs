using System.Globalization;
using EnergyFigures.Numerics;
using EnergyFigures.Units;
using EnergyFigures.Errors;
using EnergyFigures.Reference;

namespace EnergyFigures;

/// <summary>
/// An interval of exact decimals with a unit: the value type figures compute with. Operators follow unit
/// algebra (price × volume = money; money ÷ money = ratio) and interval arithmetic (the true value is
/// never outside the result). Addition and subtraction need convertible units; currencies never convert
/// without an exchange rate, and percent never mixes with percentage points.
/// </summary>
/// <remarks>
/// <c>default(Quantity)</c> has no unit: reading its <see cref="Unit"/> (and so every operation on it) throws
/// <see cref="ErrorCodes.InvalidState"/> instead of a <see cref="NullReferenceException"/>.
/// </remarks>
public readonly record struct Quantity : IFormattable
{
    private readonly Unit? _unit;

    /// <summary>A quantity.</summary>
    /// <param name="interval">The interval.</param>
    /// <param name="unit">The unit.</param>
    public Quantity(Interval interval, Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        Interval = interval;
        _unit = unit;
    }

    /// <summary>The interval.</summary>
    public Interval Interval { get; init; }

    /// <summary>The unit.</summary>
    /// <exception cref="EnergyFiguresException">The quantity is <c>default(Quantity)</c> (<see cref="ErrorCodes.InvalidState"/>).</exception>
    public Unit Unit
    {
        get => _unit ?? throw new EnergyFiguresException(ErrorCodes.InvalidState, "This quantity is default(Quantity): it has no unit. Expected a quantity made with new Quantity(interval, unit) or Quantity.Exactly(value, unit).");
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            _unit = value;
        }
    }

    /// <summary>Whether this is <c>default(Quantity)</c>, which has no unit and cannot be used.</summary>
    public bool IsDefault => _unit is null;

    /// <summary>Deconstructs into interval and unit.</summary>
    /// <param name="interval">The interval.</param>
    /// <param name="unit">The unit.</param>
    public void Deconstruct(out Interval interval, out Unit unit)
    {
        interval = Interval;
        unit = Unit;
    }

    /// <summary>A quantity of exactly <paramref name="value"/>.</summary>
    /// <param name="value">The value.</param>
    /// <param name="unit">The unit.</param>
    /// <returns>The quantity.</returns>
    public static Quantity Exactly(decimal value, Unit unit) => new(Interval.Point(value), unit);

    /// <summary>Converts to a unit of the same dimensions (<c>USD/1000 m3</c> → <c>USD/m3</c>, <c>MWh</c> → <c>GJ</c>).</summary>
    /// <param name="target">The target unit.</param>
    /// <returns>The converted quantity.</returns>
    /// <exception cref="EnergyFiguresException">The units have different dimensions (<see cref="ErrorCodes.IncompatibleUnits"/>, or <see cref="ErrorCodes.MissingAssumption"/> when an assumption could bridge them).</exception>
    public Quantity ConvertTo(Unit target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (Unit == target)
        {
            return new Quantity(Interval, target);
        }

        if (!Unit.IsConvertibleTo(target))
        {
            throw Incompatible(Unit, target, "convert");
        }

        // value_target = value × (numA/denA) / (numT/denT) = value × (numA × denT) / (denA × numT)
        var up = Interval.Point(Unit.FactorNumerator) * Interval.Point(target.FactorDenominator);
        var down = Interval.Point(Unit.FactorDenominator) * Interval.Point(target.FactorNumerator);
        var factor = up.IsPoint && down.IsPoint && up.Low == down.Low ? Interval.Point(1m) : up / down;
        if (factor == Interval.Point(1m))
        {
            return new Quantity(Interval, target);
        }

        // Both (x × f) and (x × up) ÷ down contain every true value; their intersection is the tighter
        // (the second is exact when up ÷ down is not, e.g. a factor of 1 ÷ 3.6).
        var scaled = Interval * factor;
        var stepwise = (Interval * up) / down;
        var both = scaled.Intersect(stepwise);
        return new Quantity(both.IsEmpty ? scaled : both, target);
    }

    /// <summary>
    /// Converts to <paramref name="target"/>, multiplying or dividing by the sourced <paramref name="assumptions"/>
    /// until the dimensions match: <c>USD/MMBtu</c> → <c>USD/1000 m3</c> through a gas energy content
    /// (<see cref="GasEnergyContent.Bp"/>), <c>EUR/MWh</c> → <c>USD/MWh</c> through a dated exchange rate
    /// (<see cref="ExchangeRate"/>). The fewest assumptions that fit are used, the first given winning a tie;
    /// the others are ignored. Same-dimension units convert by their exact factor, as in <see cref="ConvertTo(Unit)"/>.
    /// </summary>
    /// <param name="target">The target unit.</param>
    /// <param name="assumptions">The assumptions that may be used.</param>
    /// <returns>The converted quantity (conservative: an interval assumption widens the result).</returns>
    /// <exception cref="EnergyFiguresException">No combination of the assumptions fits: <see cref="ErrorCodes.MissingAssumption"/> naming what is missing (an energy content, an exchange rate X per Y on a date), <see cref="ErrorCodes.PercentVersusPoints"/>, or <see cref="ErrorCodes.IncompatibleUnits"/> when no assumption could bridge the units.</exception>
    public Quantity ConvertTo(Unit target, params Assumption[] assumptions) =>
        AssumptionBridge.Convert(this, target, assumptions ?? [], out _);

    /// <summary>
    /// Converts to <paramref name="target"/> as <see cref="ConvertTo(Unit, Assumption[])"/> does, and says which of
    /// the given assumptions the conversion used (each once, in the order used), so that a caller can cite them.
    /// </summary>
    /// <param name="target">The unit to convert to.</param>
    /// <param name="assumptions">The assumptions that may be used.</param>
    /// <param name="used">The assumptions the conversion used; empty for a plain unit conversion.</param>
    /// <returns>The converted quantity.</returns>
    /// <exception cref="EnergyFiguresException">No conversion (<see cref="ErrorCodes.IncompatibleUnits"/>, <see cref="ErrorCodes.MissingAssumption"/>, <see cref="ErrorCodes.CommodityMismatch"/> or <see cref="ErrorCodes.PercentVersusPoints"/>).</exception>
    public Quantity ConvertTo(Unit target, IReadOnlyList<Assumption> assumptions, out IReadOnlyList<Assumption> used)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(assumptions);
        var result = AssumptionBridge.Convert(this, target, assumptions, out var steps);
        used = [.. steps.Select(s => s.Assumption).Distinct()];
        return result;
    }

    /// <summary>Tries to convert to <paramref name="target"/> with the given assumptions; failure is an expected outcome here, not an exception.</summary>
    /// <param name="target">The unit to convert to.</param>
    /// <param name="assumptions">The assumptions that may be used.</param>
    /// <param name="result">The converted quantity, when the conversion exists.</param>
    /// <param name="error">Why there is no conversion (with its code), when it does not.</param>
    /// <returns><see langword="true"/> when converted.</returns>
    public bool TryConvertTo(Unit target, IReadOnlyList<Assumption> assumptions, out Quantity result, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out EnergyFiguresException? error)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(assumptions);
        try
        {
            result = AssumptionBridge.Convert(this, target, assumptions, out _);
            error = null;
            return true;
        }
        catch (EnergyFiguresException e)
        {
            result = default;
            error = e;
            return false;
        }
    }

    /// <summary>Converts to the canonical unit of the same dimensions (base symbols, factor 1).</summary>
    /// <returns>The converted quantity.</returns>
    public Quantity ToCanonical() => ConvertTo(Unit.Canonical);

    /// <summary>Adds; the right operand is converted to the left's unit.</summary>
    /// <param name="a">Left.</param>
    /// <param name="b">Right.</param>
    /// <returns>The sum, in the left operand's unit.</returns>
    public static Quantity operator +(Quantity a, Quantity b) => new(a.Interval + b.AlignTo(a.Unit, "add").Interval, a.Unit);

    /// <summary>Subtracts; the right operand is converted to the left's unit. The difference of two percentages is in percentage points.</summary>
    /// <param name="a">Left.</param>
    /// <param name="b">Right.</param>
    /// <returns>The difference.</returns>
    public static Quantity operator -(Quantity a, Quantity b)
    {
        var diff = a.Interval - b.AlignTo(a.Unit, "subtract").Interval;
        if (a.Unit.IsPercent)
        {
            // A difference of rates is in percentage points (per the same period, if any).
            var pp = Unit.PercentagePoints;
            var per = a.Unit / Unit.Percent;
            return new Quantity(diff, per == Unit.Ratio ? pp : pp * per);
        }

        return new Quantity(diff, a.Unit);
    }

    /// <summary>Negation.</summary>
    /// <param name="a">The quantity.</param>
    /// <returns>The negated quantity.</returns>
    public static Quantity operator -(Quantity a) => new(-a.Interval, a.Unit);

    /// <summary>Multiplies intervals and units (price × volume = money).</summary>
    /// <param name="a">Left.</param>
    /// <param name="b">Right.</param>
    /// <returns>The product.</returns>
    public static Quantity operator *(Quantity a, Quantity b) => new(a.Interval * b.Interval, a.Unit * b.Unit);

    /// <summary>Divides intervals and units (money ÷ money = ratio). See <see cref="Interval.Divide"/> for zero.</summary>
    /// <param name="a">Dividend.</param>
    /// <param name="b">Divisor.</param>
    /// <returns>The quotient.</returns>
    public static Quantity operator /(Quantity a, Quantity b) => new(a.Interval / b.Interval, a.Unit / b.Unit);

    /// <summary>Named form of <c>+</c>.</summary>
    /// <param name="other">The other quantity.</param>
    /// <returns>The sum.</returns>
    public Quantity Add(Quantity other) => this + other;

    /// <summary>Named form of <c>-</c>.</summary>
    /// <param name="other">The other quantity.</param>
    /// <returns>The difference.</returns>
    public Quantity Subtract(Quantity other) => this - other;

    /// <summary>Named form of <c>*</c>.</summary>
    /// <param name="other">The other quantity.</param>
    /// <returns>The product.</returns>
    public Quantity Multiply(Quantity other) => this * other;

    /// <summary>Named form of <c>/</c>.</summary>
    /// <param name="other">The divisor.</param>
    /// <returns>The quotient.</returns>
    public Quantity Divide(Quantity other) => this / other;

    /// <summary>Named form of unary <c>-</c>.</summary>
    /// <returns>The negated quantity.</returns>
    public Quantity Negate() => -this;

    private Quantity AlignTo(Unit target, string verb)
    {
        if (Unit == target)
        {
            return this;
        }

        if ((Unit.IsPercentagePoints && target.IsPercent) || (Unit.IsPercent && target.IsPercentagePoints))
        {
            throw new EnergyFiguresException(
                ErrorCodes.PercentVersusPoints,
                $"Cannot {verb} {Unit} and {target}: percent and percentage points are different units (a difference of two rates is in percentage points, a relative change is in percent). Convert one explicitly.");
        }

        if (!Unit.IsConvertibleTo(target))
        {
            throw Incompatible(Unit, target, verb);
        }

        return ConvertTo(target);
    }

    private static EnergyFiguresException Incompatible(Unit from, Unit to, string verb)
    {
        var commodities = from.Commodities.Concat(to.Commodities).Select(c => c.Commodity).Distinct().Count();
        if (commodities >= 2 || (from.Commodities.Count > 0 && to.Commodities.Count > 0))
        {
            return AssumptionBridge.Missing(from, to, AssumptionBridge.Gap(from, to), [], verb);
        }

        var fc = from.Currency;
        var tc = to.Currency;
        if (fc is not null && tc is not null && fc != tc)
        {
            return new EnergyFiguresException(
                ErrorCodes.MissingAssumption,
                $"Cannot {verb} {from} and {to}: they are in different currencies ({fc}, {tc}); an exchange rate {tc} per {fc} on a stated date is needed (an ExchangeRate assumption).");
        }

        bool fv = Has(from, DimensionKind.Volume), fe = Has(from, DimensionKind.Energy);
        bool tv = Has(to, DimensionKind.Volume), te = Has(to, DimensionKind.Energy);
        if ((fv && te && !fe) || (fe && tv && !fv))
        {
            return new EnergyFiguresException(
                ErrorCodes.MissingAssumption,
                (from.Commodity, to.Commodity) is (Commodity.CrudeOil, _) or (_, Commodity.CrudeOil)
                    ? $"Cannot {verb} {AssumptionBridge.DescribeCommodity(from)} and {AssumptionBridge.DescribeCommodity(to)}: one is per volume and the other per energy; an energy content of crude oil (e.g. OilEnergyContent.EiaPerBarrel: EIA's 5.8 MMBtu per barrel) is needed."
                    : $"Cannot {verb} {from} and {to}: one is per volume and the other per energy; a gas energy-content assumption (e.g. BP's 36 GJ per 1,000 m³) is needed.");
        }

        if ((Has(from, DimensionKind.Day) && Has(to, DimensionKind.Time)) || (Has(from, DimensionKind.Time) && Has(to, DimensionKind.Day)))
        {
            return new EnergyFiguresException(
                ErrorCodes.MissingAssumption,
                $"Cannot {verb} {from} and {to}: converting days to years needs an assumption of days per year (365 or 366).");
        }

        return new EnergyFiguresException(ErrorCodes.IncompatibleUnits, $"Cannot {verb} {from} and {to}: the units measure different things.");
    }

    private static bool Has(Unit u, DimensionKind kind) => u.Dimensions.Any(d => d.Key.Kind == kind);

    /// <summary>
    /// For people, by the one policy of <see cref="Formatting.Readable"/>: <c>[4, 6] percent/year</c>,
    /// <c>(27, +∞) USD/1000 m3</c>, <c>≈ 99.22 USD/1000 m3</c>. Every digit: <c>ToString("E", null)</c>.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() => Formatting.Readable.Amount(Interval, Unit);

    /// <summary>
    /// Formats the quantity: null, <c>""</c> or <c>"G"</c> for people (<see cref="ToString()"/>); <c>"E"</c> for the
    /// exact interval with every digit and the unit code (<c>[99.217043773, 99.217043773] USD/1000 m3</c>); any
    /// other string is a .NET decimal format applied to each end (<c>"0.00"</c>).
    /// </summary>
    /// <param name="format">null, "G", "E", or a decimal format for the ends.</param>
    /// <param name="formatProvider">Culture for a decimal format; null means invariant (the other forms are always invariant).</param>
    /// <returns>The text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider) => format switch
    {
        null or "" or "G" => ToString(),
        "E" => $"{Interval.ToString(null, CultureInfo.InvariantCulture)} {Unit}",
        _ => $"{Interval.ToString(format, formatProvider ?? CultureInfo.InvariantCulture)} {Unit}",
    };
}
