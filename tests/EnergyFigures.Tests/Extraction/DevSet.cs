using EnergyFigures.Extraction;
using EnergyFigures.Tests.Support;

namespace EnergyFigures.Tests.Extraction;

/// <summary>The extraction development set: texts and gold figures under tests/EnergyFigures.Tests/Extraction/DevSet.</summary>
public static class DevSet
{
    public static string Folder => FolderOf("DevSet");

    public static string HeldOutFolder => FolderOf("HeldOut");

    /// <summary>The committed blind rounds (Blind/round-N), after their scores were recorded.</summary>
    public static IReadOnlyList<string> BlindRoundFolders =>
        Directory.GetDirectories(FolderOf("Blind"), "round-*").Order(StringComparer.Ordinal).ToList();

    public sealed record Item(string Name, string Text, IReadOnlyList<ExtractedSpan> Gold);

    private static readonly Lazy<IReadOnlyList<Item>> ItemsLazy = new(() => Load(Folder));

    private static readonly Lazy<IReadOnlyList<Item>> HeldOutLazy = new(() => Load(HeldOutFolder));

    public static IReadOnlyList<Item> Items => ItemsLazy.Value;

    /// <summary>Texts written after the extractor was first frozen (see HeldOut/README.md).</summary>
    public static IReadOnlyList<Item> HeldOut => HeldOutLazy.Value;

    private static string FolderOf(string name) => Path.Combine(RepoPaths.Root, "tests", "EnergyFigures.Tests", "Extraction", name);

    public static List<Item> Load(string folder) =>
        Directory.GetFiles(folder, "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(path =>
            {
                var text = File.ReadAllText(path);
                var goldPath = path[..^".txt".Length] + ".gold.csv";
                var gold = GoldCsv.Parse(File.ReadAllText(goldPath), text, Path.GetFileName(goldPath));
                return new Item(Path.GetFileName(path), text, gold);
            })
            .ToList();

    public static ExtractionScore ScoreExtractor() => Score(Items);

    public static ExtractionScore Score(IReadOnlyList<Item> items) => ExtractionScorer.Score(
        items.Select(i => (i.Name, i.Gold, (IReadOnlyList<ExtractedSpan>)FigureExtractor.Extract(i.Text).Select(c => c.ToExtractedSpan()).ToList())));
}
