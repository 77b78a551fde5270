using BenchmarkDotNet.Attributes;
using EnergyFigures.Charts;
using EnergyFigures.Claims;
using EnergyFigures.Units;
using EnergyFigures.Data;

namespace EnergyFigures.Benchmarks;

/// <summary>
/// Rendering one comparison chart (four gas prices in USD/1000 m3: exact, "under", a range and "about", 900 × 520)
/// to PNG and to SVG, in a warm process. The cold process (the <c>chart</c> verb) is timed against matplotlib by
/// <c>benchmarks/compare-peers.sh</c>.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class ChartBenchmarks
{
    private Chart _chart = null!;

    /// <summary>Builds the chart once.</summary>
    [GlobalSetup]
    public void Setup() => _chart = BenchmarkChart.Build();

    /// <summary>Builds the chart from the claims (conversions, bound encodings, caption), without rendering.</summary>
    /// <returns>The number of caption lines.</returns>
    [Benchmark]
    public int Build() => BenchmarkChart.Build().Caption.Count + 1;

    /// <summary>Renders the PNG.</summary>
    /// <returns>The size of the PNG in bytes.</returns>
    [Benchmark]
    public int Png() => _chart.ToPng().Length;

    /// <summary>Renders the SVG.</summary>
    /// <returns>The length of the SVG text.</returns>
    [Benchmark]
    public int Svg() => _chart.ToSvg().Length;
}

/// <summary>The chart the chart benchmarks and the cold-process comparison draw (matplotlib draws the same).</summary>
public static class BenchmarkChart
{
    /// <summary>The title.</summary>
    public const string Title = "Gas prices claimed, USD per 1,000 m3";

    /// <summary>The four items: two from the shipped dataset, a range and an "about" figure.</summary>
    /// <returns>The items, top to bottom.</returns>
    public static IReadOnlyList<ChartItem> Items()
    {
        var unit = Unit.Parse("USD/1000 m3");
        return
        [
            new ChartItem(ClaimSet.Shipped["gas-price-offered-2020"], "Russia's offer to Belarus for 2020: $127"),
            new ChartItem(ClaimSet.Shipped["europe-spot-gas-price-2020-02"], "Spot gas in Europe, Feb 2020: under $100"),
            new ChartItem(Synthetic("range-example", "from $165 to $190 per 1,000 cubic meters", BoundKind.Range, 165m, unit, high: 190m), "A range: $165 to $190"),
            new ChartItem(Synthetic("about-example", "about $230 per 1,000 cubic meters", BoundKind.Approximately, 230m, unit, tolerance: 10m), "About $230 (± 10)"),
        ];
    }

    /// <summary>Builds the chart.</summary>
    /// <returns>The chart.</returns>
    public static Chart Build() => Chart.Comparison(Title, Items(), Unit.Parse("USD/1000 m3"));

    private static Claim Synthetic(string id, string text, BoundKind bound, decimal value, Unit unit, decimal? high = null, decimal? tolerance = null)
    {
        var figure = Figure.Create(text, bound, value, unit, Scale.None, high, tolerance);
        var source = new Publication("Synthetic benchmark source", null, "Benchmarks", new DateOnly(2020, 2, 6));
        var appearance = new Appearance($"They said {text}.", QuoteKind.Verbatim, default, new EquatableArray<string>([]), source);
        return new Claim(id, "Synthetic gas price", Period.Parse("2020"), new Claimant("Benchmark"), figure, new EquatableArray<Appearance>([appearance]), new EquatableArray<string>(["gas"]), new EquatableArray<string>([]));
    }
}
