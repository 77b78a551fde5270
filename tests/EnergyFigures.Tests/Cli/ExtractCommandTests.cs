using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using EnergyFigures.Cli;
using EnergyFigures.Csv;
using EnergyFigures.Extraction;
using EnergyFigures.Tests.Extraction;
using EnergyFigures.Errors;

namespace EnergyFigures.Tests.Cli;

public partial class ExtractTests
{
    // Line 2 wraps inside a figure ("1,000\ncubic meters"); "-0.5%" starts with a formula character; "under $100"
    // takes its unit from the sentence before; "$1.12" takes USD/bbl from "$83.47 a barrel".
    private const string Text =
        "Brent crude futures rose $1.12, or 1.4%, to $83.47 a barrel.\n" +
        "Russia offered gas at $127 per 1,000\ncubic meters, while spot prices in Europe were under $100. " +
        "Deposits pay -0.5% now, and exports reached $4.2 billion.\n";

    private static readonly string[] ReviewerFields = ["subject", "claimant", "period", "source_title", "source_outlet", "source_date"];

    public static IEnumerable<object[]> Texts =>
        Directory.GetFiles(DevSet.Folder, "*.txt").Concat(Directory.GetFiles(DevSet.HeldOutFolder, "*.txt"))
            .Order(StringComparer.Ordinal)
            .Select(p => new object[] { Path.GetFileName(Path.GetDirectoryName(p))!, Path.GetFileName(p) });

    [Fact]
    public void Extract_prints_span_text_bound_interval_unit_and_sentence()
    {
        using var dir = new TempDir();
        var path = dir.Write("article.txt", Text);
        var r = Cli.Run("extract", path);
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        Assert.Equal(string.Empty, r.Err);
        var expected = FigureExtractor.Extract(Text);
        Assert.True(expected.Count >= 6);
        Assert.StartsWith($"{expected.Count} candidate figure(s) in article.txt\n", r.Out);
        Assert.Matches(@"\n#\s+SPAN\s+AS PRINTED\s+BOUND\s+INTERVAL\s+UNIT\n", r.Out);

        var under = Text.IndexOf("under $100", StringComparison.Ordinal);
        Assert.Matches($@"\n\d+\s+{under}-{under + 10}\s+under \$100\s+under\s+\(−∞, 100\)\s+USD/1000 m3 \(inferred\)\n", r.Out);
        Assert.Matches(@"\n\d+\s+\d+-\d+\s+\$83\.47 a barrel\s+exact\s+\[83\.47, 83\.47\]\s+USD/bbl\n", r.Out);
        Assert.Matches(@"\n\d+\s+\d+-\d+\s+\$1\.12\s+exact\s+\[1\.12, 1\.12\]\s+USD/bbl \(inferred\)\n", r.Out);

        // A figure wrapped over two lines is shown on one; the sentences follow the table.
        Assert.Contains("$127 per 1,000 cubic meters", r.Out);
        Assert.Matches(@"\nSentence of 1, 2, 3:\n  ""Brent crude futures rose \$1\.12, or 1\.4%, to \$83\.47 a barrel\.""\n", r.Out);
        Assert.Contains("(inferred): part of the unit or scale comes from the context", r.Out);
    }

    [Fact]
    public void Extract_json_parses_back_with_exact_decimals_and_offsets()
    {
        using var dir = new TempDir();
        var path = dir.Write("article.txt", Text);
        var r = Cli.Run("extract", path, "--format", "json");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        using var doc = r.Json();
        var root = doc.RootElement;
        var expected = FigureExtractor.Extract(Text);
        Assert.Equal(path, root.GetProperty("file").GetString());
        Assert.Equal(expected.Count, root.GetProperty("count").GetInt32());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("output").ValueKind);
        var items = root.GetProperty("candidates").EnumerateArray().ToList();
        Assert.Equal(expected.Count, items.Count);
        for (int i = 0; i < items.Count; i++)
        {
            var j = items[i];
            var c = expected[i];
            int start = j.GetProperty("start").GetInt32(), end = j.GetProperty("end").GetInt32();
            Assert.Equal(i + 1, j.GetProperty("index").GetInt32());
            Assert.Equal(c.Text, j.GetProperty("text").GetString());
            Assert.Equal(Text[start..end], j.GetProperty("text").GetString());
            Assert.Equal(c.Bound.ToName(), j.GetProperty("bound").GetString());
            Assert.Equal(c.Unit.Symbol, j.GetProperty("unit").GetString());
            Assert.Equal(c.UnitInferred, j.GetProperty("unitInferred").GetBoolean());
            Assert.Equal(c.Sentence, j.GetProperty("sentence").GetString());
            Assert.Equal(JsonValueKind.Null, j.GetProperty("draftId").ValueKind);
            Assert.Equal(c.Figure.Value, j.GetProperty("figure").GetProperty("value").GetDecimal());
            var interval = j.GetProperty("interval");
            Assert.Equal(c.Interval.Low, interval.GetProperty("low").ValueKind == JsonValueKind.Null ? null : interval.GetProperty("low").GetDecimal());
            Assert.Equal(c.Interval.HighOpen, interval.GetProperty("highOpen").GetBoolean());
        }

        // Decimals are exact JSON numbers, digits kept as printed.
        var brent = items.Single(j => j.GetProperty("text").GetString() == "$83.47 a barrel");
        Assert.Equal("83.47", brent.GetProperty("interval").GetProperty("low").GetRawText());
        var under = items.Single(j => j.GetProperty("text").GetString() == "under $100");
        Assert.Equal(JsonValueKind.Null, under.GetProperty("interval").GetProperty("low").ValueKind);
        Assert.Equal("100", under.GetProperty("interval").GetProperty("high").GetRawText());
        Assert.True(under.GetProperty("unitInferred").GetBoolean());
        Assert.Equal("USD/1000 m3", under.GetProperty("unit").GetString());
    }

    [Fact]
    public void Extract_o_writes_draft_claims_that_validate_lists_exactly_the_reviewer_fields_of()
    {
        using var dir = new TempDir();
        var path = dir.Write("gas-article.txt", Text);
        var csv = dir.File("drafts.csv");
        var r = Cli.Run("extract", path, "-o", csv);
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        var candidates = FigureExtractor.Extract(Text);
        Assert.Contains($"Wrote {csv}: {candidates.Count} draft claim(s).", r.Out);
        Assert.Contains("energy-figures validate " + csv, r.Out);

        var report = ClaimsCsv.Validate(csv);
        Assert.Equal(candidates.Count, report.RowsRead);
        Assert.Empty(report.Claims);
        Assert.Equal(candidates.Count * ReviewerFields.Length, report.Diagnostics.Count);
        foreach (var row in report.Diagnostics.GroupBy(d => d.Line))
        {
            Assert.Equal(ReviewerFields, row.Select(d => d.Field));
            Assert.Equal(
                ReviewerFields.Select(f => f == "claimant" ? ErrorCodes.MissingClaimant : ErrorCodes.MissingValue),
                row.Select(d => d.Code));
        }

        // The validate command says the same, exit 1.
        var v = Cli.Run("validate", csv);
        Assert.Equal(ExitCodes.InvalidData, v.ExitCode);
        Assert.Contains("drafts.csv:2: claimant (column 4): EF1024", v.Out);
        Assert.Contains("drafts.csv:2: source_date (column 22): EF1010", v.Out);
        Assert.Contains($"has {candidates.Count * ReviewerFields.Length} problem(s)", v.SingleErrorLine());

        // Ids, notes and the unit-inferred mark.
        var lines = File.ReadAllText(csv).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(",", ClaimsCsv.Columns), lines[0]);
        Assert.Equal(candidates.Count + 1, lines.Length);
        Assert.StartsWith("draft-gas-article-001,", lines[1]);
        Assert.Equal(candidates.Count(c => c.UnitInferred), lines.Count(l => l.Contains("partly inferred from the context", StringComparison.Ordinal)));
    }

    [Fact]
    public void Draft_claims_filled_in_by_a_reviewer_validate_and_keep_every_figure_exactly()
    {
        using var dir = new TempDir();
        var path = dir.Write("article.txt", Text);
        var csv = dir.File("drafts.csv");
        Assert.Equal(ExitCodes.Ok, Cli.Run("extract", path, "-o", csv).ExitCode);

        // A reviewer fills in subject, period, claimant and the source of every row.
        var filled = string.Join('\n', File.ReadAllText(csv).Split('\n').Select((line, i) => i == 0 || line.Length == 0
            ? line
            : SourceFields().Replace(ClaimFields().Replace(line, "$1,Gas prices,2024,Reuters,", 1), ",,,,Oil and gas wrap,,Reuters,2024-03-12,,,\"Draft", 1)));
        var filledPath = dir.Write("reviewed.csv", filled);
        var report = ClaimsCsv.Validate(filledPath);
        Assert.Empty(report.Diagnostics);

        var candidates = FigureExtractor.Extract(Text);
        Assert.Equal(candidates.Count, report.Claims.Count);
        var claims = report.Claims.ToList();
        for (int i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            var f = claims[i].Figure;
            Assert.Equal(c.Bound, f.Bound);
            Assert.Equal(c.Figure.Value, f.Value);
            Assert.Equal(c.Figure.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), f.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(c.Figure.Scale, f.Scale);
            Assert.Equal(c.Unit, f.Unit);
            Assert.Equal(c.Interval, f.Interval);
            Assert.Contains(f.Text, claims[i].FirstAppearance.Quote, StringComparison.Ordinal);
        }

        // The wrapped figure is one line in the CSV, its quote too; "-0.5%" survives the formula guard.
        Assert.Contains(claims, c => c.Figure.Text == "$127 per 1,000 cubic meters");
        Assert.Contains(claims, c => c.Figure.Text == "-0.5%" && c.Figure.Value == -0.5m);
        Assert.Contains("'-0.5%", File.ReadAllText(csv), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Drafts_of_every_development_text_validate_to_exactly_the_reviewer_fields(string folder, string name)
    {
        var text = Path.Combine(folder == "DevSet" ? DevSet.Folder : DevSet.HeldOutFolder, name);
        using var dir = new TempDir();
        var csv = dir.File("drafts.csv");
        var r = Cli.Run("extract", text, "-o", csv, "--format", "json");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        using var doc = r.Json();
        var count = doc.RootElement.GetProperty("count").GetInt32();
        Assert.True(count > 0);
        Assert.Equal(csv, doc.RootElement.GetProperty("output").GetProperty("file").GetString());
        var ids = doc.RootElement.GetProperty("candidates").EnumerateArray().Select(c => c.GetProperty("draftId").GetString()).ToList();
        Assert.Equal(count, ids.Distinct().Count());

        var report = ClaimsCsv.Validate(csv);
        Assert.Equal(count, report.RowsRead);
        var byLine = report.Diagnostics.GroupBy(d => d.Line).ToList();
        Assert.Equal(count, byLine.Count);
        Assert.All(byLine, row => Assert.Equal(ReviewerFields, row.Select(d => d.Field)));
    }

    [Fact]
    public void Extract_missing_file_is_exit_3_and_writes_nothing()
    {
        using var dir = new TempDir();
        var r = Cli.Run("extract", dir.File("absent.txt"), "-o", dir.File("out.csv"));
        Assert.Equal(ExitCodes.IoError, r.ExitCode);
        Assert.Equal(string.Empty, r.Out);
        Assert.Contains("absent.txt' does not exist", r.SingleErrorLine());
        Assert.False(File.Exists(dir.File("out.csv")));
    }

    [Fact]
    public void Extract_a_folder_is_a_usage_error()
    {
        using var dir = new TempDir();
        var r = Cli.Run("extract", dir.Path);
        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.Contains("is a folder", r.SingleErrorLine());
    }

    [Fact]
    public void Extract_refuses_to_overwrite_its_input()
    {
        using var dir = new TempDir();
        var path = dir.Write("article.txt", Text);
        var other = Path.Combine(dir.Path, ".", "article.txt");
        var r = Cli.Run("extract", path, "-o", other);
        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.Equal(string.Empty, r.Out);
        Assert.Contains("Refusing to write", r.SingleErrorLine());
        Assert.Equal(Text, File.ReadAllText(path));
    }

    [Fact]
    public void Extract_of_text_that_is_not_utf8_is_exit_3()
    {
        using var dir = new TempDir();
        var path = dir.File("latin1.txt");
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes("Gas costs \u00a3100 per MWh, \u00e9t\u00e9."));
        var r = Cli.Run("extract", path);
        Assert.Equal(ExitCodes.IoError, r.ExitCode);
        Assert.Contains("not valid UTF-8", r.SingleErrorLine());
    }

    [Fact]
    public void Extract_reads_offsets_as_file_read_all_text_does_with_a_byte_order_mark()
    {
        using var dir = new TempDir();
        var path = dir.File("bom.txt");
        File.WriteAllText(path, Text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        var r = Cli.Run("extract", path, "--format", "json");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        using var doc = r.Json();
        var first = doc.RootElement.GetProperty("candidates")[0];
        Assert.Equal(Text.IndexOf("$1.12", StringComparison.Ordinal), first.GetProperty("start").GetInt32());
    }

    [Fact]
    public void Extract_of_a_text_without_figures_prints_zero_and_writes_a_valid_empty_file()
    {
        using var dir = new TempDir();
        var path = dir.Write("empty.txt", "Nothing here but words, and the year 2020.\n");
        var csv = dir.File("drafts.csv");
        var r = Cli.Run("extract", path, "-o", csv);
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        Assert.StartsWith("0 candidate figure(s) in empty.txt\n", r.Out);
        var report = ClaimsCsv.Validate(csv);
        Assert.True(report.IsValid);
        Assert.Equal(0, report.RowsRead);
    }

    [Fact]
    public void Help_describes_extract_and_the_root_lists_it()
    {
        var r = Cli.Run("extract", "--help");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        Assert.Contains("Usage:", r.Out);
        Assert.Contains("energy-figures extract", r.Out);
        Assert.Contains("-o, --output", r.Out);
        Assert.Contains("--format", r.Out);
        Assert.Equal(string.Empty, r.Err);
        Assert.Contains("  extract", Cli.Run("--help").Out);
    }

    [Fact]
    public void Extract_without_a_file_is_a_usage_error()
    {
        var r = Cli.Run("extract");
        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.Equal(string.Empty, r.Out);
        Assert.Contains("extract --help", r.SingleErrorLine());
    }

    [Fact]
    public void Draft_ids_are_valid_claim_ids_from_any_file_name()
    {
        Assert.Equal(new[] { "draft-001", "draft-002" }, DraftClaimsCsv.Ids("  ", 2));
        Assert.Equal("draft-2020-gas-deal-001", DraftClaimsCsv.Ids("2020 Gas_Deal!", 1)[0]);
        Assert.Equal("draft-a-0001", DraftClaimsCsv.Ids("a", 1000)[0]);
        Assert.All(DraftClaimsCsv.Ids(new string('x', 200), 1), id => Assert.True(id.Length <= 80));
    }

    [GeneratedRegex(@"^(draft-[a-z0-9-]+),,,,")]
    private static partial Regex ClaimFields();

    [GeneratedRegex(@",,,,,,,,,,""Draft")]
    private static partial Regex SourceFields();
}
