using EnergyFigures.Claims;
using EnergyFigures.Units;
using EnergyFigures.TextHandling;
using EnergyFigures.Errors;

namespace EnergyFigures.Charts;

/// <summary>A claim to draw, with an optional short label for the chart (the claim's subject is often long).</summary>
/// <param name="Claim">The claim.</param>
/// <param name="Label">The label on the chart; null uses the claim's printed figure and id.</param>
public sealed record ChartItem(Claim Claim, string? Label = null)
{
    /// <summary>The record's members, printed with the invariant culture whatever the current one.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => InvariantText.Record(nameof(ChartItem), PrintMembers);

    /// <summary>A claim without a label.</summary>
    /// <param name="claim">The claim.</param>
    public static implicit operator ChartItem(Claim claim) => new(claim);

    /// <summary>Named form of the implicit conversion.</summary>
    /// <param name="claim">The claim.</param>
    /// <returns>The item.</returns>
    public static ChartItem FromClaim(Claim claim) => new(claim);

    internal string DisplayLabel => Label ?? Claim.Id;
}

/// <summary>One observation of a series: a date (the first day of its month for monthly data) and a value.</summary>
/// <param name="Date">The date.</param>
/// <param name="Value">The value, exact.</param>
public readonly record struct SeriesPoint(DateOnly Date, decimal Value)
{
    /// <summary>The record's members, printed with the invariant culture whatever the current one.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => InvariantText.Record(nameof(SeriesPoint), PrintMembers);
}

/// <summary>
/// A reference series to draw: its name, unit, observations and publisher. A plain input, so any data
/// (the shipped reference data, your own) can be charted.
/// </summary>
public sealed record ChartSeries
{
    /// <summary>The record's members, printed with the invariant culture whatever the current one.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => InvariantText.Record(nameof(ChartSeries), PrintMembers);

    /// <summary>Creates a series.</summary>
    /// <param name="name">Its name for the legend, e.g. <c>Natural gas, Europe (monthly average)</c>.</param>
    /// <param name="unit">The unit of the values.</param>
    /// <param name="points">The observations, in any order (they are sorted by date).</param>
    /// <param name="source">Who publishes it.</param>
    public ChartSeries(string name, Unit unit, IEnumerable<SeriesPoint> points, Citation source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(source);
        Name = name;
        Unit = unit;
        Points = new EquatableArray<SeriesPoint>(points.OrderBy(p => p.Date));
        Source = source;
    }

    /// <summary>The name for the legend.</summary>
    public string Name { get; init; }

    /// <summary>The unit of the values.</summary>
    public Unit Unit { get; init; }

    /// <summary>The observations, sorted by date.</summary>
    public EquatableArray<SeriesPoint> Points { get; init; }

    /// <summary>Who publishes it.</summary>
    public Citation Source { get; init; }

    /// <summary>
    /// A reference series (e.g. <c>ReferenceLibrary.Shipped.Get("worldbank.NGAS_EUR")</c>) as a chart series:
    /// its observations in <paramref name="window"/> (each dated by the first day of its period), its unit and citation.
    /// </summary>
    /// <param name="series">The series.</param>
    /// <param name="window">The dates to include (for a monthly series, every month overlapping it); null for all.</param>
    /// <param name="name">The legend name; null for the series' name and publisher.</param>
    /// <returns>The chart series.</returns>
    /// <exception cref="EnergyFiguresException">The window lies outside the series' coverage (<see cref="ErrorCodes.OutsideCoverage"/>).</exception>
    public static ChartSeries From(Reference.ReferenceSeries series, Period? window = null, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        var observations = window is { } w ? series.ObservationsIn(w) : series.Observations;
        var monthly = series.Frequency == Reference.Frequency.Monthly ? ", monthly average" : string.Empty;
        return new ChartSeries(
            name ?? $"{series.Name} ({series.Citation.Publisher}{monthly})",
            series.Unit,
            observations.Select(o => new SeriesPoint(o.Period.Start, o.Value)),
            series.Citation);
    }
}

/// <summary>
/// What a check chart shows: a claim, the reference value it was checked against (an interval when an
/// assumption range widens it), and the verdict.
/// </summary>
/// <param name="Item">The claim checked.</param>
/// <param name="Reference">The reference value with the central assumptions (normally a point).</param>
/// <param name="ReferenceLabel">What the reference is, e.g. <c>Europe, February 2020 monthly average</c>.</param>
/// <param name="ReferenceSource">Who publishes the reference data.</param>
/// <param name="Verdict">The verdict, e.g. <c>consistent</c> or <c>undetermined</c>.</param>
/// <param name="Band">The reference value across the assumption range (drawn as a band); null when none.</param>
/// <param name="BandLabel">What the band is, e.g. <c>heating value 34.6–38.3 GJ per 1,000 m³</c>; null for a generic label.</param>
/// <param name="Assumptions">The assumptions the reference value and the band rely on (named in the caption).</param>
/// <param name="Note">A caveat for the caption (e.g. what the reference does not cover); null for none.</param>
public sealed record CheckChartData(
    ChartItem Item,
    Quantity Reference,
    string ReferenceLabel,
    Citation ReferenceSource,
    string Verdict,
    Quantity? Band = null,
    string? BandLabel = null,
    EquatableArray<Assumption> Assumptions = default,
    string? Note = null)
{
    /// <summary>The record's members, printed with the invariant culture whatever the current one.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => InvariantText.Record(nameof(CheckChartData), PrintMembers);
}
