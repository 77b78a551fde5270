using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using EnergyFigures.Claims;
using EnergyFigures.Csv;
using EnergyFigures.Interchange;

namespace EnergyFigures.Benchmarks;

/// <summary>
/// A loaded claim set turned into a Microsoft.Data.Analysis <c>DataFrame</c> (<see cref="DataExport.ToDataFrame(ClaimSet)"/>)
/// at 1M rows; <c>DataFrame.LoadCsv</c> of the same file is timed as a whole process by
/// <c>benchmarks/compare-peers.sh</c> (the <c>todataframe</c> and <c>dataframe-loadcsv</c> verbs).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class DataFrameBenchmarks
{
    private ClaimSet _claims = ClaimSet.Empty;

    /// <summary>The number of data rows of the file the claims were read from.</summary>
    [Params(1_000_000)]
    public int Rows { get; set; } = 1_000_000;

    /// <summary>Loads the claims.</summary>
    [GlobalSetup]
    public void Setup() => _claims = ClaimsCsv.Load(BenchmarkData.ClaimsFile(Rows));

    /// <summary>Converts the claim set.</summary>
    /// <returns>The number of rows of the frame.</returns>
    [Benchmark]
    public long ToDataFrame() => _claims.ToDataFrame().Rows.Count;
}
