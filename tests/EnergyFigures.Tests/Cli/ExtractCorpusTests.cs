using EnergyFigures.Data;
using System.Text.Json;
using EnergyFigures.Cli;
using EnergyFigures.Cli.Commands;
using EnergyFigures.Extraction;
using EnergyFigures.Interchange;
using EnergyFigures.Tests.Interchange;
using EnergyFigures.Tests.Support;

namespace EnergyFigures.Tests.Cli;

/// <summary><c>extract --corpus</c>: a JSON Lines corpus in, every document's candidates out (JSON Lines or Parquet), in input order, on every core.</summary>
public class ExtractCorpusTests
{
    private static readonly string[] Texts =
    [
        "They have suggested that we pay $127 per 1,000 cubic meters of gas. Spot prices in Europe are under $100.",
        "We are running a $9 billion trade deficit with Russia.",
        "No figure here.",
        "Americans pay them 1.5% for keeping their foreign currency there, while we pay them from 4% to 6%.",
    ];

    private static string Corpus(TempDir dir, int copies = 300)
    {
        var lines = Enumerable.Range(0, copies).SelectMany(i => Texts.Select((t, k) => JsonSerializer.Serialize(new { id = $"d{i}-{k}", text = t, source = new { x = 1 } })));
        return dir.Write("corpus.jsonl", "\uFEFF" + string.Join("\r\n", lines) + "\n\n");
    }

    [Fact]
    public void Corpus_candidates_are_those_of_each_document_in_input_order_whatever_the_threads()
    {
        using var dir = new TempDir();
        var corpus = Corpus(dir);
        var many = Cli.Run("extract", "--corpus", corpus, "--threads", "4");
        var one = Cli.Run("extract", "--corpus", corpus, "--threads", "1");
        Assert.Equal(ExitCodes.Ok, many.ExitCode);
        Assert.Equal(one.Out, many.Out);
        Assert.Contains("Read 1200 document(s)", many.Err);

        var rows = many.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var expected = Enumerable.Range(0, 300).SelectMany(i => Texts.SelectMany((t, k) => FigureExtractor.Extract(t).Select((c, n) => (Id: $"d{i}-{k}", Index: n + 1, c)))).ToList();
        Assert.Equal(expected.Count, rows.Count);
        foreach (var (e, r) in expected.Zip(rows))
        {
            Assert.Equal(e.Id, r.GetProperty("id").GetString());
            Assert.Equal(e.Index, r.GetProperty("index").GetInt32());
            Assert.Equal(e.c.Start, r.GetProperty("start").GetInt32());
            Assert.Equal(e.c.Text, r.GetProperty("text").GetString());
            Assert.Equal(e.c.Unit.Symbol, r.GetProperty("unit").GetString());
            Assert.Equal(e.c.Figure.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), r.GetProperty("value_text").GetString());
            Assert.Equal(e.c.Interval.High, r.GetProperty("high").ValueKind == JsonValueKind.Null ? null : r.GetProperty("high").GetDecimal());
        }
    }

    [Fact]
    public void Corpus_candidates_as_parquet_read_back_in_duckdb()
    {
        using var dir = new TempDir();
        var corpus = Corpus(dir, copies: 50);
        var parquet = dir.File("candidates.parquet");
        var r = Cli.Run("extract", "--corpus", corpus, "-o", parquet);
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        Assert.Contains("Wrote " + parquet, r.Out);

        using var db = ExportDuckDbTests.Open();
        var rows = ExportDuckDbTests.Query(db, $"SELECT id, text, high, high_text, high_open, unit FROM read_parquet('{ExportDuckDbTests.Sql(parquet)}') WHERE id = 'd7-0' ORDER BY index");
        var expected = FigureExtractor.Extract(Texts[0]);
        Assert.Equal(expected.Count, rows.Count);
        Assert.Equal(["d7-0", "under $100", 100m, "100", true, "USD/1000 m3"], rows[1]);
        var count = ExportDuckDbTests.Query(db, $"SELECT count(*) FROM read_parquet('{ExportDuckDbTests.Sql(parquet)}')")[0][0];
        Assert.Equal((long)(50 * Texts.Sum(t => FigureExtractor.Extract(t).Count)), count);
    }

    [Fact]
    public void A_bad_line_is_invalid_data_naming_the_line_and_nothing_is_written()
    {
        using var dir = new TempDir();
        var corpus = dir.Write("bad.jsonl", "{\"id\":\"a\",\"text\":\"$5\"}\n\n[1,2]\n");
        var output = dir.File("out.jsonl");
        var r = Cli.Run("extract", "--corpus", corpus, "-o", output);
        Assert.Equal(ExitCodes.InvalidData, r.ExitCode);
        Assert.Contains("EF6008", r.SingleErrorLine());
        Assert.Contains("bad.jsonl:3:", r.Err);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Corpus_mode_refuses_a_text_file_too_and_overwriting_its_input()
    {
        using var dir = new TempDir();
        var corpus = Corpus(dir, copies: 1);
        Assert.Equal(ExitCodes.Usage, Cli.Run("extract", dir.Write("a.txt", "x"), "--corpus", corpus).ExitCode);
        var same = Cli.Run("extract", "--corpus", corpus, "-o", corpus);
        Assert.Equal(ExitCodes.Usage, same.ExitCode);
        Assert.Contains("Refusing to write", same.SingleErrorLine());
        Assert.Equal(ExitCodes.Usage, Cli.Run("extract").ExitCode);
        Assert.Equal(ExitCodes.Usage, Cli.Run("extract", "--corpus", corpus, "-o", dir.File("x.arrow")).ExitCode);
    }

    [Fact]
    public void Memory_stays_bounded_by_batches_not_by_the_corpus()
    {
        // 20,000 documents through the pipeline: at most 2 × threads batches are held at once.
        var text = string.Join("\n", Enumerable.Range(0, 20_000).Select(i => JsonSerializer.Serialize(new { id = i, text = Texts[i % Texts.Length] })));
        using var input = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
        using var output = new MemoryStream();
        var totals = ExtractCorpus.Process(input, output, ExportFormat.JsonLines, 2);
        Assert.Equal(20_000, totals.Documents);
        Assert.Equal(5_000 * Texts.Sum(t => FigureExtractor.Extract(t).Count), totals.Candidates);
    }
}
