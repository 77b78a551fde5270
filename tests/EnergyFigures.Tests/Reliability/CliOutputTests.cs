using System.Text;
using EnergyFigures.Claims;
using EnergyFigures.Cli;
using EnergyFigures.Csv;
using EnergyFigures.Extraction;
using EnergyFigures.Tests.Cli;
using EnergyFigures.Tests.Packaging;
using EnergyFigures.Data;
using CliRun = EnergyFigures.Tests.Cli.Cli;

namespace EnergyFigures.Tests.Reliability;

/// <summary>Issue 13, items 6, 8, 13, 14, 15: what the CLI writes, and where.</summary>
public class CliOutputTests
{
    private const string Article = "Europe paid $127 per 1,000 cubic meters of gas in 2019, and spot prices are under $100.\n";

    [Theory]
    [InlineData("--data", "", "list")]
    [InlineData("extract", "")]
    [InlineData("extract", "ARTICLE", "-o", "")]
    [InlineData("report", "-o", "")]
    [InlineData("validate", "")]
    [InlineData("chart", "gas-price-offered-2020", "-o", "")]
    public void An_empty_path_is_a_usage_error(params string[] args)
    {
        using var dir = new TempDir();
        var article = dir.Write("a.txt", Article);
        var r = CliRun.Run(args.Select(a => a == "ARTICLE" ? article : a).ToArray());
        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.Contains("An empty path was given", r.SingleErrorLine(), StringComparison.Ordinal);
        Assert.Equal(["a.txt"], Directory.GetFiles(dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Output_through_a_symbolic_link_keeps_the_link_and_writes_its_target()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var dir = new TempDir();
        var article = dir.Write("a.txt", Article);
        var target = dir.Write("drafts.csv", "old");
        var link = dir.File("link.csv");
        File.CreateSymbolicLink(link, target);
        var r = CliRun.Run("extract", article, "-o", link);
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.StartsWith("id,subject", File.ReadAllText(target), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Output_to_a_device_or_a_pipe_is_written_through()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var dir = new TempDir();
        var article = dir.Write("a.txt", Article);
        var r = CliRun.Run("extract", article, "-o", "/dev/null");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        Assert.Equal(FileKind.Other, FileIdentity.Of("/dev/null").Kind);

        var fifo = dir.File("pipe");
        Assert.Equal(0, ProcessRunner.Run("mkfifo", [fifo], dir.Path).ExitCode);
        var reader = Task.Run(() => File.ReadAllText(fifo));
        var w = CliRun.Run("extract", article, "-o", fifo);
        Assert.Equal(ExitCodes.Ok, w.ExitCode);
        var text = await reader.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.StartsWith("id,subject", text, StringComparison.Ordinal);
        Assert.Equal(FileKind.Other, FileIdentity.Of(fifo).Kind);
    }

    [Fact]
    public void Report_caps_charts_and_says_what_was_left_out()
    {
        using var dir = new TempDir();
        var outDir = Path.Combine(dir.Path, "out");
        var r = CliRun.Run("report", "-o", outDir, "--max-charts", "1", "--format", "json");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        using var doc = r.Json();
        var leftOut = doc.RootElement.GetProperty("chartsLeftOut").GetInt32();
        Assert.True(leftOut > 0);
        Assert.Equal(1, doc.RootElement.GetProperty("charts").GetInt32());
        Assert.Single(Directory.GetFiles(Path.Combine(outDir, "charts"), "*.png"));
        var html = File.ReadAllText(Path.Combine(outDir, "index.html"));
        Assert.Contains($"{leftOut} more chart(s) left out: a report draws at most 1", html, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, CliRun.Run("report", "-o", outDir, "--max-charts", "-1").ExitCode);
    }

    [Fact]
    public void A_new_report_removes_what_earlier_reports_of_ours_left_and_nothing_else()
    {
        using var dir = new TempDir();
        var outDir = Path.Combine(dir.Path, "out");
        var charts = Path.Combine(outDir, "charts");
        Assert.Equal(ExitCodes.Ok, CliRun.Run("report", "-o", outDir, "--max-charts", "4").ExitCode);
        var four = Directory.GetFiles(charts, "*.png").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(4, four.Count);

        // What a report killed half-way leaves: temporary files of ours. And files of the user's.
        var guid = Guid.NewGuid().ToString("N");
        File.WriteAllText(Path.Combine(outDir, $".index.html.{guid}.tmp"), "x");
        File.WriteAllText(Path.Combine(charts, $".{four[0]}.{guid}.tmp"), "x");
        File.WriteAllText(Path.Combine(charts, "my-own-chart.png"), "mine");
        File.WriteAllText(Path.Combine(charts, $".notes.txt.{guid}.tmp"), "mine");
        File.WriteAllText(Path.Combine(outDir, "notes.txt"), "mine");

        Assert.Equal(ExitCodes.Ok, CliRun.Run("report", "-o", outDir, "--max-charts", "2").ExitCode);
        var now = Directory.GetFiles(charts).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToList();
        var ourCharts = now.Where(n => n.EndsWith(".png", StringComparison.Ordinal) && n != "my-own-chart.png").ToList();
        Assert.Equal(2, ourCharts.Count);
        Assert.All(ourCharts, n => Assert.Contains(n, four));
        Assert.Equal(new[] { ".energy-figures-report", $".notes.txt.{guid}.tmp", "my-own-chart.png" }.Concat(ourCharts).Order(StringComparer.Ordinal), now);
        Assert.Equal(["index.html", "notes.txt"], Directory.GetFiles(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(charts, "my-own-chart.png")));
    }

    [Fact]
    public void A_report_never_removes_an_input_even_one_listed_as_ours()
    {
        using var dir = new TempDir();
        var outDir = Path.Combine(dir.Path, "out");
        Assert.Equal(ExitCodes.Ok, CliRun.Run("report", "-o", outDir, "--max-charts", "3").ExitCode);
        var charts = Path.Combine(outDir, "charts");
        var victim = Directory.GetFiles(charts, "*.png").Order(StringComparer.Ordinal).Last();
        var claims = File.ReadAllBytes(Support.RepoPaths.Data("claims.csv"));
        File.WriteAllBytes(victim, claims); // the user saved a claims file under a name an earlier report used
        var r = CliRun.Run("--data", victim, "report", "-o", outDir, "--max-charts", "1");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        Assert.Equal(claims, File.ReadAllBytes(victim));
    }

    [Theory]
    [InlineData("\thttps://example.org/a")]
    [InlineData("https://example.org/a")]
    public void Every_written_cell_is_neutralized_the_same_way_and_reads_back(string url)
    {
        var c = ClaimSet.Shipped["gas-price-offered-2020"];
        var a = c.Appearances[0];
        var claim = c with { Appearances = new EquatableArray<Appearance>([a with { Source = a.Source with { Url = new Uri(url) } }]) };
        var csv = ClaimsCsv.WriteToString([claim]);
        var cells = csv.Split('\n')[1];
        Assert.DoesNotContain(",\thttps", cells, StringComparison.Ordinal);
        var back = ClaimsCsv.ValidateText(csv, "x.csv");
        if (url[0] == '\t')
        {
            // Written neutralized ('\t…), and reading says what is wrong instead of taking a TAB into a URL.
            Assert.Contains(",'\thttps", cells, StringComparison.Ordinal);
            Assert.Equal("source_url", Assert.Single(back.Diagnostics).Field);
        }
        else
        {
            Assert.True(back.IsValid, string.Join("\n", back.Diagnostics));
            Assert.Equal(url, back.Claims[0].Appearances[0].Source.Url!.OriginalString);
        }
    }

    [Fact]
    public void Draft_cells_are_neutralized_like_claims_cells()
    {
        var candidates = FigureExtractor.Extract("=HYPERLINK(\"x\") -$127 per 1,000 cubic meters, said @someone.");
        var csv = DraftClaimsCsv.WriteToString(candidates.Select(x => x.ToDraftClaim()), "\t=evil");
        var header = csv.Split('\n')[0].Split(',');
        var parsed = CsvParse(csv);
        foreach (var row in parsed.Skip(1))
        {
            for (int k = 0; k < row.Count; k++)
            {
                if (header[k] is "value" or "value_high" or "tolerance" || row[k].Length == 0)
                {
                    continue;
                }

                Assert.DoesNotMatch("^[=+\\-@\\t\\r]", row[k]);
            }
        }
    }

    private static List<List<string>> CsvParse(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < csv.Length; i++)
        {
            char ch = csv[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (ch == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add(row);
                row = [];
            }
            else
            {
                cell.Append(ch);
            }
        }

        return rows;
    }
}
