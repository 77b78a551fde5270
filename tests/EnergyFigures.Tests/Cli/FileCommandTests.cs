using System.Text.Json;
using EnergyFigures.Claims;
using EnergyFigures.Cli;
using EnergyFigures.Csv;
using EnergyFigures.Tests.Csv;
using EnergyFigures.Tests.Support;
using EnergyFigures.Data;

namespace EnergyFigures.Tests.Cli;

public class ValidateTests
{
    private static string BadFile(TempDir dir) => dir.Write("bad.csv", CsvFixtures.BuildCsv(
        CsvFixtures.ValidRow("good-one"),
        CsvFixtures.ValidRow("bad-unit").With("unit", "USX"),
        CsvFixtures.ValidRow("bad-date").With("source_date", "06/02/2020").With("value", "1,5"),
        CsvFixtures.ValidRow("Bad Id")));

    [Fact]
    public void Validate_prints_every_problem_with_line_and_field_and_exits_1()
    {
        using var dir = new TempDir();
        var path = BadFile(dir);
        var expected = ClaimsCsv.Validate(path).Diagnostics;
        Assert.True(expected.Count >= 4);

        var r = Cli.Run("validate", path);
        Assert.Equal(ExitCodes.InvalidData, r.ExitCode);
        foreach (var d in expected)
        {
            Assert.Contains(d.ToString(), r.Out);
        }

        Assert.Contains("bad.csv:3: unit (column 12): EF1012", r.Out);
        Assert.Contains("bad.csv:4: source_date (column 22): EF1015", r.Out);
        Assert.Contains("bad.csv:4: value (column 8): EF1011", r.Out);
        Assert.Contains("bad.csv:5: id (column 1): EF1022", r.Out);
        Assert.Contains("has " + expected.Count + " problem(s)", r.SingleErrorLine());
    }

    [Fact]
    public void Validate_json_lists_every_problem()
    {
        using var dir = new TempDir();
        var path = BadFile(dir);
        var expected = ClaimsCsv.Validate(path).Diagnostics;
        var r = Cli.Run("validate", path, "--format", "json");
        Assert.Equal(ExitCodes.InvalidData, r.ExitCode);
        using var doc = r.Json();
        var root = doc.RootElement;
        Assert.False(root.GetProperty("valid").GetBoolean());
        Assert.Equal(1, root.GetProperty("validClaims").GetInt32());
        var problems = root.GetProperty("problems").EnumerateArray().ToList();
        Assert.Equal(expected.Count, problems.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Code, problems[i].GetProperty("code").GetString());
            Assert.Equal(expected[i].Line, problems[i].GetProperty("line").GetInt64());
            Assert.Equal(expected[i].Field, problems[i].GetProperty("field").GetString());
            Assert.True(problems[i].GetProperty("line").GetInt64() > 1);
        }
    }

    [Fact]
    public void Validate_accepts_the_shipped_file()
    {
        var r = Cli.Run("validate", RepoPaths.Data("claims.csv"));
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        Assert.Contains("claims.csv: 18 claim(s) in 18 row(s), no problems.", r.Out);
        Assert.Equal(string.Empty, r.Err);
    }

    [Fact]
    public void Validate_missing_file_is_exit_3()
    {
        using var dir = new TempDir();
        var r = Cli.Run("validate", dir.File("absent.csv"));
        Assert.Equal(ExitCodes.IoError, r.ExitCode);
        r.SingleErrorLine();
    }

    [Fact]
    public void Validate_a_folder_is_a_usage_error()
    {
        using var dir = new TempDir();
        Assert.Equal(ExitCodes.Usage, Cli.Run("validate", dir.Path).ExitCode);
    }
}

public class ChartTests
{
    [Fact]
    public void Chart_needs_a_png_or_svg_name()
    {
        using var dir = new TempDir();
        var r = Cli.Run("chart", "gas-price-offered-2020", "-o", dir.File("chart.gif"));
        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.Contains(".png or .svg", r.SingleErrorLine());
        Assert.False(File.Exists(dir.File("chart.gif")));
    }

    [Fact]
    public void Chart_refuses_to_overwrite_the_data_file()
    {
        using var dir = new TempDir();
        var text = CsvFixtures.BuildCsv(CsvFixtures.ValidRow("my-claim"));
        var path = dir.Write("claims.svg", text);
        var r = Cli.Run("chart", "my-claim", "--data", path, "-o", path);
        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.Contains("Refusing to write", r.SingleErrorLine());
        Assert.Equal(text, File.ReadAllText(path));
    }

    [Theory]
    [InlineData("gas.png")]
    [InlineData("gas.SVG")]
    public void Chart_writes_a_png_or_svg_of_the_claims(string name)
    {
        using var dir = new TempDir();
        var path = dir.File(name);
        var r = Cli.Run("chart", "gas-price-offered-2020", "europe-spot-gas-price-2020-02", "-o", path, "--title", "Gas <prices> & more");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        var bytes = File.ReadAllBytes(path);
        if (name.EndsWith(".png", StringComparison.Ordinal))
        {
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
        }
        else
        {
            var svg = System.Text.Encoding.UTF8.GetString(bytes);
            Assert.Contains("<svg", svg);
            Assert.Contains("Gas &lt;prices&gt; &amp; more", svg);
            Assert.Contains("under $100", svg);
        }

        Assert.Equal([name], Directory.GetFiles(dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Chart_json_names_the_file_kind_and_caption()
    {
        using var dir = new TempDir();
        var path = dir.File("rates.svg");
        var r = Cli.Run("chart", "belarus-loan-rate-from-russia", "russia-reserves-rate-in-us", "-o", path, "--format", "json");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        using var doc = r.Json();
        Assert.Equal("Spread", doc.RootElement.GetProperty("kind").GetString());
        Assert.Equal("svg", doc.RootElement.GetProperty("format").GetString());
        Assert.Equal(new FileInfo(path).Length, doc.RootElement.GetProperty("bytes").GetInt64());
        Assert.Contains(doc.RootElement.GetProperty("caption").EnumerateArray(), c => c.GetString()!.Contains("Global Research", StringComparison.Ordinal));
    }

    [Fact]
    public void Chart_of_incompatible_units_is_exit_5_and_writes_nothing()
    {
        using var dir = new TempDir();
        var r = Cli.Run("chart", "gas-price-offered-2020", "russia-reserves-rate-in-us", "-o", dir.File("x.png"));
        Assert.Equal(ExitCodes.CannotCompute, r.ExitCode);
        Assert.Contains("EF3001", r.SingleErrorLine());
        Assert.Empty(Directory.GetFiles(dir.Path));
    }

    [Fact]
    public void Chart_unknown_id_writes_nothing()
    {
        using var dir = new TempDir();
        var r = Cli.Run("chart", "nope", "-o", dir.File("c.png"));
        Assert.Equal(ExitCodes.NotFound, r.ExitCode);
        Assert.Empty(Directory.GetFiles(dir.Path));
    }
}

public class ReportTests
{
    [Fact]
    public void Report_shows_every_claim_with_provenance_and_reports_progress()
    {
        using var dir = new TempDir();
        var outDir = Path.Combine(dir.Path, "out");
        var r = Cli.Run("report", "-o", outDir);
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        Assert.Contains("report [1/5]", r.Err);
        Assert.Contains("report [5/5]", r.Err);
        Assert.DoesNotContain("error", r.Err);
        var html = File.ReadAllText(Path.Combine(outDir, "index.html"));
        Assert.StartsWith("<!DOCTYPE html>", html);
        foreach (var c in ClaimSet.Shipped)
        {
            Assert.Contains($"id=\"claim-{c.Id}\"", html);
            Assert.Contains(EnergyFigures.Cli.Output.Html.Esc(c.FirstAppearance.Quote), html);
        }

        Assert.Contains("id=\"comparisons\"", html);
        Assert.Contains("id=\"checks\"", html);
        Assert.Contains("id=\"charts\"", html);

        // Every chart is an image file beside the report, referenced relatively.
        var images = System.Text.RegularExpressions.Regex.Matches(html, "<img src=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.True(images.Count >= 8, $"only {images.Count} charts");
        Assert.All(images, src =>
        {
            Assert.StartsWith("charts/", src);
            Assert.True(File.Exists(Path.Combine(outDir, src)), src);
        });
        Assert.Contains("charts/check-europe-spot-gas-price-2020-02.png", images);
        Assert.Contains("charts/timeseries-gas-europe.png", images);

        // The checks table has every claim, with verdicts.
        Assert.Contains("verdict-consistent", html);
        Assert.Contains("verdict-inconsistent", html);
        Assert.Contains("worldbank.NGAS_EUR", html);
        Assert.Contains("Alexander Lukashenko → BelTA → Andrew Korybko, Global Research (2020-02-06) → originally OneWorld", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=\"http", html, StringComparison.Ordinal); // opens offline: no external resource
        Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(outDir, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void Report_escapes_every_text_from_data()
    {
        using var dir = new TempDir();
        var row = CsvFixtures.ValidRow("evil")
            .With("subject", "<script>alert('x')</script> & \"more\"")
            .With("claimant", "<b>Bold</b>")
            .With("notes", "<img src=x onerror=alert(1)>")
            .With("source_title", "Title </title><script>");
        var path = dir.Write("evil.csv", CsvFixtures.BuildCsv(row));
        var outDir = Path.Combine(dir.Path, "out");
        var r = Cli.Run("report", "-o", outDir, "--data", path);
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        var html = File.ReadAllText(Path.Combine(outDir, "index.html"));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Bold", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;", html);
        Assert.Contains("&lt;b&gt;Bold&lt;/b&gt;", html);
    }

    [Fact]
    public void Report_json_lists_the_files()
    {
        using var dir = new TempDir();
        var outDir = Path.Combine(dir.Path, "out");
        var r = Cli.Run("report", "-o", outDir, "--format", "json");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        using var doc = r.Json();
        var root = doc.RootElement;
        Assert.Equal(18, root.GetProperty("claims").GetInt32());
        var files = root.GetProperty("files").EnumerateArray().Select(f => f.GetString()!).ToList();
        Assert.Contains(Path.Combine(outDir, "index.html"), files);
        Assert.All(files, f => Assert.True(File.Exists(f), f));
    }

    [Fact]
    public void Report_refuses_to_overwrite_the_data_file_and_leaves_it_intact()
    {
        using var dir = new TempDir();
        var text = CsvFixtures.BuildCsv(CsvFixtures.ValidRow("my-claim"));
        var path = dir.Write("index.html", text);
        var r = Cli.Run("report", "-o", dir.Path, "--data", path);
        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.Contains("Refusing to write", r.SingleErrorLine());
        Assert.Equal(text, File.ReadAllText(path));
    }

    [Fact]
    public void Report_into_a_file_is_a_usage_error()
    {
        using var dir = new TempDir();
        var file = dir.Write("not-a-folder", "x");
        var r = Cli.Run("report", "-o", file);
        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.Equal("x", File.ReadAllText(file));
    }

    [Fact]
    public void Report_replaces_an_older_report()
    {
        using var dir = new TempDir();
        var outDir = Path.Combine(dir.Path, "out");
        Directory.CreateDirectory(outDir);
        File.WriteAllText(Path.Combine(outDir, "index.html"), "old");
        Assert.Equal(ExitCodes.Ok, Cli.Run("report", "-o", outDir).ExitCode);
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(Path.Combine(outDir, "index.html")));
        Assert.Equal(["index.html"], Directory.GetFiles(outDir).Select(Path.GetFileName));
        Assert.Empty(Directory.GetFiles(outDir, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void Report_of_a_large_dataset_caps_comparisons_and_splits_charts()
    {
        using var dir = new TempDir();
        var rows = Enumerable.Range(1, 40).Select(i => CsvFixtures.ValidRow($"c-{i}").With("value", (100 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)).With("text", "$127 per 1,000 cubic meters")).ToArray();
        var path = dir.Write("many.csv", CsvFixtures.BuildCsv(rows));
        var outDir = Path.Combine(dir.Path, "out");
        var r = Cli.Run("report", "-o", outDir, "--data", path, "--format", "json");
        Assert.True(r.ExitCode == ExitCodes.Ok, r.Err);
        using var doc = r.Json();
        Assert.Equal(40, doc.RootElement.GetProperty("claims").GetInt32());
        Assert.Equal(EnergyFigures.Cli.Commands.ReportCommand.MaxComparisons, doc.RootElement.GetProperty("comparisons").GetInt32());
        Assert.Equal(3, Directory.GetFiles(Path.Combine(outDir, "charts"), "comparison-*.png").Length); // 16 + 16 + 8
        Assert.Contains("(the first 200)", r.Err);
    }

    [Fact]
    public void Report_with_svg_images()
    {
        using var dir = new TempDir();
        var outDir = Path.Combine(dir.Path, "out");
        Assert.Equal(ExitCodes.Ok, Cli.Run("report", "-o", outDir, "--images", "svg").ExitCode);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(outDir, "charts"), "*.svg"));
        Assert.Empty(Directory.GetFiles(Path.Combine(outDir, "charts"), "*.png"));
        var spot = File.ReadAllText(Path.Combine(outDir, "charts", "check-europe-spot-gas-price-2020-02.svg"));
        Assert.Contains("verdict: consistent", spot);
        Assert.Contains("assumption range", spot); // the heating-value sensitivity drawn as a band
        Assert.Contains("CC BY 4.0", spot);
    }
}

public class AtomicFileTests
{
    [Fact]
    public void Write_replaces_the_file_and_leaves_no_temporary_file()
    {
        using var dir = new TempDir();
        var path = dir.Write("a.txt", "old");
        AtomicFile.WriteAllText(path, "new ✓");
        Assert.Equal("new ✓", File.ReadAllText(path));
        Assert.Equal(["a.txt"], Directory.GetFiles(dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_failed_write_is_an_io_error_and_leaves_nothing_behind()
    {
        using var dir = new TempDir();
        var blocker = dir.Write("blocker", "x");
        var target = Path.Combine(blocker, "sub", "a.txt"); // a folder that cannot be created: 'blocker' is a file
        var e = Assert.Throws<CliException>(() => AtomicFile.WriteAllText(target, "new"));
        Assert.Equal(ExitCodes.IoError, e.ExitCode);
        Assert.Equal(["blocker"], Directory.GetFiles(dir.Path).Select(Path.GetFileName));
        Assert.Equal("x", File.ReadAllText(blocker));
    }

    [Fact]
    public void Guard_recognizes_the_same_file_through_another_path()
    {
        using var dir = new TempDir();
        var path = dir.Write("data.csv", "x");
        var guard = new InputGuard();
        guard.AddInput(path);
        var other = Path.Combine(dir.Path, "sub", "..", "data.csv");
        Assert.Equal(ExitCodes.Usage, Assert.Throws<CliException>(() => guard.CheckOutput(other)).ExitCode);
        guard.CheckOutput(Path.Combine(dir.Path, "other.csv"));
    }

    [Fact]
    public void Guard_sees_through_a_symbolic_link()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // creating links needs privileges there
        }

        using var dir = new TempDir();
        var path = dir.Write("data.csv", "x");
        var link = dir.File("link.svg");
        File.CreateSymbolicLink(link, path);
        var r = Cli.Run("chart", "my-claim", "--data", path, "-o", link);
        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.Equal("x", File.ReadAllText(path));
    }
}
