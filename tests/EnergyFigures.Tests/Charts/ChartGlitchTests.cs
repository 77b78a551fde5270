using EnergyFigures.Charts;
using EnergyFigures.Claims;
using EnergyFigures.Units;
using FsCheck;
using FsCheck.Fluent;
using ScottPlot;
using EnergyFigures.Data;
using static EnergyFigures.Tests.Charts.ChartTestSupport;

namespace EnergyFigures.Tests.Charts;

/// <summary>Regression tests for the chart glitches of issue 17, on the ScottPlot model (not on pixels).</summary>
[Collection(ChartCollection.Name)]
public sealed class ChartGlitchTests
{
    private static readonly Unit PerKcm = Unit.Parse("USD/1000 m3");

    /// <summary>Law: for any window, the ticks lie inside it, strictly increase, and no label repeats.</summary>
    [FsCheck.Xunit.Property(MaxTest = 1000)]
    public Property Time_ticks_are_inside_the_window_increasing_and_uniquely_labelled(ushort startDays, ushort lengthDays, byte maxTicks)
    {
        var start = new DateOnly(1950, 1, 1).AddDays(startDays % 40000);
        var end = start.AddDays(lengthDays);
        var max = 2 + (maxTicks % 12);
        var ticks = TimeTicks.For(start, end, max);
        var inside = ticks.All(t => t.Date >= start && t.Date <= end);
        var increasing = ticks.Zip(ticks.Skip(1)).All(p => p.First.Date < p.Second.Date);
        var unique = ticks.Select(t => t.Label).Distinct(StringComparer.Ordinal).Count() == ticks.Count;
        var bounded = ticks.Count >= 1 && ticks.Count <= max;
        return (inside && increasing && unique && bounded).Label($"{start:yyyy-MM-dd}..{end:yyyy-MM-dd} max {max}: {string.Join(", ", ticks.Select(t => t.Label))}");
    }

    [Fact]
    public void The_window_2019_06_to_2020_06_is_ticked_inside_with_no_month_twice()
    {
        var series = ChartSeries.From(EnergyFigures.Reference.ReferenceLibrary.Shipped.Get("worldbank.NGAS_EUR"), Period.Parse("2019-06/2020-06"));
        var plot = Chart.TimeSeries("t", series).ToPlot();
        Assert.IsType<ScottPlot.TickGenerators.NumericManual>(plot.Axes.Bottom.TickGenerator);
        plot.GetImageBytes(900, 500, ImageFormat.Png);
        var ticks = plot.Axes.Bottom.TickGenerator.Ticks.Where(t => t.IsMajor && !string.IsNullOrEmpty(t.Label)).ToList();
        Assert.NotEmpty(ticks);
        var first = new DateTime(2019, 6, 1).ToOADate();
        var last = new DateTime(2020, 6, 1).ToOADate();
        Assert.All(ticks, t => Assert.InRange(t.Position, first, last));
        Assert.Equal(ticks.Count, ticks.Select(t => t.Label).Distinct().Count());
        Assert.DoesNotContain(ticks, t => t.Label == "2019-05");
    }

    [Fact]
    public void About_is_drawn_with_the_band_it_is_read_as_and_the_caption_no_longer_says_no_tolerance()
    {
        var claim = ChartBehaviourTests.MakeClaim("about", BoundKind.Approximately, 10, "EUR/MWh", text: "about €10");
        Assert.True(claim.Figure.Interval is { IsPoint: false, IsBounded: true }, "“about” is read as a band");
        var chart = Chart.Comparison("t", [claim, ChartBehaviourTests.MakeClaim("x", BoundKind.Exact, 12, "EUR/MWh", text: "€12")]);
        var plot = chart.ToPlot();
        var band = Assert.Single(plot.GetPlottables<ScottPlot.Plottables.Rectangle>());
        Assert.Equal((double)claim.Figure.Interval.Low!.Value, band.CoordinateRect.Left, 9);
        Assert.Equal((double)claim.Figure.Interval.High!.Value, band.CoordinateRect.Right, 9);
        Assert.DoesNotContain(chart.Caption, l => l.Contains("no tolerance stated", StringComparison.Ordinal));
        Assert.Contains(SvgTexts(chart.ToSvg()), t => t.StartsWith("≈ 10 (read ", StringComparison.Ordinal));
    }

    [Fact]
    public void About_on_a_time_series_is_a_band_too()
    {
        var series = new ChartSeries("s", Unit.Parse("EUR/MWh"), [new(new DateOnly(2020, 1, 1), 12m), new(new DateOnly(2020, 2, 1), 9m), new(new DateOnly(2020, 3, 1), 11m)], new Citation("Pub", "Data"));
        var claim = ChartBehaviourTests.MakeClaim("about", BoundKind.Approximately, 10, "EUR/MWh", text: "about €10");
        var plot = Chart.TimeSeries("t", series, [new ChartItem(claim)]).ToPlot();
        var band = Assert.Single(plot.GetPlottables<ScottPlot.Plottables.Rectangle>());
        Assert.Equal((double)claim.Figure.Interval.Low!.Value, band.CoordinateRect.Bottom, 9);
        Assert.Equal((double)claim.Figure.Interval.High!.Value, band.CoordinateRect.Top, 9);
    }

    [Fact]
    public void An_svg_declares_a_fallback_font_stack_for_every_text_not_a_lone_face()
    {
        var claim = ChartBehaviourTests.MakeClaim("c", BoundKind.Exact, 9_000_000_000m, "USD", text: "$9 billion");
        var other = ChartBehaviourTests.MakeClaim("d", BoundKind.Under, 100m, "USD", text: "under $100");
        var svg = Chart.Comparison("t", [claim, other]).ToSvg();
        var families = System.Text.RegularExpressions.Regex.Matches(svg, "font-family=\"([^\"]*)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(families);
        Assert.All(families, f =>
        {
            Assert.StartsWith("'DejaVu Sans', 'Bitstream Vera Sans'", f, StringComparison.Ordinal);
            Assert.EndsWith("sans-serif", f, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void A_range_of_billions_is_labelled_short_in_words_not_with_every_digit()
    {
        var claim = ChartBehaviourTests.MakeClaim("b", BoundKind.Range, 8_355_000_000m, "USD", high: 8_365_000_000m, text: "8.355–8.365 billion");
        var texts = SvgTexts(Chart.Comparison("t", [claim, ChartBehaviourTests.MakeClaim("c", BoundKind.Exact, 9_000_000_000m, "USD", text: "$9 billion")]).ToSvg());
        Assert.DoesNotContain(texts, t => t.Contains("8,355,000,000", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("8.355–8.365", StringComparison.Ordinal));
    }

    [Fact]
    public void The_reports_gas_time_series_draws_the_claims_years_not_the_whole_series()
    {
        var claims = ClaimSet.Shipped;
        var specs = EnergyFigures.Cli.Analysis.ChartRenderer.ChartsForReport(claims, EnergyFigures.Cli.Analysis.ClaimChecks.CheckAll(claims));
        var ts = Assert.Single(specs, s => s.Name.StartsWith("timeseries", StringComparison.Ordinal));
        var years = ts.Claims.SelectMany(c => new[] { c.Period.Start.Year, c.Period.End.Year }).ToHashSet();
        var plot = ts.Build().ToPlot();
        var scatter = Assert.Single(plot.GetPlottables<ScottPlot.Plottables.Scatter>());
        var xs = scatter.Data.GetScatterPoints().Select(p => DateTime.FromOADate(p.X).Year).ToHashSet();
        Assert.Subset(years, xs);
    }
}
