using System.Globalization;
using EnergyFigures.Numerics;
using EnergyFigures.Errors;

namespace EnergyFigures.Reference;

/// <summary>
/// Exchange rates from the shipped ECB euro reference rates, as <see cref="Assumption"/> records that a
/// conversion or a check can use and cite.
/// </summary>
public static class ExchangeRates
{
    /// <summary>
    /// The ECB euro reference rate in force on a day, as an assumption: units of <paramref name="currency"/>
    /// per 1 EUR (e.g. <c>1.1003 USD/EUR</c> on 2020-02-06), cited to the European Central Bank. On a day
    /// without a rate (a weekend, a TARGET holiday) the latest earlier rate is used and the description says which.
    /// </summary>
    /// <param name="date">The day.</param>
    /// <param name="currency">An ISO 4217 code of a shipped ECB series: <c>USD</c> or <c>RUB</c>.</param>
    /// <returns>The assumption; its <see cref="Assumption.AsOf"/> is <paramref name="date"/>.</returns>
    /// <exception cref="EnergyFiguresException">No shipped ECB series for the currency (<see cref="ErrorCodes.UnknownSeries"/>), or the day is outside its coverage (<see cref="ErrorCodes.OutsideCoverage"/>).</exception>
    /// <example>
    /// <code>
    /// var rate = ExchangeRates.EcbOn(new DateOnly(2020, 2, 6), "USD"); // 1.1003 USD/EUR
    /// var usd = Quantity.Exactly(100m, Unit.Parse("EUR")) * rate.Value;  // 110.03 EUR*USD/EUR
    /// </code>
    /// </example>
    public static Assumption EcbOn(DateOnly date, string currency) => EcbOn(ReferenceLibrary.Shipped, date, currency);

    /// <summary>As <see cref="EcbOn(DateOnly, string)"/>, from another library holding series <c>ecb.&lt;CUR&gt;</c>.</summary>
    /// <param name="library">The library.</param>
    /// <param name="date">The day.</param>
    /// <param name="currency">The ISO 4217 code.</param>
    /// <returns>The assumption.</returns>
    /// <exception cref="EnergyFiguresException">As <see cref="EcbOn(DateOnly, string)"/>.</exception>
    public static Assumption EcbOn(ReferenceLibrary library, DateOnly date, string currency)
    {
        ArgumentNullException.ThrowIfNull(library);
        ArgumentException.ThrowIfNullOrWhiteSpace(currency);
        var series = library.Get("ecb." + currency.Trim().ToUpperInvariant());
        var obs = series.ObservationOn(date);
        var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var fixedOn = obs.Period.Start == date ? string.Empty : $" (the reference rate of {obs.Period}, the latest published on or before {day})";
        var rate = ExchangeRate.Ecb(series.Unit.Currency!, obs.Value, date);
        return rate with { Description = $"ECB euro reference rate, {series.Unit.Currency} per EUR{fixedOn}", Source = series.Citation };
    }
    /// <summary>
    /// The mean of the ECB euro reference rates published in a period (e.g. a month), as an assumption:
    /// units of <paramref name="currency"/> per 1 EUR, cited to the European Central Bank. Its id is
    /// <c>ecb.CUR.mean.PERIOD</c>, its <see cref="Assumption.AsOf"/> null (it is no single day's rate), and its
    /// description says how many daily rates were averaged.
    /// </summary>
    /// <param name="period">The period, e.g. <c>Period.Month(2022, 8)</c>.</param>
    /// <param name="currency">An ISO 4217 code of a shipped ECB series: <c>USD</c> or <c>RUB</c>.</param>
    /// <returns>The assumption.</returns>
    /// <exception cref="EnergyFiguresException">No shipped ECB series for the currency (<see cref="ErrorCodes.UnknownSeries"/>), or the period is outside its coverage (<see cref="ErrorCodes.OutsideCoverage"/>) or holds no rate (<see cref="ErrorCodes.NoObservation"/>).</exception>
    /// <example>
    /// <code>
    /// var august = ExchangeRates.EcbMean(Period.Month(2022, 8), "USD"); // the mean of August 2022's daily USD rates
    /// </code>
    /// </example>
    public static Assumption EcbMean(Period period, string currency) => EcbMean(ReferenceLibrary.Shipped, period, currency);

    /// <summary>As <see cref="EcbMean(Period, string)"/>, from another library holding series <c>ecb.&lt;CUR&gt;</c>.</summary>
    /// <param name="library">The library.</param>
    /// <param name="period">The period.</param>
    /// <param name="currency">The ISO 4217 code.</param>
    /// <returns>The assumption.</returns>
    /// <exception cref="EnergyFiguresException">As <see cref="EcbMean(Period, string)"/>.</exception>
    public static Assumption EcbMean(ReferenceLibrary library, Period period, string currency)
    {
        ArgumentNullException.ThrowIfNull(library);
        ArgumentException.ThrowIfNullOrWhiteSpace(currency);
        var series = library.Get("ecb." + currency.Trim().ToUpperInvariant());
        var count = series.ObservationsIn(period).Count;
        var mean = series.Mean(period);
        var cur = series.Unit.Currency!;
        var rate = ExchangeRate.Ecb(cur, mean, period.Start);
        return new Assumption(
            string.Create(CultureInfo.InvariantCulture, $"ecb.{cur}.mean.{period}"),
            string.Create(CultureInfo.InvariantCulture, $"ECB euro reference rate, {cur} per EUR, mean of the {count} daily rates of {period}"),
            rate.Value,
            series.Citation);
    }
}
