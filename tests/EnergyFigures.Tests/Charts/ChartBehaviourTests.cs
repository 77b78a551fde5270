using EnergyFigures.Charts;
using EnergyFigures.Claims;
using EnergyFigures.Units;
using ScottPlot;
using ScottPlot.Plottables;
using EnergyFigures.Errors;
using EnergyFigures.Data;
using static EnergyFigures.Tests.Charts.ChartTestSupport;

namespace EnergyFigures.Tests.Charts;

/// <summary>Encodings, conversions, refusals, escaping and the embedded font.</summary>
[Collection(ChartCollection.Name)]
public sealed class ChartBehaviourTests
{
    private static readonly Unit PerKcm = Unit.Parse("USD/1000 m3");

    internal static Claim MakeClaim(
        string id,
        BoundKind bound,
        decimal value,
        string unit,
        decimal? high = null,
        string text = "$1",
        string claimant = "Jane Doe",
        string outlet = "Example Times",
        string period = "2020-02")
    {
        var figure = Figure.Create(text, bound, value, Unit.Parse(unit), valueHigh: high);
        var pub = new Publication("A title", null, outlet, new DateOnly(2020, 2, 6));
        var appearance = new Appearance("She said " + text + ".", QuoteKind.Verbatim, Period.Parse(period), new EquatableArray<string>([]), pub);
        return new Claim(id, "subject " + id, Period.Parse(period), new Claimant(claimant), figure, new EquatableArray<Appearance>([appearance]), new EquatableArray<string>([]), new EquatableArray<string>([]));
    }

    private static Assumption Bp => new(
        "bp.gas.mmbtu_per_1000m3",
        "energy content of natural gas",
        Quantity.Exactly(34.121m, Unit.Parse("MMBtu/1000 m3")),
        new Citation("BP", "Statistical Review of World Energy"));

    [Fact]
    public void Embedded_font_is_the_typeface_in_use_for_regular_and_bold()
    {
        ChartFonts.Register();
        foreach (var bold in new[] { false, true })
        {
            var tf = Fonts.GetTypeface(ChartFonts.Name, bold, false);
            using var s = tf.OpenStream(out _);
            var bytes = new byte[s.Length];
            s.Read(bytes, bytes.Length);
            Assert.Equal(ChartFonts.ResourceBytes(bold), bytes);
            Assert.Equal(ChartFonts.FamilyName, tf.FamilyName);
        }

        Assert.Equal(ChartFonts.Name, Fonts.Default);
    }

    [Fact]
    public void Under_is_drawn_as_a_fading_bar_with_an_arrow_never_a_plain_bar()
    {
        var exact = Chart.Comparison("t", [MakeClaim("a", BoundKind.Exact, 127, "USD/1000 m3")]).ToPlot();
        var under = Chart.Comparison("t", [MakeClaim("b", BoundKind.Under, 100, "USD/1000 m3")]).ToPlot();

        Assert.Empty(exact.GetPlottables<Arrow>());
        Assert.Null(Assert.Single(exact.GetPlottables<BarPlot>().SelectMany(b => b.Bars)).FillHatch);

        var bar = Assert.Single(under.GetPlottables<BarPlot>().SelectMany(b => b.Bars));
        Assert.IsType<ScottPlot.Gradient>(bar.FillHatch);
        Assert.Equal(100, bar.Value);
        var arrow = Assert.Single(under.GetPlottables<Arrow>());
        Assert.True(arrow.Tip.X < arrow.Base.X, "the arrow points toward lower values");
    }

    [Fact]
    public void At_least_runs_from_the_bound_to_the_axis_end_with_an_outward_arrow()
    {
        var plot = Chart.Comparison("t", [MakeClaim("c", BoundKind.AtLeast, 120, "USD/1000 m3")]).ToPlot();
        var bar = Assert.Single(plot.GetPlottables<BarPlot>().SelectMany(b => b.Bars));
        Assert.Equal(120, bar.ValueBase);
        Assert.True(bar.Value > 120);
        Assert.IsType<ScottPlot.Gradient>(bar.FillHatch);
        var arrow = Assert.Single(plot.GetPlottables<Arrow>());
        Assert.True(arrow.Tip.X > arrow.Base.X);
    }

    [Fact]
    public void Range_is_a_floating_bar_and_about_is_marked()
    {
        var chart = Chart.Comparison("t", [
            MakeClaim("r", BoundKind.Range, 4, "percent/year", high: 6),
            MakeClaim("a", BoundKind.Approximately, 85, "percent/year"),
        ]);
        var bars = chart.ToPlot().GetPlottables<BarPlot>().SelectMany(b => b.Bars).ToList();
        Assert.Contains(bars, b => b.ValueBase == 4 && b.Value == 6);
        var texts = SvgTexts(chart.ToSvg());
        Assert.Contains("4–6", texts);
        Assert.Contains("≈ 85 (read 84.5–85.5)", texts); // "about" with the band it is read as
        // The end of "about" is dashed, not a plain edge.
        Assert.Contains(chart.ToPlot().GetPlottables<LinePlot>(), l => l.LinePattern.Equals(LinePattern.DenselyDashed) && l.Start.X == 85);
    }

    [Fact]
    public void Billions_are_drawn_in_billions_with_the_axis_saying_so()
    {
        var claims = ClaimSet.Shipped;
        var chart = Chart.Comparison("Trade", [claims["belarus-trade-deficit-with-russia"], claims["russia-goods-sales-surplus"]]);
        var texts = SvgTexts(chart.ToSvg());
        Assert.Contains("USD (billions)", texts);
        Assert.Contains("9", texts);
        Assert.Equal(9, chart.ToPlot().GetPlottables<BarPlot>().SelectMany(b => b.Bars).First().Value);
    }

    [Fact]
    public void Same_dimension_units_are_converted_without_assumptions()
    {
        var chart = Chart.Comparison("t", [MakeClaim("m", BoundKind.Exact, 0.127m, "USD/m3", text: "0.127 dollars a cubic metre")], PerKcm);
        Assert.Contains("127", SvgTexts(chart.ToSvg()));
        Assert.Contains(chart.Notes, n => n.Contains("Converted to USD per 1,000 m³", StringComparison.Ordinal));
    }

    [Fact]
    public void Energy_prices_need_an_energy_content_and_name_it_in_the_caption()
    {
        var perMmbtu = MakeClaim("e", BoundKind.Under, 3, "USD/MMBtu", text: "under $3");
        var e = Assert.Throws<EnergyFiguresException>(() => Chart.Comparison("t", [perMmbtu], PerKcm));
        Assert.Equal(ErrorCodes.MissingAssumption, e.Code);
        Assert.Contains("claim 'e'", e.Message, StringComparison.Ordinal);

        var chart = Chart.Comparison("t", [perMmbtu], PerKcm, [Bp]);
        Assert.Contains("< 102.363", SvgTexts(chart.ToSvg())); // 3 × 34.121 = 102.363, short enough to print exactly
        Assert.Contains(chart.Notes, n => n.StartsWith("Assumption: energy content of natural gas = 34.121", StringComparison.Ordinal));
    }

    [Fact]
    public void Currencies_need_an_exchange_rate()
    {
        var eur = MakeClaim("eur", BoundKind.Exact, 100, "EUR/1000 m3", text: "€100");
        Assert.Equal(ErrorCodes.MissingAssumption, Assert.Throws<EnergyFiguresException>(() => Chart.Comparison("t", [eur], PerKcm)).Code);
        var rate = new Assumption("ecb.USD.2020-02-06", "euro reference rate", Quantity.Exactly(1.1m, Unit.Parse("USD/EUR")), new Citation("European Central Bank", "Euro foreign exchange reference rates"), new DateOnly(2020, 2, 6));
        var chart = Chart.Comparison("t", [eur], PerKcm, [rate]);
        Assert.Contains("110", SvgTexts(chart.ToSvg()));
        Assert.Contains(chart.Notes, n => n.Contains("on 2020-02-06", StringComparison.Ordinal) && n.Contains("European Central Bank", StringComparison.Ordinal));
    }

    [Fact]
    public void Different_quantities_are_refused_as_incompatible()
    {
        var e = Assert.Throws<EnergyFiguresException>(() => Chart.Comparison("t", [
            MakeClaim("gas", BoundKind.Exact, 127, "USD/1000 m3"),
            MakeClaim("oil", BoundKind.Exact, 10, "percent/year"),
        ]));
        Assert.Equal(ErrorCodes.IncompatibleUnits, e.Code);
        Assert.Contains("claim 'oil'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_price_per_tonne_needs_a_density_to_be_drawn_per_volume()
    {
        var e = Assert.Throws<EnergyFiguresException>(() => Chart.Comparison("t", [MakeClaim("oil", BoundKind.Exact, 10, "USD/t")], PerKcm));
        Assert.Equal(ErrorCodes.MissingAssumption, e.Code);
        Assert.Contains("density", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Spread_of_an_open_bound_is_refused()
    {
        var e = Assert.Throws<EnergyFiguresException>(() => Chart.Spread("t", MakeClaim("a", BoundKind.Exact, 1.5m, "percent/year"), MakeClaim("b", BoundKind.Over, 4, "percent/year", text: "over 4%")));
        Assert.Equal(ErrorCodes.ChartInputUnusable, e.Code);
    }

    [Fact]
    public void Spread_of_percent_and_money_is_refused()
    {
        var e = Assert.Throws<EnergyFiguresException>(() => Chart.Spread("t", MakeClaim("a", BoundKind.Exact, 1.5m, "percent/year"), MakeClaim("b", BoundKind.Exact, 4, "USD")));
        Assert.Equal(ErrorCodes.IncompatibleUnits, e.Code);
    }

    [Fact]
    public void Time_series_needs_observations()
    {
        var empty = new ChartSeries("s", PerKcm, [], new Citation("P", "T"));
        Assert.Equal(ErrorCodes.ChartInputUnusable, Assert.Throws<EnergyFiguresException>(() => Chart.TimeSeries("t", empty)).Code);
    }

    [Fact]
    public void Time_series_draws_an_upper_bound_as_a_region_and_an_exact_figure_as_a_line()
    {
        var series = new ChartSeries("s", PerKcm, [new(new DateOnly(2020, 1, 1), 120m), new(new DateOnly(2020, 2, 1), 90m), new(new DateOnly(2020, 3, 1), 80m)], new Citation("Pub", "Data"));
        var plot = Chart.TimeSeries("t", series, [MakeClaim("u", BoundKind.Under, 100, "USD/1000 m3", text: "under $100"), MakeClaim("x", BoundKind.Exact, 127, "USD/1000 m3", text: "$127")]).ToPlot();
        var rect = Assert.Single(plot.GetPlottables<ScottPlot.Plottables.Rectangle>());
        Assert.Equal(100, rect.CoordinateRect.Top);
        Assert.Equal(0, rect.CoordinateRect.Bottom);
        Assert.Contains(plot.GetPlottables<LinePlot>(), l => l.Start.Y == 127 && l.End.Y == 127);
    }

    [Fact]
    public void Chart_series_from_a_shipped_reference_series_takes_the_window_and_the_citation()
    {
        var s = ChartSeries.From(EnergyFigures.Reference.ReferenceLibrary.Shipped.Get("worldbank.NGAS_EUR"), Period.Parse("2019/2020"));
        Assert.Equal(24, s.Points.Count);
        Assert.Equal(new DateOnly(2019, 1, 1), s.Points[0].Date);
        Assert.Equal(new DateOnly(2020, 12, 1), s.Points[^1].Date);
        Assert.Equal(Unit.Parse("USD/MMBtu"), s.Unit);
        Assert.Equal("World Bank", s.Source.Publisher);
        Assert.Equal("Natural gas, Europe (World Bank, monthly average)", s.Name);
    }

    [Fact]
    public void Check_from_plain_inputs_puts_the_verdict_in_the_title_and_the_band_in_the_caption()
    {
        var claim = MakeClaim("u", BoundKind.Under, 100, "USD/1000 m3", text: "under $100");
        var chart = Chart.Check(new CheckChartData(
            new ChartItem(claim),
            Quantity.Exactly(99.2m, PerKcm),
            "Monthly average",
            new Citation("World Bank", "Pink Sheet"),
            "indeterminate",
            new Quantity(EnergyFigures.Numerics.Interval.Closed(95.4m, 105.6m), PerKcm),
            "with heating values 34.6–38.3 GJ per 1,000 m³"));
        Assert.Equal("“under $100” — verdict: indeterminate", chart.Title);
        var texts = SvgTexts(chart.ToSvg());
        Assert.Contains("99.2", texts);
        Assert.Contains("band: reference under the assumption range, 95.4–105.6", texts); // exact: both ends short
        Assert.Contains(chart.Sources, l => l.StartsWith("Reference “Monthly average”: World Bank, Pink Sheet", StringComparison.Ordinal));
        Assert.Contains(chart.Notes, l => l.StartsWith("Shaded band: the reference with heating values", StringComparison.Ordinal));
        var plot = chart.ToPlot();
        var span = Assert.Single(plot.GetPlottables<HorizontalSpan>());
        Assert.Equal((95.4, 105.6), (span.X1, span.X2));
    }

    [Fact]
    public void Check_refuses_a_sensitivity_check_of_another_claim()
    {
        var checks = EnergyFigures.Checks.ArticleChecks.All().Where(r => r.Result is not null).Select(r => r.Result!).ToList();
        var a = checks.First(r => r.Claim.Id == "europe-spot-gas-price-2020-02");
        var b = checks.First(r => r.Claim.Id == "russia-reserves-rate-in-us");
        Assert.Throws<ArgumentException>(() => Chart.Check(a, b));
    }

    public const string Nasty = "<b>&\"' x";

    [Fact]
    public void Markup_in_data_is_escaped_in_svg()
    {
        var claim = MakeClaim("n", BoundKind.Exact, 5, "USD/1000 m3", text: "$5 " + Nasty, claimant: "Ann " + Nasty, outlet: "Out & <script>alert(1)</script>");
        var chart = Chart.Comparison("Title " + Nasty, [new ChartItem(claim, "Label " + Nasty)]);
        var svg = chart.ToSvg();
        Assert.DoesNotContain("<b>", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", svg, StringComparison.Ordinal);
        var texts = SvgTexts(svg); // parses as XML
        Assert.Contains("Title " + Nasty, texts);
        Assert.Contains("Label " + Nasty, texts);
        Assert.Contains("Ann " + Nasty, SvgAllText(svg), StringComparison.Ordinal);
        Assert.Contains("Out & <script>alert(1)</script>", SvgAllText(svg), StringComparison.Ordinal);
    }

    [Fact]
    public void Save_methods_write_the_same_bytes_as_the_to_methods()
    {
        var chart = Chart.Comparison("t", [MakeClaim("a", BoundKind.Exact, 1, "USD")]);
        var dir = Directory.CreateTempSubdirectory("ef-charts-");
        try
        {
            var png = Path.Combine(dir.FullName, "c.png");
            var svg = Path.Combine(dir.FullName, "c.svg");
            chart.SavePng(png, Small);
            chart.SaveSvg(svg, Small);
            Assert.Equal(chart.ToPng(Small), File.ReadAllBytes(png));
            Assert.Equal(chart.ToSvg(Small), File.ReadAllText(svg));
            Assert.NotEqual(0xEF, File.ReadAllBytes(svg)[0]); // no BOM
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Options_validate_and_compute_pixels()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ChartOptions { Width = 10 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ChartOptions { Scale = 0 });
        var o = new ChartOptions { Width = 800, Height = 400 }.WithDpi(144);
        Assert.Equal(1.5m, o.Scale);
        Assert.Equal((1200, 600), (o.PixelWidth, o.PixelHeight));
        Assert.Equal((1200, 600), PngSize(Chart.Comparison("t", [MakeClaim("a", BoundKind.Exact, 1, "USD")]).ToPng(o)));
    }
}
