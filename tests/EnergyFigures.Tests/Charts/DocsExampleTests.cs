using EnergyFigures.Charts;
using EnergyFigures.Checks;
using EnergyFigures.Claims;
using EnergyFigures.Reference;
using EnergyFigures.Units;
using EnergyFigures.Data;
using static EnergyFigures.Tests.Charts.ChartTestSupport;

namespace EnergyFigures.Tests.Charts;

/// <summary>The example in docs/charts.md, kept compiling and true.</summary>
[Collection(ChartCollection.Name)]
public sealed class DocsExampleTests
{
    [Fact]
    public void Docs_example_runs()
    {
        var claims = ClaimSet.Shipped;
        var perKcm = Unit.Parse("USD/1000 m3");

        Chart gas = Chart.Comparison("Gas prices in the article",
            [new ChartItem(claims["gas-price-offered-2020"], "Offer to Belarus for 2020"),
             new ChartItem(claims["europe-spot-gas-price-2020-02"], "Spot gas in Europe")],
            perKcm);
        Chart spread = Chart.Spread("Reserves vs loans",
            claims["russia-reserves-rate-in-us"], claims["belarus-loan-rate-from-russia"]);
        Chart series = Chart.TimeSeries("European gas 2019–2020",
            ReferenceLibrary.Shipped.Get("worldbank.NGAS_EUR"), Period.Parse("2019/2020"),
            [claims["europe-spot-gas-price-2020-02"], claims["gas-price-offered-2020"]],
            perKcm, [GasEnergyContent.BpInMmbtu]);
        CheckResult result = Checker.Check(claims["europe-spot-gas-price-2020-02"], "worldbank.NGAS_EUR");
        CheckResult band = Checker.Check(claims["europe-spot-gas-price-2020-02"], "worldbank.NGAS_EUR",
            CheckOptions.Default with { GasEnergyContent = GasEnergyContent.HeatingValueRange });
        Chart check = Chart.Check(result, band);

        Assert.Equal((900, 520), PngSize(gas.ToPng()));
        Assert.Equal((1800, 1040), PngSize(gas.ToPng(new ChartOptions { Scale = 2 })));
        Assert.Contains("spread: 2.5 to 4.5 pp", SvgTexts(spread.ToSvg(new ChartOptions { Width = 700, Height = 400, Theme = ChartTheme.Dark })));
        Assert.Contains(series.Notes, n => n.Contains("34.121", StringComparison.Ordinal));
        Assert.Contains("verdict: consistent; indeterminate across the band", check.Title, StringComparison.Ordinal);
        Assert.IsType<ScottPlot.Plot>(gas.ToPlot());
    }
}
