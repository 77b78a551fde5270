#:project ../src/EnergyFigures/EnergyFigures.csproj
#:property GenerateDocumentationFile=false
#:property Configuration=Release

// Measures FigureExtractor throughput on about 1 MB of text made by repeating the development set.
// Run from the repository root:  dotnet run scripts/extraction-throughput.cs [megabytes] [oneline]
// Target (issue 10): 1 MB of text in under a second.
using System.Diagnostics;
using System.Globalization;
using System.Text;
using EnergyFigures.Extraction;

var megabytes = args.Length > 0 && args[0] != "oneline" ? double.Parse(args[0], CultureInfo.InvariantCulture) : 1.0;
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

// "oneline": the same text with every line break and full stop removed — one 1 MB "sentence",
// the worst case for anything that looks across a sentence.
var text = args.Contains("oneline") ? sb.ToString().Replace('\n', ' ').Replace(". ", "; ") : sb.ToString();
var bytes = Encoding.UTF8.GetByteCount(text);
FigureExtractor.Extract(texts[0]); // warm up (regex source generators, JIT)

// Wall time, and this process's CPU time (a fairer figure on a busy machine).
var runs = new List<double>();
var cpu = new List<double>();
var count = 0;
var process = Process.GetCurrentProcess();
for (var r = 0; r < 5; r++)
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

cpu.Sort();

runs.Sort();
var median = runs[runs.Count / 2];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{bytes / 1048576.0:0.00} MB, {count} figures: wall median {median * 1000:0} ms over {runs.Count} runs (best {runs[0] * 1000:0} ms, worst {runs[^1] * 1000:0} ms), {bytes / 1048576.0 / median:0.0} MB/s; CPU median {cpu[cpu.Count / 2] * 1000:0} ms"));
return median < 1.0 * bytes / 1048576.0 ? 0 : 2;
