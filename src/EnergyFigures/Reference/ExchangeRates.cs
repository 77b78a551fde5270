using System.Globalization;
using EnergyFigures.Numerics;

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
}
