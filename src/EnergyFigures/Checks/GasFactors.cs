using EnergyFigures.Numerics;
using EnergyFigures.Units;

namespace EnergyFigures.Checks;

/// <summary>
/// The gas energy-content assumptions the checks use by default.
/// </summary>
/// <remarks>
/// Minimal internal stand-in: the arithmetic issue ships the public <c>GasEnergyContent.Bp</c> and
/// <c>GasEnergyContent.HeatingValueRange</c> (with <c>data/reference/conversion_factors.csv</c>); once those
/// are on main, <see cref="CheckOptions.GasEnergyContent"/> defaults to them and this class goes.
/// </remarks>
internal static class GasFactors
{
    private static readonly Unit GjPer1000M3 = Unit.Parse("GJ/1000 m3");

    private static readonly Citation BpCitation = new(
        "BP",
        "Statistical Review of World Energy, Approximate conversion factors (July 2021)",
        new Uri("https://www.bp.com/en/global/corporate/energy-economics/statistical-review-of-world-energy/using-the-review/definitions-and-explanatory-notes.html"));

    /// <summary>BP: 1,000 m³ of natural gas = 36 GJ (= 34.121 MMBtu).</summary>
    internal static Assumption Bp { get; } = new(
        "bp.gas.energy_per_1000m3",
        "Energy content of natural gas, BP's approximate factor (36 GJ = 34.121 MMBtu per 1,000 m³)",
        new Quantity(Interval.Point(36m), GjPer1000M3),
        BpCitation);

    /// <summary>Net to gross heating value of typical pipeline gas: 34.6–38.3 MJ/m³ (= GJ per 1,000 m³).</summary>
    internal static Assumption HeatingValueRange { get; } = new(
        "hhv_lhv.gas.energy_per_1000m3",
        "Energy content of typical pipeline gas, from the net (LHV) to the gross (HHV) heating value (34.6–38.3 MJ/m³)",
        new Quantity(Interval.Closed(34.6m, 38.3m), GjPer1000M3),
        new Citation("globaltechaustralia.com.au", "Conversion tools", new Uri("https://globaltechaustralia.com.au/conversion-tools")));
}
