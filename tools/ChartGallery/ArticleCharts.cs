using EnergyFigures.Charts;
using EnergyFigures.Claims;
using EnergyFigures.Csv;
using EnergyFigures.Units;

namespace EnergyFigures.ChartGallery;

/// <summary>
/// The charts of the article's gas prices and interest rates, built from the shipped claims
/// (<c>data/claims.csv</c>), the reported figures (<c>data/reference/reported_figures.csv</c>) and the
/// reference series (<c>data/reference/observations.csv</c>). Used by the gallery and by the tests.
/// </summary>
public static class ArticleCharts
{
    /// <summary>All gallery charts with their file names (without extension).</summary>
    /// <param name="repoRoot">The repository root.</param>
    /// <returns>Name and chart, in gallery order.</returns>
    public static IReadOnlyList<(string Name, Chart Chart)> All(string repoRoot) =>
    [
        ("gas-prices-comparison", GasPricesComparison(repoRoot)),
        ("gas-prices-europe-2019-2020", GasPricesTimeSeries(repoRoot)),
        ("gas-spot-price-check", GasSpotCheck(repoRoot)),
        ("interest-rates-spread", InterestRatesSpread()),
        ("interest-rates-comparison", InterestRatesComparison(repoRoot)),
        ("interest-rate-reserves-check", ReservesRateCheck(repoRoot)),
    ];

    private static ClaimSet Claims => ClaimSet.Shipped;

    private static ClaimSet Reported(string repoRoot) =>
        ClaimsCsv.Load(Path.Combine(repoRoot, "data", "reference", "reported_figures.csv"));

    /// <summary>The BP factor 34.121 MMBtu per 1,000 m³.</summary>
    /// <param name="repoRoot">The repository root.</param>
    /// <returns>The assumption.</returns>
    public static Assumption BpFactor(string repoRoot) =>
        ReferenceCsv.Factor(repoRoot, "bp.gas.mmbtu_per_1000m3", "energy content of natural gas");

    /// <summary>World Bank natural gas, Europe, January 2019 to December 2020, in USD per MMBtu.</summary>
    /// <param name="repoRoot">The repository root.</param>
    /// <returns>The series.</returns>
    public static ChartSeries GasEurope(string repoRoot) =>
        ReferenceCsv.Series(repoRoot, "worldbank.NGAS_EUR", "Natural gas, Europe (World Bank, monthly average)", new DateOnly(2019, 1, 1), new DateOnly(2020, 12, 1));

    /// <summary>Comparison: the article's two gas prices against reported Gazprom export prices.</summary>
    /// <param name="repoRoot">The repository root.</param>
    /// <returns>The chart.</returns>
    public static Chart GasPricesComparison(string repoRoot)
    {
        var reported = Reported(repoRoot);
        return Chart.Comparison(
            "Gas prices: the article's figures and reported export prices",
            [
                new ChartItem(Claims["gas-price-offered-2020"], "Russia's offer to Belarus for 2020 (article)"),
                new ChartItem(Claims["europe-spot-gas-price-2020-02"], "Spot gas in Europe, early Feb 2020 (article)"),
                new ChartItem(reported["ref-gas-price-gazprom-europe-avg-2019"], "Gazprom's average price to Europe, 2019"),
                new ChartItem(reported["ref-gas-price-gazprom-europe-avg-2020-q2"], "Gazprom's average price to Europe, Q2 2020"),
            ],
            Unit.Parse("USD/1000 m3"));
    }

    /// <summary>Time series: European gas 2019–2020 in USD per 1,000 m³ with the article's two gas claims.</summary>
    /// <param name="repoRoot">The repository root.</param>
    /// <returns>The chart.</returns>
    public static Chart GasPricesTimeSeries(string repoRoot) =>
        Chart.TimeSeries(
            "European gas prices 2019–2020 and the article's claims",
            GasEurope(repoRoot),
            [
                new ChartItem(Claims["europe-spot-gas-price-2020-02"], "“under $100” (said 3–6 Feb 2020)"),
                new ChartItem(Claims["gas-price-offered-2020"], "$127 offered to Belarus for 2020"),
            ],
            Unit.Parse("USD/1000 m3"),
            [BpFactor(repoRoot)]);

    /// <summary>Check: "spot prices in Europe are under $100" against the World Bank's February 2020 average.</summary>
    /// <param name="repoRoot">The repository root.</param>
    /// <returns>The chart.</returns>
    public static Chart GasSpotCheck(string repoRoot)
    {
        var claim = Claims["europe-spot-gas-price-2020-02"];
        var series = GasEurope(repoRoot);
        var feb = series.Points.Single(p => p.Date == new DateOnly(2020, 2, 1));
        var perMmbtu = Quantity.Exactly(feb.Value, series.Unit);
        var bp = BpFactor(repoRoot);
        var heating = ReferenceCsv.Factor(repoRoot, "hhv_lhv.gas.energy_per_1000m3", "heating value of pipeline gas, net to gross");
        var target = Unit.Parse("USD/1000 m3");
        var reference = (perMmbtu * bp.Value).ConvertTo(target);
        var band = (perMmbtu * heating.Value).ConvertTo(target);
        return Chart.Check(
            new CheckChartData(
                new ChartItem(claim, "claim: spot price\n(3–6 Feb 2020)"),
                reference,
                "World Bank Europe, Feb 2020 monthly average",
                series.Source,
                Verdict(claim.Figure.Interval, reference.Interval, band.Interval),
                band,
                "heating value 34.6–38.3 GJ per 1,000 m³",
                new EquatableArray<Assumption>([bp, heating]),
                "The claim is about spot prices on 3–6 February 2020; the reference is the monthly average. With BP's factor the reference is under $100; with the gross heating value it is not."),
            "European spot gas “under $100”");
    }

    /// <summary>Spread: the reserves rate against the loan rate.</summary>
    /// <returns>The chart.</returns>
    public static Chart InterestRatesSpread() =>
        Chart.Spread(
            "What Russia earns on reserves vs what Belarus pays Russia",
            new ChartItem(Claims["russia-reserves-rate-in-us"], "Russia's reserves in the US earn"),
            new ChartItem(Claims["belarus-loan-rate-from-russia"], "Belarus pays Russia on loans"));

    /// <summary>Comparison: the article's rates against reported rates of Russia's loan for the Belarusian nuclear plant.</summary>
    /// <param name="repoRoot">The repository root.</param>
    /// <returns>The chart.</returns>
    public static Chart InterestRatesComparison(string repoRoot)
    {
        var reported = Reported(repoRoot);
        return Chart.Comparison(
            "Interest rates: the article's figures and reported loan terms",
            [
                new ChartItem(Claims["russia-reserves-rate-in-us"], "Russia's reserves in the US earn (article)"),
                new ChartItem(Claims["belarus-loan-rate-from-russia"], "Belarus pays Russia on loans (article)"),
                new ChartItem(reported["ref-loan-rate-npp-average-2011"], "Nuclear plant loan, average rate (2011)"),
                new ChartItem(reported["ref-loan-rate-npp-fixed-part-2011"], "Nuclear plant loan, fixed half (2011)"),
                new ChartItem(reported["ref-loan-rate-npp-restructured-2020"], "Nuclear plant loan, proposed fixed rate (2020)"),
            ]);
    }

    /// <summary>Check: "Americans pay them 1.5%" against the 3-month Treasury bill rate of February 2020.</summary>
    /// <param name="repoRoot">The repository root.</param>
    /// <returns>The chart.</returns>
    public static Chart ReservesRateCheck(string repoRoot)
    {
        var claim = Claims["russia-reserves-rate-in-us"];
        var tb = ReferenceCsv.Series(repoRoot, "fred.TB3MS", "3-month Treasury bill rate", new DateOnly(2020, 2, 1), new DateOnly(2020, 2, 1));
        var reference = Quantity.Exactly(tb.Points[0].Value, tb.Unit);
        var implied = claim.Figure.ImpliedPrecisionInterval();
        return Chart.Check(
            new CheckChartData(
                new ChartItem(claim, "claim: rate on Russia's\nreserves in the US"),
                reference,
                "3-month US Treasury bills, Feb 2020 average",
                tb.Source,
                Verdict(implied, reference.Interval, null),
                Note: "“1.5%” is read with its implied precision, 1.45–1.55%. The maturities of Russia's US holdings are not stated; the 3-month bill rate is one plausible reference."),
            "“Americans pay them 1.5%”");
    }

    /// <summary>A simple verdict for the gallery: where the reference (and its band) lies relative to the claim's interval.</summary>
    private static string Verdict(Numerics.Interval claim, Numerics.Interval reference, Numerics.Interval? band)
    {
        var whole = band ?? reference;
        if (claim.Contains(whole))
        {
            return "consistent";
        }

        if (!claim.Overlaps(whole))
        {
            return "not consistent";
        }

        return "borderline";
    }
}
