using EnergyFigures.Extraction;
using EnergyFigures.Tests.Support;

namespace EnergyFigures.Tests.Extraction;

/// <summary>The extraction development set: texts and gold figures under tests/EnergyFigures.Tests/Extraction/DevSet.</summary>
public static class DevSet
{
    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "EnergyFigures.Tests", "Extraction", "DevSet");

    public sealed record Item(string Name, string Text, IReadOnlyList<ExtractedSpan> Gold);

    private static readonly Lazy<IReadOnlyList<Item>> ItemsLazy = new(() =>
        Directory.GetFiles(Folder, "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(path =>
            {
                var text = File.ReadAllText(path);
                var goldPath = path[..^".txt".Length] + ".gold.csv";
                var gold = GoldCsv.Parse(File.ReadAllText(goldPath), text, Path.GetFileName(goldPath));
                return new Item(Path.GetFileName(path), text, gold);
            })
            .ToList());

    public static IReadOnlyList<Item> Items => ItemsLazy.Value;

    public static ExtractionScore ScoreExtractor() => ExtractionScorer.Score(
        Items.Select(i => (i.Name, i.Gold, (IReadOnlyList<ExtractedSpan>)FigureExtractor.Extract(i.Text).Select(c => c.ToExtractedSpan()).ToList())));
}
