using System.Globalization;

namespace EnergyFigures.Charts;

/// <summary>
/// Tick marks for a time axis over any window: the first days of months at a round step (1, 2, 3, 6 months,
/// then 1, 2, 5, 10, 20, 50 … years) chosen so that at most a given number of ticks fit, every tick inside the
/// window, strictly increasing, each labelled once (<c>2019-06</c> for month steps, <c>2019</c> for year steps).
/// </summary>
internal static class TimeTicks
{
    private static readonly int[] MonthSteps = [1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200, 2400, 6000, 12000];

    /// <summary>The ticks of the window from <paramref name="start"/> to <paramref name="end"/> (inclusive).</summary>
    /// <param name="start">The first day drawn.</param>
    /// <param name="end">The last day drawn (not before <paramref name="start"/>).</param>
    /// <param name="maxTicks">The most ticks wanted (at least 2).</param>
    /// <returns>The ticks, in order; at least one when the window holds the first day of a month, else the start itself.</returns>
    public static IReadOnlyList<(DateOnly Date, string Label)> For(DateOnly start, DateOnly end, int maxTicks = 8)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTicks, 2);
        if (end < start)
        {
            throw new ArgumentException($"The window ends ({end:yyyy-MM-dd}) before it starts ({start:yyyy-MM-dd}).", nameof(end));
        }

        // The first first-of-month on or after the start, and the last on or before the end.
        var firstIndex = MonthIndex(new DateOnly(start.Year, start.Month, 1)) + (start.Day == 1 ? 0 : 1);
        var lastIndex = MonthIndex(new DateOnly(end.Year, end.Month, 1));
        if (firstIndex > lastIndex)
        {
            // No month starts inside the window: one tick at its start, labelled with the day.
            return [(start, start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))];
        }

        foreach (var step in MonthSteps)
        {
            // Ticks at month indices that are multiples of the step (years at January, quarters at Jan/Apr/Jul/Oct).
            var from = CeilingToMultiple(firstIndex, step);
            var count = from > lastIndex ? 0 : ((lastIndex - from) / step) + 1;
            if (count <= maxTicks || step == MonthSteps[^1])
            {
                if (count == 0)
                {
                    // The step skips the whole window: a single tick at the first month inside it.
                    return [(FromIndex(firstIndex), Label(FromIndex(firstIndex), step < 12))];
                }

                var ticks = new List<(DateOnly, string)>(count);
                for (var i = from; i <= lastIndex; i += step)
                {
                    var d = FromIndex(i);
                    ticks.Add((d, Label(d, step < 12)));
                }

                return ticks;
            }
        }

        throw new InvalidOperationException("unreachable: the largest step always returns");
    }

    private static int MonthIndex(DateOnly d) => (d.Year * 12) + d.Month - 1;

    private static DateOnly FromIndex(int i) => new(i / 12, (i % 12) + 1, 1);

    private static int CeilingToMultiple(int value, int step) => ((value + step - 1) / step) * step;

    private static string Label(DateOnly d, bool months) =>
        d.ToString(months ? "yyyy-MM" : "yyyy", CultureInfo.InvariantCulture);
}
