using EnergyFigures.Claims;
using EnergyFigures.Errors;

namespace EnergyFigures.Reference;

/// <summary>
/// Figures reported in news and analysis pages (Belarus gas import prices by year, Gazprom's average price
/// to Europe, Belarus–Russia goods trade, debt service, loan rates), shipped as <em>claims</em>: they are
/// figures stated by others — news agencies quoting Belstat, the Russian customs service, Gazprom or
/// officials — each with its claimant, publisher and URL, not official statistics.
/// </summary>
public static class ReportedFigures
{
    private static readonly Lazy<ClaimSet> ShippedLazy = new(ReferenceData.LoadReportedFigures, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The reported figures shipped with the library (<c>data/reference/reported_figures.csv</c>, in the claims
    /// schema), loaded once, lazily and thread-safely from the assembly's embedded data.
    /// </summary>
    /// <exception cref="EnergyFiguresException">The embedded data is damaged (<see cref="ErrorCodes.EmbeddedDataDamaged"/>; a build problem).</exception>
    public static ClaimSet Shipped => ShippedLazy.Value;
}
