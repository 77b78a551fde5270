using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using EnergyFigures.Csv;

namespace EnergyFigures.Benchmarks;

/// <summary>
/// Reading a generated claims file: our typed, validated load into a claim set, against the floor of a bare
/// CsvHelper typed read of the same columns (strings and decimals, no validation), at 10k, 100k and 1M rows.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ReadClaimsBenchmarks
{
    private string _path = string.Empty;

    /// <summary>The number of data rows.</summary>
    [Params(10_000, 100_000, 1_000_000)]
    public int Rows { get; set; } = 10_000;

    /// <summary>Generates the file (once per size; reused from the temporary folder).</summary>
    [GlobalSetup]
    public void Setup() => _path = BenchmarkData.ClaimsFile(Rows);

    /// <summary>The floor: CsvHelper's generated mapper, strings and decimals, no validation.</summary>
    /// <returns>The number of rows.</returns>
    [Benchmark(Baseline = true)]
    public int BareCsvHelper() => Benchmarks.BareCsvHelper.Read(_path).Count;

    /// <summary>Our load: every row validated, figures, periods, units, intervals and provenance built.</summary>
    /// <returns>The number of claims.</returns>
    [Benchmark]
    public int ValidatedLoad() => ClaimsCsv.Load(_path).Count;
}
