using EnergyFigures.Claims;
using EnergyFigures.Units;
using EnergyFigures.Errors;

namespace EnergyFigures.Reference;

/// <summary>Which day's (or days') exchange rate converts a value.</summary>
public enum ExchangeRateDate
{
    /// <summary>
    /// The mean of the daily rates of the value's own period (a monthly observation: the mean of that month's
    /// rates; a daily one: the mean of its month; a reported figure: the mean over its period). The default.
    /// </summary>
    MonthlyMean,

    /// <summary>The rate in force on the last day of the value's own period (for a daily observation, that day).</summary>
    ObservationDate,

    /// <summary>
    /// One rate for every value: the rate in force on the day the claim was said (the last day of its
    /// <c>said_on</c> period), or, when that is not known, on its first publication's date.
    /// </summary>
    ClaimDate,
}

/// <summary>
/// How values in one currency convert to another in a check or a chart: the ECB euro reference rates
/// (shipped, see <see cref="ExchangeRates"/>), taken for each value by a <see cref="ExchangeRateDate"/> rule, so a
/// monthly series converts month by month at each month's own rate. Immutable.
/// </summary>
/// <param name="Date">Which day's rate converts each value.</param>
public sealed record ExchangeRateRule(ExchangeRateDate Date)
{
    /// <summary>The ECB reference rates, taken by <paramref name="date"/>.</summary>
    /// <param name="date">The date rule.</param>
    /// <returns>The rule.</returns>
    public static ExchangeRateRule Ecb(ExchangeRateDate date = ExchangeRateDate.MonthlyMean) => new(date);

    /// <summary>The source of the rates: <c>ecb</c> (the only one shipped).</summary>
#pragma warning disable CA1822 // An instance property: a rule with another source would answer differently.
    public string Source => "ecb";
#pragma warning restore CA1822

    /// <summary>The rule in words, e.g. <c>ECB euro reference rates, the mean of each value's month (each value converted at its own period's rate)</c>.</summary>
    /// <returns>The text.</returns>
    public string Describe() => Date switch
    {
        ExchangeRateDate.ObservationDate => "ECB euro reference rates, the rate in force on each value's own date (the last day of its period): each value converted at its own period's rate",
        ExchangeRateDate.ClaimDate => "ECB euro reference rates, the rate in force on the day the claim was said, for every value",
        _ => "ECB euro reference rates, the mean of the daily rates of each value's own period (its month for a monthly or daily value): each value converted at its own period's rate",
    };

    /// <summary>The rule as its command-line and checks-file name: <c>monthly-mean</c>, <c>observation-date</c> or <c>claim-date</c>.</summary>
    /// <returns>The name.</returns>
    public string DateName() => Name(Date);

    /// <summary>The name of a date rule (<c>monthly-mean</c>, <c>observation-date</c>, <c>claim-date</c>).</summary>
    /// <param name="date">The rule.</param>
    /// <returns>The name.</returns>
    public static string Name(ExchangeRateDate date) => date switch
    {
        ExchangeRateDate.ObservationDate => "observation-date",
        ExchangeRateDate.ClaimDate => "claim-date",
        _ => "monthly-mean",
    };

    /// <summary>Reads a date rule's name (<c>monthly-mean</c>, <c>observation-date</c>, <c>claim-date</c>).</summary>
    /// <param name="text">The name.</param>
    /// <param name="date">The rule, when known.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryParseDate(string? text, out ExchangeRateDate date)
    {
        switch (text?.Trim())
        {
            case "monthly-mean":
                date = ExchangeRateDate.MonthlyMean;
                return true;
            case "observation-date":
                date = ExchangeRateDate.ObservationDate;
                return true;
            case "claim-date":
                date = ExchangeRateDate.ClaimDate;
                return true;
            default:
                date = default;
                return false;
        }
    }

    /// <summary>
    /// The ECB rates that convert a value of <paramref name="valuePeriod"/> from <paramref name="from"/> to
    /// <paramref name="to"/> under this rule: none when both units hold the same currencies, else one rate per
    /// non-euro currency involved (the euro is the ECB's base).
    /// </summary>
    /// <param name="valuePeriod">The period of the value converted (an observation's, a reported figure's, a claim's).</param>
    /// <param name="claim">The claim checked or drawn (its date, for <see cref="ExchangeRateDate.ClaimDate"/>); null when there is none.</param>
    /// <param name="from">The value's unit.</param>
    /// <param name="to">The unit wanted.</param>
    /// <returns>The rates, as assumptions to cite.</returns>
    /// <exception cref="EnergyFiguresException">A currency has no shipped ECB rate, or the rule is <see cref="ExchangeRateDate.ClaimDate"/> without a claim (<see cref="ErrorCodes.MissingAssumption"/>), or the day or period is outside the rates' coverage (<see cref="ErrorCodes.OutsideCoverage"/>).</exception>
    public IReadOnlyList<Assumption> RatesFor(Period valuePeriod, Claim? claim, Unit from, Unit to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var a = Currencies(from);
        var b = Currencies(to);
        if (a.SetEquals(b))
        {
            return [];
        }

        var rates = new List<Assumption>();
        foreach (var cur in a.Union(b).Where(c => c != "EUR").Order(StringComparer.Ordinal))
        {
            if (!ReferenceLibrary.Shipped.Contains("ecb." + cur))
            {
                throw new EnergyFiguresException(
                    ErrorCodes.MissingAssumption,
                    $"No ECB euro reference rate for {cur} is shipped (only {string.Join(", ", ReferenceLibrary.Shipped.Ids.Where(i => i.StartsWith("ecb.", StringComparison.Ordinal)).Select(i => i[4..]))}); an exchange rate {cur} per EUR is needed.");
            }

            rates.Add(Date switch
            {
                ExchangeRateDate.ClaimDate => ExchangeRates.EcbOn(
                    ClaimDay(claim ?? throw new EnergyFiguresException(ErrorCodes.MissingAssumption, "The exchange-rate date rule claim-date needs a claim to take its date from, and there is none here; expected monthly-mean or observation-date.")),
                    cur),
                ExchangeRateDate.ObservationDate => ExchangeRates.EcbOn(valuePeriod.End, cur),
                _ => ExchangeRates.EcbMean(MeanWindow(valuePeriod), cur),
            });
        }

        return rates;
    }

    /// <summary>The day a claim was said: the end of its <c>said_on</c> period, else its first publication's date.</summary>
    /// <param name="claim">The claim.</param>
    /// <returns>The day.</returns>
    /// <exception cref="EnergyFiguresException">Neither gives a day: no said_on and a publication date not known to the day (<see cref="ErrorCodes.MissingAssumption"/>).</exception>
    public static DateOnly ClaimDay(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var said = claim.FirstAppearance.SaidOn;
        if (!said.IsDefault)
        {
            return said.End;
        }

        // A publication date known only to the month or year (or not at all) gives no day: none is invented.
        return claim.FirstAppearance.Source.Date.Date
            ?? throw new EnergyFiguresException(
                ErrorCodes.MissingAssumption,
                $"The exchange rate on the day claim '{claim.Id}' was said needs that day, but the claim has no said_on and its publication date is {claim.FirstAppearance.Source.Date}; expected said_on, or the monthly-mean or observation-date rule.");
    }

    /// <summary><c>ecb (monthly-mean)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Source + " (" + DateName() + ")";

    private static Period MeanWindow(Period p) =>
        p.Start.Year == p.End.Year && p.Start.Month == p.End.Month
            ? Period.Month(p.Start.Year, p.Start.Month)
            : p;

    private static HashSet<string> Currencies(Unit u) =>
        u.Dimensions.Where(kv => kv.Key.Kind == DimensionKind.Currency && kv.Value != 0).Select(kv => kv.Key.Currency!).ToHashSet(StringComparer.Ordinal);
}
