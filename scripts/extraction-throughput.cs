#:project ../src/EnergyFigures/EnergyFigures.csproj
#:property GenerateDocumentationFile=false
#:property Configuration=Release

// Measures FigureExtractor throughput on a large text made by concatenating the development set.
// Run from the repository root, with -c Release (a `#:property Configuration=Release` line alone leaves the library
// project built in Debug, without JIT optimisation; the script checks and refuses to measure a Debug library):
//   dotnet run -c Release scripts/extraction-throughput.cs [megabytes] [oneline]
// Target (issue 19): at least 10 MB/s per core of CPU time. The process's CPU time is the fairer figure on a busy
// machine; the load average is printed beside it.
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;
using EnergyFigures.Extraction;

var debuggable = typeof(FigureExtractor).Assembly.GetCustomAttribute<DebuggableAttribute>();
if (debuggable is { IsJITOptimizerDisabled: true })
{
    Console.Error.WriteLine("EnergyFigures was built without optimisation (Debug): run `dotnet run -c Release scripts/extraction-throughput.cs`.");
    return 3;
}

var megabytes = args.Length > 0 && args[0] != "oneline" ? double.Parse(args[0], CultureInfo.InvariantCulture) : 4.0;
var folder = Path.Combine("tests", "EnergyFigures.Tests", "Extraction", "DevSet");
var texts = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
if (texts.Count == 0)
{
    Console.Error.WriteLine($"No texts in {folder}; run from the repository root.");
    return 1;
}

var sb = new StringBuilder();
var target = (int)(megabytes * 1024 * 1024);
for (var i = 0; sb.Length < target; i++)
{
    sb.Append(texts[i % texts.Count]).Append('\n');
}

// "oneline": the same text with every line break and full stop removed — one long "sentence",
// the worst case for anything that looks across a sentence.
var text = args.Contains("oneline") ? sb.ToString().Replace('\n', ' ').Replace(". ", "; ") : sb.ToString();
var mb = Encoding.UTF8.GetByteCount(text) / 1048576.0;
for (var w = 0; w < 3; w++)
{
    FigureExtractor.Extract(text); // warm up: JIT tiers, regex source generators
}

// Wall time, and this process's CPU time (all threads: GC and JIT included).
var runs = new List<double>();
var cpu = new List<double>();
var count = 0;
var process = Process.GetCurrentProcess();
for (var r = 0; r < 7; r++)
{
    process.Refresh();
    var cpu0 = process.TotalProcessorTime;
    var sw = Stopwatch.StartNew();
    count = FigureExtractor.Extract(text).Count;
    sw.Stop();
    process.Refresh();
    runs.Add(sw.Elapsed.TotalSeconds);
    cpu.Add((process.TotalProcessorTime - cpu0).TotalSeconds);
}

runs.Sort();
cpu.Sort();
var median = runs[runs.Count / 2];
var cpuMedian = cpu[cpu.Count / 2];
var load = File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{mb:0.00} MB, {count} figures (Release): wall median {median * 1000:0} ms over {runs.Count} runs (best {runs[0] * 1000:0} ms, worst {runs[^1] * 1000:0} ms), {mb / median:0.0} MB/s; CPU median {cpuMedian * 1000:0} ms, {mb / cpuMedian:0.0} MB/s per core of CPU time; load average {load}"));
return mb / cpuMedian >= 10.0 ? 0 : 2;
