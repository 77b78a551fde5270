using EnergyFigures.Reference;

namespace EnergyFigures.Checks;

/// <summary>The verdict of a check.</summary>
public enum Verdict
{
    /// <summary>The reference interval (after conversion, under every assumption) lies entirely inside the claim's interval.</summary>
    Consistent,

    /// <summary>The reference interval lies entirely outside the claim's interval.</summary>
    Inconsistent,

    /// <summary>The reference interval lies partly inside and partly outside the claim's interval: the data and assumptions cannot decide.</summary>
    Indeterminate,
}

/// <summary>How the reference values of several periods (e.g. the months a claim's period covers) combine.</summary>
public enum ReferenceAggregation
{
    /// <summary>The range from the lowest to the highest value (the default): every value must agree with the claim for a consistent verdict.</summary>
    Range,

    /// <summary>The exact mean of the values (a point).</summary>
    Mean,
}

/// <summary>How the sign of the reference relates to the claim's.</summary>
public enum SignConvention
{
    /// <summary>Both measure the same thing with the same sign (the default).</summary>
    Same,

    /// <summary>
    /// The claim states a deficit as a positive size ("a $9 billion trade deficit"); the reference is a balance
    /// (exports minus imports, negative for a deficit). The reference's sign is reversed before comparing,
    /// and the explanation says so.
    /// </summary>
    DeficitAgainstBalance,
}

/// <summary>How to check a claim: which reference period, how to read the claim, which assumptions. Immutable.</summary>
public sealed record CheckOptions
{
    /// <summary>The defaults: the months (or days) the claim's period covers, the claim read exactly as stated, BP's gas energy content where one is needed.</summary>
    public static CheckOptions Default { get; } = new();

    /// <summary>
    /// The period of the reference to use (e.g. <c>2020-01</c>); null (the default) uses the claim's period —
    /// for a monthly series every month it overlaps — unless <see cref="DaysAroundDateSaid"/> is set.
    /// </summary>
    public Period? ReferencePeriod { get; init; }

    /// <summary>
    /// When set (and <see cref="ReferencePeriod"/> is not), the reference window is the date the claim was said
    /// (its first appearance) widened by this many days on each side.
    /// </summary>
    public int? DaysAroundDateSaid { get; init; }

    /// <summary>
    /// Read the claim with the implied precision of its printed digits: an exact "1.5%" as [1.45, 1.55], an
    /// exact "$9 billion" as 8.5–9.5 billion (see <see cref="Figure.ImpliedPrecisionInterval"/>). False (the
    /// default) reads it exactly as stated.
    /// </summary>
    public bool ReadWithImpliedPrecision { get; init; }

    /// <summary>
    /// The gas energy content used where a per-energy price (USD/MMBtu) meets a per-volume one (USD per
    /// 1,000 m³); may be a range (<see cref="EnergyFigures.Reference.GasEnergyContent.HeatingValueRange"/>). Null (the default)
    /// means <see cref="EnergyFigures.Reference.GasEnergyContent.Bp"/>, BP's 36 GJ per 1,000 m³ (34.121 MMBtu).
    /// </summary>
    public Assumption? GasEnergyContent { get; init; }

    /// <summary>Further assumptions a conversion may use, e.g. an exchange rate from <see cref="Reference.ExchangeRates.EcbOn(DateOnly, string)"/>.</summary>
    public IReadOnlyList<Assumption> Assumptions { get; init; } = [];

    /// <summary>
    /// How currencies convert: the ECB reference rates taken for each reference value by a date rule (e.g.
    /// <see cref="Reference.ExchangeRateDate.MonthlyMean"/>: each month of a series at that month's mean rate). Null (the
    /// default) means only the rates given in <see cref="Assumptions"/>, if any.
    /// </summary>
    public Reference.ExchangeRateRule? ExchangeRates { get; init; }

    /// <summary>How the values of several reference periods combine (default: their range).</summary>
    public ReferenceAggregation Aggregation { get; init; } = ReferenceAggregation.Range;

    /// <summary>How the reference's sign relates to the claim's (default: the same).</summary>
    public SignConvention Sign { get; init; } = SignConvention.Same;
}
