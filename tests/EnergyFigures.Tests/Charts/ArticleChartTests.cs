using EnergyFigures.ChartGallery;
using EnergyFigures.Charts;
using EnergyFigures.Tests.Support;
using static EnergyFigures.Tests.Charts.ChartTestSupport;

namespace EnergyFigures.Tests.Charts;

/// <summary>Every chart kind, rendered from the shipped dataset and reference data, as in docs/images.</summary>
[Collection(ChartCollection.Name)]
public sealed class ArticleChartTests
{
    private static readonly Lazy<IReadOnlyList<(string Name, Chart Chart)>> Gallery = new(() => ArticleCharts.All());

    private static Chart Get(string name) => Gallery.Value.Single(g => g.Name == name).Chart;

    public static TheoryData<string> Names => new(ArticleCharts.All().Select(g => g.Name));

    [Fact]
    public void Gallery_covers_every_chart_kind()
    {
        Assert.Equal(Enum.GetValues<ChartKind>().Order(), Gallery.Value.Select(g => g.Chart.Kind).Distinct().Order());
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Svg_is_well_formed_and_holds_the_title_and_the_whole_caption(string name)
    {
        var chart = Get(name);
        var text = SvgAllText(chart.ToSvg(Small));
        Assert.Contains(chart.Title, text, StringComparison.Ordinal);
        foreach (var line in chart.Caption)
        {
            Assert.Contains(line, text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Png_has_the_requested_size_at_scale_1_and_2(string name)
    {
        var chart = Get(name);
        Assert.Equal((700, 420), PngSize(chart.ToPng(Small)));
        Assert.Equal((1400, 840), PngSize(chart.ToPng(Small with { Scale = 2 })));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Rendering_twice_gives_identical_bytes(string name)
    {
        var chart = Get(name);
        Assert.Equal(chart.ToPng(Small), chart.ToPng(Small));
        Assert.Equal(chart.ToSvg(Small), chart.ToSvg(Small));

        // A chart built again from the same data renders the same too.
        var again = ArticleCharts.All().Single(g => g.Name == name).Chart;
        Assert.Equal(chart.ToPng(Small), again.ToPng(Small));
    }

    [Fact]
    public void Output_does_not_depend_on_the_current_culture()
    {
        var chart = Get("gas-prices-europe-2019-2020");
        var png = chart.ToPng(Small);
        var svg = chart.ToSvg(Small);
        using (new CultureScope("de-DE"))
        {
            Assert.Equal(png, chart.ToPng(Small));
            Assert.Equal(svg, chart.ToSvg(Small));
        }
    }

    [Fact]
    public void Gas_comparison_shows_units_labels_values_and_cites_claimant_and_outlet()
    {
        var chart = Get("gas-prices-comparison");
        var texts = SvgTexts(chart.ToSvg());
        var all = string.Join(" ", texts);
        Assert.Contains("USD per 1,000 m³", texts);
        Assert.Contains("127", texts);
        Assert.Contains("< 100", texts);
        Assert.Contains("203", texts);
        Assert.Contains(texts, t => t.StartsWith("Spot gas in Europe", StringComparison.Ordinal)); // wrapped at words by measured width
        Assert.Contains("Alexander Lukashenko, via BelTA, in Global Research, 2020-02-06", all, StringComparison.Ordinal);
        Assert.Contains("Natural Gas World", all, StringComparison.Ordinal);
        Assert.Contains("upper bound", all, StringComparison.Ordinal);
    }

    [Fact]
    public void Gas_time_series_is_in_usd_per_1000_m3_and_cites_the_publisher_and_the_factor()
    {
        var chart = Get("gas-prices-europe-2019-2020");
        var texts = SvgTexts(chart.ToSvg());
        var all = string.Join(" ", texts);
        Assert.Contains("USD per 1,000 m³", texts);
        Assert.Contains("2020-01", texts);
        Assert.Contains("Natural gas, Europe (World Bank, monthly average)", texts);
        Assert.Contains("“under $100” (said 3–6 Feb 2020)", texts);
        Assert.Contains("$127 offered to Belarus for 2020", texts);
        Assert.Contains("World Bank, Commodity Price Data (The Pink Sheet)", all, StringComparison.Ordinal);
        Assert.Contains("34.121 MMBtu per 1,000 m³", all, StringComparison.Ordinal);
        Assert.Contains("Alexander Lukashenko, via BelTA, in Global Research", all, StringComparison.Ordinal);
    }

    [Fact]
    public void Gas_check_has_the_verdict_in_the_title_the_reference_and_the_band()
    {
        var chart = Get("gas-spot-price-check");
        Assert.EndsWith("verdict: consistent; indeterminate across the band", chart.Title, StringComparison.Ordinal);
        var texts = SvgTexts(chart.ToSvg());
        var all = string.Join(" ", texts);
        Assert.Contains("≈ 99.22", texts); // 2.9077736… USD/MMBtu × 34.121, four significant digits
        Assert.Contains("< 100", texts);
        Assert.Contains("band: reference under the assumption range, ≈ 95.3–105.6", texts); // rounded outward
        Assert.Contains("≈ 95.3–105.6 USD per 1,000 m³", all, StringComparison.Ordinal);
        Assert.Contains("gas energy content = 36 GJ per 1,000 m³ (BP", all, StringComparison.Ordinal); // BP's factor (= 34.121 MMBtu)
        Assert.Contains("the verdict is indeterminate", all, StringComparison.Ordinal);
    }

    [Fact]
    public void Rate_spread_shows_both_rates_and_the_spread_in_percentage_points()
    {
        var chart = Get("interest-rates-spread");
        var texts = SvgTexts(chart.ToSvg());
        var all = string.Join(" ", texts);
        Assert.Contains("% per year", texts);
        Assert.Contains("1.5", texts);
        Assert.Contains("4–6", texts);
        Assert.Contains("spread: 2.5 to 4.5 pp", texts);
        Assert.Contains("2.5 to 4.5 percentage points per year", all, StringComparison.Ordinal);
        Assert.Contains("Alexander Lukashenko, via BelTA, in Global Research", all, StringComparison.Ordinal);
    }

    [Fact]
    public void Rate_check_compares_with_the_treasury_bill_rate()
    {
        var chart = Get("interest-rate-reserves-check");
        Assert.Contains("verdict: consistent", chart.Title, StringComparison.Ordinal);
        var all = SvgAllText(chart.ToSvg());
        Assert.Contains("1.52", SvgTexts(chart.ToSvg()));
        Assert.Contains("1.45–1.55", SvgTexts(chart.ToSvg()));
        Assert.Contains("FRED", all, StringComparison.Ordinal);
    }

    [Fact]
    public void Dark_theme_renders_differently_but_with_the_same_text()
    {
        var chart = Get("interest-rates-spread");
        var dark = ChartOptions.Default with { Theme = ChartTheme.Dark };
        Assert.NotEqual(chart.ToPng(), chart.ToPng(dark));
        Assert.Equal(SvgTexts(chart.ToSvg()), SvgTexts(chart.ToSvg(dark)));
    }
}
