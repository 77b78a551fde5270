using System.Reflection;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using EnergyFigures.Benchmarks;
using EnergyFigures.Claims;
using EnergyFigures.Csv;
using EnergyFigures.Data;

namespace EnergyFigures.Tests.Benchmarks;

/// <summary>
/// Keeps the benchmarks from rotting: the generator's output is valid and deterministic, and every benchmark
/// method runs once on small inputs and gives a sane result. Nothing here is timed.
/// </summary>
public class BenchmarkSmokeTests
{
    private static readonly string[] Units = ["USD/1000 m3", "percent/year", "USD", "USD/year", "EUR/MWh", "USD/bbl", "bcm/year"];
    private static readonly string[] Bounds = ["exact", "approximately", "under", "at_most", "over", "at_least", "range", "plus_minus"];

    [Fact]
    public void Generated_file_is_deterministic_and_every_row_is_valid()
    {
        var bytes = ClaimsFileGenerator.GenerateBytes(3000);
        Assert.Equal(bytes, ClaimsFileGenerator.GenerateBytes(3000));
        Assert.NotEqual(bytes, ClaimsFileGenerator.GenerateBytes(3000, seed: 7));

        using var ms = new MemoryStream(bytes);
        var report = ClaimsCsv.Validate(ms, "generated.csv");
        Assert.Empty(report.Diagnostics);
        Assert.Equal(3000, report.RowsRead);

        // Some claims appear more than once, on consecutive rows.
        var claims = report.Claims;
        Assert.InRange(claims.Count, 2000, 2900);
        Assert.Equal(3000, claims.Sum(c => c.Appearances.Count));

        // The mix: all seven units, all eight bounds, scale words, repeated claimants and outlets.
        Assert.Equal(Units.Order(), claims.Select(c => c.Figure.Unit.Symbol).Distinct().Order());
        Assert.Equal(Bounds.Order(), claims.Select(c => c.Figure.Bound.ToName()).Distinct().Order());
        Assert.Contains(claims, c => c.Figure.Scale == Scale.Billion);
        Assert.Contains(claims, c => c.Figure.Tolerance is not null && c.Figure.Bound == BoundKind.Approximately);
        Assert.InRange(claims.Select(c => c.Claimant.Name).Distinct().Count(), 20, 400);
        Assert.InRange(claims.SelectMany(c => c.Appearances).Select(a => a.Source.Outlet).Distinct().Count(), 10, 60);

        // Quotes hold commas and escaped quotes around the figure's text.
        var text = Encoding.UTF8.GetString(bytes);
        Assert.Contains("\"\"", text, StringComparison.Ordinal);
        Assert.Contains(claims, c => c.FirstAppearance.Quote.Contains(',', StringComparison.Ordinal) && c.FirstAppearance.Quote.Contains('"', StringComparison.Ordinal));
        Assert.All(claims, c => Assert.Contains(c.Figure.Text, c.FirstAppearance.Quote, StringComparison.Ordinal));
    }

    [Fact]
    public void Generated_file_reads_the_same_with_the_bare_reader()
    {
        var bytes = ClaimsFileGenerator.GenerateBytes(500);
        var rows = BareCsvHelper.Read(bytes);
        Assert.Equal(500, rows.Count);
        using var ms = new MemoryStream(bytes);
        var claims = ClaimsCsv.Load(ms, "generated.csv");
        Assert.Equal(claims[0].Figure.Value, rows[0].Value);
        Assert.Equal(claims[^1].Id, rows[^1].Id);
    }

    public static TheoryData<string> BenchmarkMethods()
    {
        var data = new TheoryData<string>();
        foreach (var type in BenchmarkTypes())
        {
            foreach (var m in type.GetMethods().Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null))
            {
                data.Add($"{type.Name}.{m.Name}");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BenchmarkMethods))]
    public void Benchmark_method_runs_once_on_small_input(string name)
    {
        var (typeName, methodName) = (name.Split('.')[0], name.Split('.')[1]);
        var type = BenchmarkTypes().Single(t => t.Name == typeName);
        var instance = Activator.CreateInstance(type)!;

        // Small inputs: 1,000 rows, 10,000 figures.
        type.GetProperty("Rows")?.SetValue(instance, 1_000);
        type.GetProperty("Count")?.SetValue(instance, 10_000);
        foreach (var setup in type.GetMethods().Where(m => m.GetCustomAttribute<GlobalSetupAttribute>() is not null))
        {
            setup.Invoke(instance, null);
        }

        var result = type.GetMethod(methodName)!.Invoke(instance, null);
        var number = Convert.ToInt64(result, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(number > 0, $"{name} returned {number}; expected a positive count or checksum.");
    }

    [Fact]
    public void Read_benchmarks_agree_on_the_rows_and_claims()
    {
        var b = new ReadClaimsBenchmarks { Rows = 1_000 };
        b.Setup();
        Assert.Equal(1_000, b.BareCsvHelper());
        Assert.InRange(b.ValidatedLoad(), 700, 900);
    }

    [Fact]
    public void Write_benchmark_writes_about_the_size_of_the_file_read()
    {
        var b = new WriteClaimsBenchmarks { Rows = 1_000 };
        b.Setup();
        long written = b.Write();
        long size = new FileInfo(BenchmarkData.ClaimsFile(1_000)).Length;
        Assert.InRange(written, size * 9 / 10, size * 11 / 10);
    }

    [Fact]
    public void Comparison_benchmarks_give_the_same_verdicts_both_ways()
    {
        var b = new CompareBenchmarks { Count = 10_000 };
        b.Setup();
        Assert.Equal(b.QuantityOperators(), b.CachedFactors());
    }

    [Fact]
    public void Embedded_dataset_benchmarks_see_the_shipped_claims()
    {
        var b = new EmbeddedDatasetBenchmarks();
        Assert.Equal(ClaimSet.Shipped.Count, b.ShippedWarm());
        Assert.Equal(ClaimSet.Shipped.Count, b.ParseEmbedded());
    }

    [Fact]
    public void BenchmarkDotNet_dry_job_runs_in_process()
    {
        // A real BenchmarkDotNet run (dry job: one invocation, in this process) of the cheapest class, so the
        // attributes and the harness wiring are checked too. That class declares no job of its own, so the
        // dry job is the only one.
        var config = ManualConfig.CreateEmpty()
            .AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance))
            .AddLogger(BenchmarkDotNet.Loggers.NullLogger.Instance)
            .AddColumnProvider(DefaultConfig.Instance.GetColumnProviders().ToArray())
            .WithOptions(ConfigOptions.DisableOptimizationsValidator | ConfigOptions.DisableLogFile)
            .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "energyfigures-bench", "bdn-smoke"));
        var summary = BenchmarkRunner.Run<EmbeddedDatasetBenchmarks>(config);
        Assert.False(summary.HasCriticalValidationErrors, string.Join("; ", summary.ValidationErrors.Select(e => e.Message)));
        Assert.Equal(2, summary.Reports.Length);
        Assert.All(summary.Reports, r => Assert.True(r.Success, $"{r.BenchmarkCase.DisplayInfo} failed"));
    }

    [Fact]
    public void Every_benchmark_class_is_known_to_BenchmarkDotNet()
    {
        foreach (var type in BenchmarkTypes())
        {
            var run = BenchmarkConverter.TypeToBenchmarks(type);
            Assert.NotEmpty(run.BenchmarksCases);
        }
    }

    private static IEnumerable<Type> BenchmarkTypes() =>
        typeof(ClaimsFileGenerator).Assembly.GetTypes()
            .Where(t => t.IsPublic && !t.IsAbstract && t.GetMethods().Any(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null))
            .OrderBy(t => t.Name, StringComparer.Ordinal);
}
