using System.Collections.Immutable;
using System.Globalization;
using EnergyFigures.Numerics;
using EnergyFigures.Units;
using EnergyFigures.Errors;

namespace EnergyFigures.Reference;

/// <summary>
/// A reference series: observations (a day or a month each, with an exact decimal value) from a named
/// publisher and dataset, with its unit, licence and citation — e.g. the World Bank's monthly
/// "Natural gas, Europe" in USD/MMBtu. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>Coverage is the closed range of days from the start of the first observed period to the end of the
/// last one. Any question about a date or period outside it fails with
/// <see cref="ErrorCodes.OutsideCoverage"/>, and the message names the coverage.</para>
/// <para><see cref="Mean"/> is the decimal mean: the sum of the observations divided by their count with
/// <see cref="decimal"/> division, correct to 28 significant digits (the last digit rounded half to even).
/// <see cref="MeanInterval"/> is the same mean as an interval that always contains the true mean (what the
/// checks use). Nothing is rounded for display: round when you format.</para>
/// </remarks>
public sealed class ReferenceSeries
{
    private readonly ImmutableArray<Observation> _observations;
    private readonly DateOnly[] _starts;

    private ReferenceSeries(string id, string name, Unit unit, Frequency frequency, Citation citation, string attribution, Uri? retrievedFrom, string? notes, ImmutableArray<Observation> observations)
    {
        Id = id;
        Name = name;
        Unit = unit;
        Frequency = frequency;
        Citation = citation;
        Attribution = attribution;
        RetrievedFrom = retrievedFrom;
        Notes = notes;
        _observations = observations;
        _starts = observations.Select(o => o.Period.Start).ToArray();
        var first = observations[0].Period;
        var last = observations[^1].Period;
        Coverage = Period.Parse(first + "/" + last);
    }

    /// <summary>The series id, e.g. <c>worldbank.NGAS_EUR</c>.</summary>
    public string Id { get; }

    /// <summary>The publisher's name of the series, e.g. <c>Natural gas, Europe</c>.</summary>
    public string Name { get; }

    /// <summary>The unit of every observation, e.g. <c>USD/MMBtu</c>.</summary>
    public Unit Unit { get; }

    /// <summary>Daily or monthly.</summary>
    public Frequency Frequency { get; }

    /// <summary>Publisher, dataset, URL and licence.</summary>
    public Citation Citation { get; }

    /// <summary>The attribution text the publisher asks for (e.g. <c>World Bank, Commodity Price Data (The Pink Sheet) … License: CC BY 4.0.</c>).</summary>
    public string Attribution { get; }

    /// <summary>Where the shipped copy of the file was retrieved from; null when not recorded.</summary>
    public Uri? RetrievedFrom { get; }

    /// <summary>Notes on the series (source unit, gaps, row counts); null when none.</summary>
    public string? Notes { get; }

    /// <summary>The observations, sorted by period, one per period.</summary>
    public IReadOnlyList<Observation> Observations => _observations;

    /// <summary>The first to the last observed period, as a span (e.g. <c>1960-01/2025-10</c>).</summary>
    public Period Coverage { get; }

    /// <summary>The first observation.</summary>
    public Observation First => _observations[0];

    /// <summary>The last observation.</summary>
    public Observation Last => _observations[^1];

    /// <summary>Creates a series from its parts (for your own reference data).</summary>
    /// <param name="id">The id.</param>
    /// <param name="name">The name.</param>
    /// <param name="unit">The unit of every observation.</param>
    /// <param name="frequency">Daily (each period a day) or monthly (each period a month).</param>
    /// <param name="citation">Publisher, dataset, URL and licence.</param>
    /// <param name="observations">At least one observation; periods must match the frequency and be unique. Sorted here.</param>
    /// <param name="attribution">The attribution text the publisher asks for; null means <paramref name="citation"/>'s text.</param>
    /// <param name="retrievedFrom">Where the data was retrieved from, when known.</param>
    /// <param name="notes">Notes, when any.</param>
    /// <returns>The series.</returns>
    /// <exception cref="EnergyFiguresException">No observations, a period that does not match the frequency (<see cref="ErrorCodes.PeriodNotInSeriesFrequency"/>), or two observations of one period (<see cref="ErrorCodes.DuplicateId"/>).</exception>
    public static ReferenceSeries Create(string id, string name, Unit unit, Frequency frequency, Citation citation, IEnumerable<Observation> observations, string? attribution = null, Uri? retrievedFrom = null, string? notes = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(citation);
        ArgumentNullException.ThrowIfNull(observations);
        var sorted = observations.OrderBy(o => o.Period.Start).ToImmutableArray();
        if (sorted.IsEmpty)
        {
            throw new EnergyFiguresException(ErrorCodes.NoObservation, $"The series '{id}' has no observations; expected at least one.");
        }

        var expected = frequency == Frequency.Daily ? PeriodKind.Day : PeriodKind.Month;
        for (int i = 0; i < sorted.Length; i++)
        {
            var o = sorted[i];
            ArgumentNullException.ThrowIfNull(o);
            if (o.Period.IsDefault || o.Period.Kind != expected)
            {
                throw new EnergyFiguresException(ErrorCodes.PeriodNotInSeriesFrequency, $"The series '{id}' is {Describe(frequency)} but has an observation for '{o.Period}'; expected every period as {(frequency == Frequency.Daily ? "YYYY-MM-DD" : "YYYY-MM")}.");
            }

            if (i > 0 && sorted[i - 1].Period.Start == o.Period.Start)
            {
                throw new EnergyFiguresException(ErrorCodes.DuplicateId, $"The series '{id}' has two observations for {o.Period}; expected one per period.");
            }
        }

        return new ReferenceSeries(id, name, unit, frequency, citation, attribution ?? citation.ToString(), retrievedFrom, notes, sorted);
    }

    /// <summary>Whether a day lies inside the coverage.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when covered.</returns>
    public bool Covers(DateOnly date) => Coverage.Contains(date);

    /// <summary>Whether a whole period lies inside the coverage.</summary>
    /// <param name="period">The period.</param>
    /// <returns><see langword="true"/> when covered.</returns>
    public bool Covers(Period period) => !period.IsDefault && period.Start >= Coverage.Start && period.End <= Coverage.End;

    /// <summary>The observation of exactly this period (a month of a monthly series, a day of a daily one).</summary>
    /// <param name="period">The period.</param>
    /// <returns>The observation.</returns>
    /// <exception cref="EnergyFiguresException">Outside coverage (<see cref="ErrorCodes.OutsideCoverage"/>), a period of another granularity (<see cref="ErrorCodes.PeriodNotInSeriesFrequency"/>: use a mean or <see cref="ObservationsIn"/>), or a covered period without an observation, such as a day without an ECB rate (<see cref="ErrorCodes.NoObservation"/>).</exception>
    public Observation ObservationFor(Period period)
    {
        RequireKind(period);
        RequireCovered(period);
        int i = Array.BinarySearch(_starts, period.Start);
        if (i < 0)
        {
            throw new EnergyFiguresException(ErrorCodes.NoObservation, $"The series '{Id}' has no observation for {period} (a gap inside its coverage {Coverage}); use ValueOn for the value in force on a day, or a mean.");
        }

        return _observations[i];
    }

    /// <summary>Tries to find the observation of exactly this period.</summary>
    /// <param name="period">The period.</param>
    /// <param name="observation">The observation, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGetObservation(Period period, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Observation? observation)
    {
        observation = null;
        if (period.IsDefault)
        {
            return false;
        }

        int i = Array.BinarySearch(_starts, period.Start);
        if (i >= 0 && _observations[i].Period.End == period.End)
        {
            observation = _observations[i];
            return true;
        }

        return false;
    }

    /// <summary>The value of exactly this period (see <see cref="ObservationFor"/>).</summary>
    /// <param name="period">The period.</param>
    /// <returns>The value, in <see cref="Unit"/>.</returns>
    /// <exception cref="EnergyFiguresException">As <see cref="ObservationFor"/>.</exception>
    public decimal ValueFor(Period period) => ObservationFor(period).Value;

    /// <summary>The value of a month of a monthly series.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <returns>The value, in <see cref="Unit"/>.</returns>
    /// <exception cref="EnergyFiguresException">As <see cref="ObservationFor"/>; for a daily series use <see cref="MonthlyMean"/>.</exception>
    public decimal ValueForMonth(int year, int month) => ValueFor(Period.Month(year, month));

    /// <summary>
    /// The observation in force on a day: for a daily series the latest observation on or before that day
    /// (a Saturday gets Friday's ECB rate); for a monthly series the month containing it.
    /// </summary>
    /// <param name="date">The day.</param>
    /// <returns>The observation.</returns>
    /// <exception cref="EnergyFiguresException">The day is outside coverage (<see cref="ErrorCodes.OutsideCoverage"/>).</exception>
    public Observation ObservationOn(DateOnly date)
    {
        if (!Covers(date))
        {
            throw OutsideCoverage(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        int i = Array.BinarySearch(_starts, date);
        if (i < 0)
        {
            i = ~i - 1; // the latest start before the date; ≥ 0 since the date is covered
        }

        return _observations[i];
    }

    /// <summary>The value in force on a day (see <see cref="ObservationOn"/>).</summary>
    /// <param name="date">The day.</param>
    /// <returns>The value, in <see cref="Unit"/>.</returns>
    /// <exception cref="EnergyFiguresException">The day is outside coverage (<see cref="ErrorCodes.OutsideCoverage"/>).</exception>
    public decimal ValueOn(DateOnly date) => ObservationOn(date).Value;

    /// <summary>
    /// The observations in a window: for a daily series the days inside it; for a monthly series every
    /// month that overlaps it (a window of 3–6 February gives February).
    /// </summary>
    /// <param name="window">The window; it must lie inside the coverage.</param>
    /// <returns>The observations, sorted (may be empty for a daily series over days without observations).</returns>
    /// <exception cref="EnergyFiguresException">The window is not entirely inside the coverage (<see cref="ErrorCodes.OutsideCoverage"/>).</exception>
    public IReadOnlyList<Observation> ObservationsIn(Period window)
    {
        RequireCovered(window);
        var from = Frequency == Frequency.Monthly ? new DateOnly(window.Start.Year, window.Start.Month, 1) : window.Start;
        int i = Array.BinarySearch(_starts, from);
        if (i < 0)
        {
            i = ~i;
        }

        var result = ImmutableArray.CreateBuilder<Observation>();
        for (; i < _observations.Length && _starts[i] <= window.End; i++)
        {
            result.Add(_observations[i]);
        }

        return result.ToImmutable();
    }

    /// <summary>The range of the observed values in a window (see <see cref="ObservationsIn"/>): a closed interval from the lowest to the highest.</summary>
    /// <param name="window">The window.</param>
    /// <returns>The interval, in <see cref="Unit"/>.</returns>
    /// <exception cref="EnergyFiguresException">Outside coverage (<see cref="ErrorCodes.OutsideCoverage"/>), or no observation in the window (<see cref="ErrorCodes.NoObservation"/>).</exception>
    public Interval RangeIn(Period window)
    {
        var obs = NonEmpty(window);
        return Interval.Closed(obs.Min(o => o.Value), obs.Max(o => o.Value));
    }

    /// <summary>The exact mean of the observations in a window (see <see cref="ObservationsIn"/> and the remarks on rounding).</summary>
    /// <param name="window">The window.</param>
    /// <returns>The mean, in <see cref="Unit"/>.</returns>
    /// <exception cref="EnergyFiguresException">Outside coverage (<see cref="ErrorCodes.OutsideCoverage"/>), or no observation in the window (<see cref="ErrorCodes.NoObservation"/>).</exception>
    public decimal Mean(Period window)
    {
        var obs = NonEmpty(window);
        decimal sum = 0m;
        foreach (var o in obs)
        {
            sum += o.Value;
        }

        return sum / obs.Count;
    }

    /// <summary>
    /// The mean of the observations in a window as an interval that contains the true mean
    /// (<see cref="Interval.MeanOf"/>): a point when the division terminates, else the tightest decimal
    /// interval around it. <see cref="Mean"/> is the same mean rounded to a decimal.
    /// </summary>
    /// <param name="window">The window.</param>
    /// <returns>The mean, in <see cref="Unit"/>.</returns>
    /// <exception cref="EnergyFiguresException">Outside coverage (<see cref="ErrorCodes.OutsideCoverage"/>), or no observation in the window (<see cref="ErrorCodes.NoObservation"/>).</exception>
    public Interval MeanInterval(Period window) => Interval.MeanOf(NonEmpty(window).Select(o => o.Value));

    /// <summary>The mean of a month: the month's value for a monthly series, the mean of its daily observations for a daily one.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <returns>The mean, in <see cref="Unit"/>.</returns>
    /// <exception cref="EnergyFiguresException">The month is not entirely inside the coverage (<see cref="ErrorCodes.OutsideCoverage"/>).</exception>
    public decimal MonthlyMean(int year, int month) => Mean(Period.Month(year, month));

    /// <summary>The mean of a calendar year's observations (12 months of a monthly series; every observed day of a daily one).</summary>
    /// <param name="year">The year.</param>
    /// <returns>The mean, in <see cref="Unit"/>.</returns>
    /// <exception cref="EnergyFiguresException">The year is not entirely inside the coverage (<see cref="ErrorCodes.OutsideCoverage"/>).</exception>
    public decimal AnnualMean(int year) => Mean(Period.Year(year));

    /// <summary>A value of this series as a quantity in its unit.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The quantity.</returns>
    public Quantity QuantityOf(decimal value) => Quantity.Exactly(value, Unit);

    /// <summary><c>worldbank.NGAS_EUR: Natural gas, Europe (USD/MMBtu, monthly, 1960-01/2025-10)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id}: {Name} ({Unit}, {Describe(Frequency)}, {Coverage})";

    internal static string Describe(Frequency frequency) => frequency == Frequency.Daily ? "daily" : "monthly";

    private List<Observation> NonEmpty(Period window)
    {
        var obs = ObservationsIn(window);
        if (obs.Count == 0)
        {
            throw new EnergyFiguresException(ErrorCodes.NoObservation, $"The series '{Id}' has no observation in {window} (inside its coverage {Coverage}, but without data, e.g. days without an ECB rate).");
        }

        return obs.ToList();
    }

    private void RequireKind(Period period)
    {
        var expected = Frequency == Frequency.Daily ? PeriodKind.Day : PeriodKind.Month;
        if (period.IsDefault || period.Kind != expected)
        {
            throw new EnergyFiguresException(
                ErrorCodes.PeriodNotInSeriesFrequency,
                $"The series '{Id}' is {Describe(Frequency)}; '{period}' is not a single {(Frequency == Frequency.Daily ? "day (YYYY-MM-DD)" : "month (YYYY-MM)")}. Use Mean, RangeIn or ObservationsIn for longer periods, ValueOn for the value in force on a day.");
        }
    }

    private void RequireCovered(Period period)
    {
        if (period.IsDefault)
        {
            throw new EnergyFiguresException(ErrorCodes.MalformedPeriod, $"No period was given for series '{Id}'; expected a period such as 2020-02.");
        }

        if (!Covers(period))
        {
            throw OutsideCoverage(period.ToString());
        }
    }

    private EnergyFiguresException OutsideCoverage(string what) =>
        new(ErrorCodes.OutsideCoverage, $"{what} is outside the coverage of series '{Id}' ({Name}): it has {Describe(Frequency)} observations from {First.Period} to {Last.Period} ({Coverage.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} to {Coverage.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}).");
}
