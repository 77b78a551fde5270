using BenchmarkDotNet.Attributes;
using EnergyFigures.Claims;
using EnergyFigures.Csv;
using EnergyFigures.Data;

namespace EnergyFigures.Benchmarks;

/// <summary>
/// The shipped dataset: the warm, cached <c>ClaimSet.Shipped</c>, and the work of its first use (reading and
/// validating the embedded CSV) in a warmed-up process. The true first use in a fresh process (with JIT and
/// assembly loading) is timed as whole processes by <c>benchmarks/compare-peers.sh</c> (the <c>shipped</c> verb).
/// </summary>
[MemoryDiagnoser]
public class EmbeddedDatasetBenchmarks
{
    /// <summary>The cached set, as every use after the first sees it.</summary>
    /// <returns>The number of claims.</returns>
    [Benchmark]
    public int ShippedWarm() => ClaimSet.Shipped.Count;

    /// <summary>Reads and validates the embedded claims.csv again, as the first use does.</summary>
    /// <returns>The number of claims.</returns>
    [Benchmark]
    public int ParseEmbedded()
    {
        using var stream = typeof(ClaimSet).Assembly.GetManifestResourceStream("EnergyFigures.Data.claims.csv")
            ?? throw new InvalidOperationException("The embedded claims.csv is missing.");
        return ClaimsCsv.Load(stream, "claims.csv (embedded)").Count;
    }
}
