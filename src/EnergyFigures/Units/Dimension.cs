namespace EnergyFigures.Units;

/// <summary>
/// What a unit measures. Each currency is its own dimension: converting between currencies always
/// needs a dated exchange rate, never a constant.
/// </summary>
public enum DimensionKind
{
    /// <summary>A currency (ISO 4217); <see cref="Dimension.Currency"/> holds its code.</summary>
    Currency,
    /// <summary>Volume (base: m³).</summary>
    Volume,
    /// <summary>Energy (base: GJ).</summary>
    Energy,
    /// <summary>Mass (base: tonne).</summary>
    Mass,
    /// <summary>Calendar time in years, quarters and months (base: year).</summary>
    Time,
    /// <summary>Days: kept apart from years, because days per year is an assumption (365 or 366).</summary>
    Day,
    /// <summary>Percentage points: the difference of two percentages, never mixed with percent.</summary>
    PercentagePoint,
    /// <summary>Index points of a price index (e.g. 2010 = 100).</summary>
    IndexPoint,
}

/// <summary>
/// One dimension of a unit: its kind, for currencies the ISO 4217 code, and for a volume, a mass or an amount
/// of energy the commodity measured (a volume of crude oil and a volume of natural gas are different
/// dimensions: they convert only through sourced assumptions).
/// </summary>
/// <param name="Kind">The kind.</param>
/// <param name="Currency">The ISO 4217 code for <see cref="DimensionKind.Currency"/>; otherwise null.</param>
/// <param name="Commodity">The commodity of a volume, mass or energy; <see cref="Units.Commodity.Unspecified"/> otherwise.</param>
public readonly record struct Dimension(DimensionKind Kind, string? Currency = null, Commodity Commodity = Commodity.Unspecified) : IComparable<Dimension>
{
    /// <inheritdoc />
    public int CompareTo(Dimension other)
    {
        int c = Kind.CompareTo(other.Kind);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(Currency, other.Currency);
        return c != 0 ? c : Commodity.CompareTo(other.Commodity);
    }

    /// <summary>The symbol of the dimension's base unit (<c>USD</c>, <c>m3</c>, <c>GJ</c>, <c>t</c>, <c>year</c>, <c>day</c>, <c>pp</c>, <c>index</c>), with its commodity annotation when it has one (<c>m3{gas}</c>, <c>t{crude}</c>).</summary>
    public string BaseSymbol => Commodity == Commodity.Unspecified ? KindSymbol : KindSymbol + "{" + Commodity.Key() + "}";

    private string KindSymbol => Kind switch
    {
        DimensionKind.Currency => Currency!,
        DimensionKind.Volume => "m3",
        DimensionKind.Energy => "GJ",
        DimensionKind.Mass => "t",
        DimensionKind.Time => "year",
        DimensionKind.Day => "day",
        DimensionKind.PercentagePoint => "pp",
        DimensionKind.IndexPoint => "index",
        _ => Kind.ToString(),
    };

    /// <inheritdoc />
    public override string ToString() => BaseSymbol;

    /// <summary>Less-than by kind, then currency code.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether less.</returns>
    public static bool operator <(Dimension left, Dimension right) => left.CompareTo(right) < 0;

    /// <summary>Greater-than by kind, then currency code.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether greater.</returns>
    public static bool operator >(Dimension left, Dimension right) => left.CompareTo(right) > 0;

    /// <summary>Less-or-equal.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether less or equal.</returns>
    public static bool operator <=(Dimension left, Dimension right) => left.CompareTo(right) <= 0;

    /// <summary>Greater-or-equal.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether greater or equal.</returns>
    public static bool operator >=(Dimension left, Dimension right) => left.CompareTo(right) >= 0;
}
