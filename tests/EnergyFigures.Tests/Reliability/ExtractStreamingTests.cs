using System.Globalization;
using System.Text;
using EnergyFigures.Cli;
using EnergyFigures.Cli.Commands;
using EnergyFigures.Extraction;
using EnergyFigures.Tests.Cli;
using EnergyFigures.Tests.Extraction;
using EnergyFigures.Tests.Packaging;
using EnergyFigures.Tests.Support;

namespace EnergyFigures.Tests.Reliability;

/// <summary>Issue 13, item 5: <c>extract</c> reads a text chunk by chunk, with the same candidates, in memory bounded by the text.</summary>
public class ExtractStreamingTests
{
    /// <summary>A dense text: a figure every few words, lines of varied length, paragraphs, context that carries units across sentences.</summary>
    internal static string Dense(int chars, int seed)
    {
        var r = new Random(seed);
        var sb = new StringBuilder();
        string[] pieces =
        [
            "Gas cost ${0} per 1,000 cubic meters in {1}. ",
            "That is about {2}% more than the {3} billion euros paid before. ",
            "Brent traded at ${0}; at ${2} Brent you're looking at ${3}. ",
            "Spot prices in Europe are under ${0}, and a further ${2} is due. ",
            "Russia lends at {2}% while reserves earn {3}%, a spread of {2} pp. ",
        ];
        while (sb.Length < chars)
        {
            sb.AppendFormat(CultureInfo.InvariantCulture, pieces[r.Next(pieces.Length)], r.Next(1, 999), r.Next(1990, 2030), r.Next(1, 99), r.Next(1, 50));
            int brk = r.Next(12);
            sb.Append(brk == 0 ? "\n\n" : brk == 1 ? "\n" : string.Empty);
        }

        return sb.ToString();
    }

    public static TheoryData<string> Texts()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(DevSet.Folder, "*.txt").Concat(Directory.GetFiles(DevSet.HeldOutFolder, "*.txt")).Order(StringComparer.Ordinal))
        {
            data.Add(f);
        }

        data.Add("dense:1");
        data.Add("dense:2");
        data.Add("article");
        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Chunked_extraction_gives_the_candidates_of_one_call_on_the_whole_text(string source)
    {
        var text = source switch
        {
            "dense:1" => Dense(400_000, 1),
            "dense:2" => Dense(300_000, 2).Replace("\n", " ", StringComparison.Ordinal) + "\n" + Dense(200_000, 3),
            "article" => Article.Text,
            _ => File.ReadAllText(source),
        };

        // Texts of a few KB are one chunk; repeating them makes several, with chunk edges at every kind of place.
        while (text.Length < 3 * ExtractCommand.ChunkChars)
        {
            text += "\n" + text;
        }

        var whole = FigureExtractor.Extract(text);
        var chunked = ExtractCommand.ExtractByLines(text).ToList();
        Assert.Equal(whole.Count, chunked.Count);
        for (int i = 0; i < whole.Count; i++)
        {
            Assert.Equal(whole[i], chunked[i]);
        }
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void A_dense_4_MiB_text_is_extracted_in_a_40_MiB_heap()
    {
        using var dir = new TempDir();
        var text = Dense(4 << 20, 7);
        var path = dir.Write("dense.txt", text);
        var env = new Dictionary<string, string?> { ["DOTNET_GCHeapHardLimit"] = "0x2800000" }; // 40 MiB: 10 × the input
        foreach (var args in new[] { new[] { "extract", path, "-o", dir.File("drafts.csv") }, ["extract", path, "--format", "json"] })
        {
            var r = ProcessRunner.Run(ProcessRunner.Dotnet, [Path.Combine(AppContext.BaseDirectory, "energy-figures.dll"), .. args], dir.Path, env, timeoutSeconds: 600);
            Assert.True(r.ExitCode == ExitCodes.Ok, r.Err);
        }

        Assert.True(new FileInfo(dir.File("drafts.csv")).Length > text.Length);
    }
}
