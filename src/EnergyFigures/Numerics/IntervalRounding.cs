namespace EnergyFigures.Numerics;

/// <summary>Rounding of intervals for display that keeps them conservative.</summary>
public static class IntervalRounding
{
    /// <summary>
    /// Rounds the low end down and the high end up to <paramref name="decimals"/> places, so the result
    /// contains the interval: [2.666…67, 4] becomes [2.66, 4.00]. Open and unbounded ends stay so. (Plain
    /// decimal formatting such as <c>ToString("0.00")</c> rounds each end to the nearest instead, printing
    /// [2.67, 4.00], which does not contain 2.666….)
    /// </summary>
    /// <param name="interval">The interval.</param>
    /// <param name="decimals">Places after the decimal point, 0 to 28.</param>
    /// <returns>The rounded interval, a superset of <paramref name="interval"/>.</returns>
    public static Interval RoundOutward(this Interval interval, int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 28);
        if (interval.IsEmpty)
        {
            return interval;
        }

        decimal? low = interval.Low is { } l ? decimal.Round(l, decimals, MidpointRounding.ToNegativeInfinity) : null;
        decimal? high = interval.High is { } h ? decimal.Round(h, decimals, MidpointRounding.ToPositiveInfinity) : null;
        return (low, high) switch
        {
            (null, null) => Interval.All,
            (null, { } hi) => Interval.Below(hi, !interval.HighOpen),
            ({ } lo, null) => Interval.Above(lo, !interval.LowOpen),
            ({ } lo, { } hi) => Interval.Create(lo, interval.LowOpen && lo != hi, hi, interval.HighOpen && lo != hi),
        };
    }
}
