using System.Globalization;

namespace EnergyFigures.Reference;

/// <summary>How often a reference series is observed.</summary>
public enum Frequency
{
    /// <summary>One observation per (working) day, each period a <c>YYYY-MM-DD</c> day.</summary>
    Daily,

    /// <summary>One observation per month, each period a <c>YYYY-MM</c> month.</summary>
    Monthly,
}

/// <summary>
/// One observation of a reference series: the period it refers to and its value exactly as the publisher
/// printed it (a decimal with every printed digit, e.g. <c>2.9077736410599999</c>).
/// </summary>
/// <param name="Period">The day (daily series) or month (monthly series) observed.</param>
/// <param name="Value">The value, in the series' unit.</param>
public sealed record Observation(Period Period, decimal Value)
{
    /// <summary><c>2020-02: 2.9077736410599999</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Period}: {Value}");
}
