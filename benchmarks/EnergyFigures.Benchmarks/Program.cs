using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using EnergyFigures.Claims;
using EnergyFigures.Csv;
using EnergyFigures.Interchange;
using EnergyFigures.Data;

namespace EnergyFigures.Benchmarks;

/// <summary>
/// Entry point. With a verb, runs one task as a whole process (for <c>benchmarks/compare-peers.sh</c>);
/// otherwise hands the arguments to BenchmarkDotNet (e.g. <c>--filter '*'</c>).
/// </summary>
public static class Program
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static readonly string[] Verbs = ["generate", "load", "csvhelper", "dataframe-loadcsv", "time-load", "shipped", "chart", "compare", "todataframe"];

    /// <summary>Runs a verb or the benchmarks.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The exit code.</returns>
    public static int Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var sw = Stopwatch.StartNew();
        switch (args.Length > 0 ? args[0] : string.Empty)
        {
            case "generate" when args.Length >= 3:
                {
                    int rows = int.Parse(args[1], NumberStyles.None, Inv);
                    ulong seed = args.Length > 3 ? ulong.Parse(args[3], NumberStyles.None, Inv) : ClaimsFileGenerator.DefaultSeed;
                    ClaimsFileGenerator.WriteFile(rows, args[2], seed);
                    Console.WriteLine(string.Create(Inv, $"generated {rows} rows into {args[2]} ({new FileInfo(args[2]).Length} bytes) in {sw.Elapsed.TotalSeconds:F2} s"));
                    return 0;
                }

            case "load" when args.Length >= 2:
                {
                    // Our typed, validated load into an in-memory claim set.
                    var report = ClaimsCsv.Validate(args[1]);
                    var set = report.ThrowIfInvalid();
                    Console.WriteLine(string.Create(Inv, $"load: {report.RowsRead} rows, {set.Count} claims, {report.Diagnostics.Count} problems, {sw.Elapsed.TotalSeconds:F3} s in process"));
                    GC.KeepAlive(set);
                    return 0;
                }

            case "csvhelper" when args.Length >= 2:
                {
                    // The floor: a bare typed CsvHelper read of the same columns, no validation.
                    var rows = BareCsvHelper.Read(args[1]);
                    Console.WriteLine(string.Create(Inv, $"csvhelper: {rows.Count} rows, {sw.Elapsed.TotalSeconds:F3} s in process"));
                    GC.KeepAlive(rows);
                    return 0;
                }

            case "dataframe-loadcsv" when args.Length >= 2:
                {
                    // Microsoft.Data.Analysis reading the same file: numbers as decimals, the rest strings, invariant culture.
                    var types = ClaimsCsv.Columns.Select(c => c is "value" or "value_high" or "tolerance" ? typeof(decimal) : typeof(string)).ToArray();
                    var df = Microsoft.Data.Analysis.DataFrame.LoadCsv(args[1], separator: ',', header: true, dataTypes: types, cultureInfo: Inv);
                    Console.WriteLine(string.Create(Inv, $"dataframe-loadcsv: {df.Rows.Count} rows, {df.Columns.Count} columns, {sw.Elapsed.TotalSeconds:F3} s in process"));
                    return 0;
                }

            case "compare":
                {
                    // Comparisons per second of process CPU time (robust on a busy machine), for each way of comparing.
                    var b = new CompareBenchmarks { Count = args.Length > 1 ? int.Parse(args[1], NumberStyles.None, Inv) : CompareBenchmarks.FullCount };
                    b.Setup();
                    var me = Process.GetCurrentProcess();
                    foreach (var (name, run) in new (string, Func<long>)[] { ("QuantityOperators", b.QuantityOperators), ("CachedFactors", b.CachedFactors), ("DerivedFigures", b.DerivedFigures) })
                    {
                        run(); // warm up (JIT)
                        double bestCpu = double.MaxValue, bestWall = double.MaxValue;
                        for (int i = 0; i < 3; i++)
                        {
                            me.Refresh();
                            var c0 = me.TotalProcessorTime;
                            var t = Stopwatch.StartNew();
                            GC.KeepAlive(run());
                            bestWall = Math.Min(bestWall, t.Elapsed.TotalSeconds);
                            me.Refresh();
                            bestCpu = Math.Min(bestCpu, (me.TotalProcessorTime - c0).TotalSeconds);
                        }

                        Console.WriteLine(string.Create(Inv, $"{name}: {b.Count / bestCpu / 1e6:F2} M comparisons per CPU second ({bestCpu * 1e9 / b.Count:F0} ns cpu each), {b.Count / bestWall / 1e6:F2} M per wall second"));
                    }

                    return 0;
                }

            case "help-verbs":
                // The verbs this build has, one a line (compare-peers.sh runs the optional ones only when present).
                foreach (var verb in Verbs)
                {
                    Console.WriteLine(verb);
                }

                return 0;

            case "chart" when args.Length >= 2:
                {
                    // A cold process rendering one comparison chart to PNG (matplotlib draws the same chart).
                    BenchmarkChart.Build().SavePng(args[1]);
                    Console.WriteLine(string.Create(Inv, $"chart: {new FileInfo(args[1]).Length} bytes PNG, {sw.Elapsed.TotalSeconds:F3} s in process"));
                    return 0;
                }

            case "todataframe" when args.Length >= 2:
                {
                    // Our load, then the claim set converted to a DataFrame; the conversion is timed on its own.
                    var set = ClaimsCsv.Load(args[1]);
                    var t = Stopwatch.StartNew();
                    var df = set.ToDataFrame();
                    Console.WriteLine(string.Create(Inv, $"todataframe: {df.Rows.Count} rows, {df.Columns.Count} columns, conversion {t.Elapsed.TotalSeconds:F3} s, {sw.Elapsed.TotalSeconds:F3} s in process"));
                    return 0;
                }

            case "shipped":
                {
                    // First use of the embedded dataset in a fresh process.
                    var set = ClaimSet.Shipped;
                    Console.WriteLine(string.Create(Inv, $"shipped: {set.Count} claims, first use {sw.Elapsed.TotalMilliseconds:F1} ms in process"));
                    return 0;
                }

            case "time-load" when args.Length >= 2:
                {
                    // In-process, warm: the best of N loads, ours and the bare CsvHelper floor (a quick profile aid).
                    int repeats = args.Length > 2 ? int.Parse(args[2], NumberStyles.None, Inv) : 5;
                    double best = double.MaxValue, bestBare = double.MaxValue, cpu = double.MaxValue, cpuBare = double.MaxValue;
                    long alloc = 0, allocBare = 0;
                    var me = Process.GetCurrentProcess();
                    for (int i = 0; i < repeats; i++)
                    {
                        var t = Stopwatch.StartNew();
                        var c0 = me.TotalProcessorTime;
                        long a0 = GC.GetAllocatedBytesForCurrentThread();
                        GC.KeepAlive(ClaimsCsv.Load(args[1]));
                        alloc = GC.GetAllocatedBytesForCurrentThread() - a0;
                        me.Refresh();
                        best = Math.Min(best, t.Elapsed.TotalMilliseconds);
                        cpu = Math.Min(cpu, (me.TotalProcessorTime - c0).TotalMilliseconds);
                        t.Restart();
                        c0 = me.TotalProcessorTime;
                        a0 = GC.GetAllocatedBytesForCurrentThread();
                        GC.KeepAlive(BareCsvHelper.Read(args[1]));
                        allocBare = GC.GetAllocatedBytesForCurrentThread() - a0;
                        me.Refresh();
                        bestBare = Math.Min(bestBare, t.Elapsed.TotalMilliseconds);
                        cpuBare = Math.Min(cpuBare, (me.TotalProcessorTime - c0).TotalMilliseconds);
                    }

                    Console.WriteLine(string.Create(Inv, $"best of {repeats}: load {best:F1} ms (cpu {cpu:F0} ms), bare CsvHelper {bestBare:F1} ms (cpu {cpuBare:F0} ms), ratio {best / bestBare:F2} (cpu {cpu / cpuBare:F2}); allocated {alloc / 1048576.0:F1} MB vs {allocBare / 1048576.0:F1} MB"));
                    return 0;
                }

            case "generate":
            case "load":
            case "csvhelper":
            case "dataframe-loadcsv":
            case "time-load":
            case "chart":
            case "todataframe":
                Console.Error.WriteLine("usage: generate ROWS FILE [SEED] | load FILE | csvhelper FILE | dataframe-loadcsv FILE | time-load FILE [N] | shipped | chart OUT.png | compare [N] | todataframe FILE | (BenchmarkDotNet arguments)");
                return 2;

            default:
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
                return 0;
        }
    }
}
