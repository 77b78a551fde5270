#:project ../src/EnergyFigures/EnergyFigures.csproj
#:property GenerateDocumentationFile=false
#:property Configuration=Release

// Scores FigureExtractor on a folder of annotated texts (NN-slug.txt + NN-slug.gold.csv, the format of
// tests/EnergyFigures.Tests/Extraction/DevSet) with the project's scorer (ExtractionScorer, docs/extraction.md §8).
// Run from the repository root:
//   dotnet run scripts/extraction-score.cs FOLDER [FOLDER...]            # per-text and overall metrics only
//   dotnet run scripts/extraction-score.cs FOLDER [FOLDER...] --errors   # ...and every miss, spurious or wrong figure
// For a blind round, score WITHOUT --errors first, record the score, and only then look at the errors.
using EnergyFigures.Extraction;

var showErrors = args.Contains("--errors");
var folders = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
if (folders.Count == 0)
{
    Console.Error.WriteLine("usage: dotnet run scripts/extraction-score.cs FOLDER [FOLDER...] [--errors]");
    return 2;
}

var items = new List<(string Name, IReadOnlyList<ExtractedSpan> Gold, IReadOnlyList<ExtractedSpan> Predicted)>();
foreach (var folder in folders)
{
    foreach (var path in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
    {
        var goldPath = path[..^".txt".Length] + ".gold.csv";
        if (!File.Exists(goldPath))
        {
            Console.Error.WriteLine($"{path}: no {Path.GetFileName(goldPath)} beside it");
            return 2;
        }

        var text = File.ReadAllText(path);
        var gold = GoldCsv.Parse(File.ReadAllText(goldPath), text, goldPath);
        var predicted = FigureExtractor.Extract(text).Select(c => c.ToExtractedSpan()).ToList();
        items.Add((Path.GetFileName(path), gold, predicted));
    }
}

var score = ExtractionScorer.Score(items);
Console.Write(score.Report());
Console.WriteLine($"texts {items.Count}, gold figures {items.Sum(i => i.Gold.Count)}, predicted {items.Sum(i => i.Predicted.Count)}");
if (showErrors)
{
    foreach (var t in score.Texts)
    {
        foreach (var e in t.Errors)
            Console.WriteLine(t.Name + ": " + e.Describe());
        foreach (var e in t.Pairs.Where(p => !p.IsError && !p.SpanCorrect))
            Console.WriteLine(t.Name + ": SPAN    " + e.Describe());
    }
}

return 0;
