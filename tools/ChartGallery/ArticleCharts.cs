using EnergyFigures.Charts;
using EnergyFigures.Checks;
using EnergyFigures.Claims;
using EnergyFigures.Reference;
using EnergyFigures.Units;
using EnergyFigures.Data;

namespace EnergyFigures.ChartGallery;

/// <summary>
/// The charts of the article's gas prices and interest rates, built from the shipped data only: the claims
/// (<c>ClaimSet.Shipped</c>), the reported figures (<see cref="ReportedFigures.Shipped"/>), the reference
/// series (<see cref="ReferenceLibrary.Shipped"/>), the conversion factors and the article's checks
/// (<see cref="ArticleChecks"/>). Used by the gallery program and by the tests.
/// </summary>
public static class ArticleCharts
{
    /// <summary>All gallery charts with their file names (without extension).</summary>
    /// <returns>Name and chart, in gallery order.</returns>
    public static IReadOnlyList<(string Name, Chart Chart)> All() =>
    [
        ("gas-prices-comparison", GasPricesComparison()),
        ("gas-prices-europe-2019-2020", GasPricesTimeSeries()),
        ("gas-spot-price-check", GasSpotCheck()),
        ("interest-rates-spread", InterestRatesSpread()),
        ("interest-rates-comparison", InterestRatesComparison()),
        ("interest-rate-reserves-check", ReservesRateCheck()),
    ];

    private static ClaimSet Claims => ClaimSet.Shipped;

    private static ClaimSet Reported => ReportedFigures.Shipped;

    private static readonly Unit PerKcm = Unit.Parse("USD/1000 m3");

    /// <summary>Comparison: the article's two gas prices against reported Gazprom export prices.</summary>
    /// <returns>The chart.</returns>
    public static Chart GasPricesComparison() =>
        Chart.Comparison(
            "Gas prices: the article's figures and reported export prices",
            [
                new ChartItem(Claims["gas-price-offered-2020"], "Russia's offer to Belarus for 2020 (article)"),
                new ChartItem(Claims["europe-spot-gas-price-2020-02"], "Spot gas in Europe, early Feb 2020 (article)"),
                new ChartItem(Reported["ref-gas-price-gazprom-europe-avg-2019"], "Gazprom's average price to Europe, 2019"),
                new ChartItem(Reported["ref-gas-price-gazprom-europe-avg-2020-q2"], "Gazprom's average price to Europe, Q2 2020"),
            ],
            PerKcm);

    /// <summary>Time series: World Bank natural gas, Europe, 2019–2020 in USD per 1,000 m³ (× 34.121) with the article's two gas claims.</summary>
    /// <returns>The chart.</returns>
    public static Chart GasPricesTimeSeries() =>
        Chart.TimeSeries(
            "European gas prices 2019–2020 and the article's claims",
            ReferenceLibrary.Shipped.Get("worldbank.NGAS_EUR"),
            Period.Parse("2019/2020"),
            [
                new ChartItem(Claims["europe-spot-gas-price-2020-02"], "“under $100” (said 3–6 Feb 2020)"),
                new ChartItem(Claims["gas-price-offered-2020"], "$127 offered to Belarus for 2020"),
            ],
            PerKcm,
            [GasEnergyContent.BpInMmbtu]);

    /// <summary>Check: "spot prices in Europe are under $100" against the World Bank's February 2020 average; the heating-value range as the band.</summary>
    /// <returns>The chart.</returns>
    public static Chart GasSpotCheck()
    {
        var rows = ArticleChecks.All().Where(r => r.Claim.Id == "europe-spot-gas-price-2020-02" && r.Result is not null).ToList();
        var verification = rows.Single(r => r.Role == CheckRole.Verification).Result!;
        var heating = rows.Single(r => r.Role == CheckRole.Sensitivity && r.Options?.GasEnergyContent is not null).Result!;
        return Chart.Check(
            verification,
            heating,
            "European spot gas “under $100”",
            "claim: spot price\n(3–6 Feb 2020)",
            "World Bank, natural gas Europe, Feb 2020 monthly average");
    }

    /// <summary>Spread: the reserves rate against the loan rate.</summary>
    /// <returns>The chart.</returns>
    public static Chart InterestRatesSpread() =>
        Chart.Spread(
            "What Russia earns on reserves vs what Belarus pays Russia",
            new ChartItem(Claims["russia-reserves-rate-in-us"], "Russia's reserves in the US earn"),
            new ChartItem(Claims["belarus-loan-rate-from-russia"], "Belarus pays Russia on loans"));

    /// <summary>Comparison: the article's rates against reported rates of Russia's loan for the Belarusian nuclear plant.</summary>
    /// <returns>The chart.</returns>
    public static Chart InterestRatesComparison() =>
        Chart.Comparison(
            "Interest rates: the article's figures and reported loan terms",
            [
                new ChartItem(Claims["russia-reserves-rate-in-us"], "Russia's reserves in the US earn (article)"),
                new ChartItem(Claims["belarus-loan-rate-from-russia"], "Belarus pays Russia on loans (article)"),
                new ChartItem(Reported["ref-loan-rate-npp-average-2011"], "Nuclear plant loan, average rate (2011)"),
                new ChartItem(Reported["ref-loan-rate-npp-fixed-part-2011"], "Nuclear plant loan, fixed half (2011)"),
                new ChartItem(Reported["ref-loan-rate-npp-restructured-2020"], "Nuclear plant loan, proposed fixed rate (2020)"),
            ]);

    /// <summary>Check: "Americans pay them 1.5%" against the 3-month Treasury bill rate of February 2020 (a proxy).</summary>
    /// <returns>The chart.</returns>
    public static Chart ReservesRateCheck()
    {
        // The implied-precision reading of the proxy check (the T-bill rate stands in for what the claim names).
        var proxy = ArticleChecks.All().First(r => r.Claim.Id == "russia-reserves-rate-in-us" && r.Role == CheckRole.Proxy).Result!;
        return Chart.Check(
            proxy,
            title: "“Americans pay them 1.5%”",
            claimLabel: "claim: rate on Russia's\nreserves in the US",
            referenceLabel: "3-month US Treasury bills, Feb 2020 average");
    }
}
