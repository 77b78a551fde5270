using System.Text;
using System.Text.RegularExpressions;
using EnergyFigures.Checks;
using EnergyFigures.Csv;
using EnergyFigures.Tests.Packaging;
using EnergyFigures.Tests.Support;

namespace EnergyFigures.Tests.Cli;

/// <summary>
/// docs/tutorial.md runs as printed: every <c>$ energy-figures …</c> line of its <c>console</c> blocks is run
/// (the built CLI, as a process, from a folder laid out like a clean clone: the sample's files at their
/// repository paths) and its standard output must be the lines printed under it; the exit code must be 0,
/// or the one a trailing <c># exit N</c> names. Every line of a <c>csv</c> block is in the sample's files,
/// and the notebook cell is the code this test runs, with the output printed under it.
/// Set EF_WRITE_TUTORIAL=1 to rewrite the printed outputs from a run (then review the diff).
/// </summary>
public partial class TutorialTests
{
    private const string SampleFolder = "samples/europe-energy-2021-2022";

    /// <summary>The notebook cell of the tutorial; <see cref="Notebook_cell_prints_what_the_tutorial_shows"/> runs the same calls.</summary>
    private const string Cell = """
        #r "nuget: EnergyFigures"
        using EnergyFigures.Checks;
        using EnergyFigures.Csv;

        var claims = ClaimsCsv.Load("samples/europe-energy-2021-2022/claims.csv");
        var checks = ArticleChecks.Run(claims, ChecksCsv.Load("samples/europe-energy-2021-2022/checks.csv", claims));
        foreach (var row in checks)
        {
            Console.WriteLine(row);
        }
        """;

    private static string DocPath => Path.Combine(RepoPaths.Root, "docs", "tutorial.md");

    private static string CliDll => typeof(EnergyFigures.Cli.CommandLine).Assembly.Location;

    [Fact]
    public void Every_command_prints_what_the_tutorial_shows()
    {
        var doc = File.ReadAllText(DocPath).ReplaceLineEndings("\n");
        var root = Path.Combine(Path.GetTempPath(), "ef-tutorial-" + Guid.NewGuid().ToString("N")[..10]);
        var sample = Path.Combine(root, SampleFolder);
        Directory.CreateDirectory(sample);
        try
        {
            foreach (var f in Directory.GetFiles(Path.Combine(RepoPaths.Root, SampleFolder)))
            {
                File.Copy(f, Path.Combine(sample, Path.GetFileName(f)));
            }

            var rewritten = new StringBuilder();
            int at = 0;
            int commands = 0;
            foreach (Match block in ConsoleBlock().Matches(doc))
            {
                var body = block.Groups["body"].Value;
                var lines = body.Split('\n');
                var written = new StringBuilder();
                for (int i = 0; i < lines.Length; i++)
                {
                    if (!lines[i].StartsWith("$ ", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var command = lines[i];
                    var expected = new List<string>();
                    int j = i + 1;
                    for (; j < lines.Length && !lines[j].StartsWith("$ ", StringComparison.Ordinal); j++)
                    {
                        expected.Add(lines[j]);
                    }

                    var (args, exit) = Parse(command);
                    Assert.Equal("energy-figures", args[0]);
                    var result = ProcessRunner.Run(ProcessRunner.Dotnet, [CliDll, .. args.Skip(1)], root, timeoutSeconds: 120);
                    var output = result.Out.ReplaceLineEndings("\n").TrimEnd('\n');
                    commands++;
                    written.Append(command).Append('\n');
                    if (output.Length > 0)
                    {
                        written.Append(output).Append('\n');
                    }

                    if (Environment.GetEnvironmentVariable("EF_WRITE_TUTORIAL") != "1")
                    {
                        Assert.True(exit == result.ExitCode, $"'{command}' exited {result.ExitCode}, the tutorial says {exit}. stderr: {result.Err}");
                        Assert.Equal(string.Join("\n", expected).TrimEnd('\n'), output);
                    }

                    i = j - 1;
                }

                rewritten.Append(doc, at, block.Groups["body"].Index - at).Append(written);
                at = block.Groups["body"].Index + block.Groups["body"].Length;
            }

            rewritten.Append(doc, at, doc.Length - at);
            Assert.True(commands >= 8, $"The tutorial runs {commands} command(s); expected the whole path from extract to report.");
            if (Environment.GetEnvironmentVariable("EF_WRITE_TUTORIAL") == "1")
            {
                File.WriteAllText(DocPath, rewritten.ToString());
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Every_line_of_a_csv_block_is_in_the_samples_files()
    {
        var doc = File.ReadAllText(DocPath).ReplaceLineEndings("\n");
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Root, SampleFolder), "*.csv").Select(f => File.ReadAllText(f).ReplaceLineEndings("\n")).ToList();
        var blocks = CsvBlock().Matches(doc).ToList();
        Assert.NotEmpty(blocks);
        foreach (var line in blocks.SelectMany(b => b.Groups["body"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries)))
        {
            Assert.True(files.Any(f => f.Contains(line + "\n", StringComparison.Ordinal)), $"Not in the sample's files: {line}");
        }
    }

    [Fact]
    public void The_tutorial_is_linked_from_the_readme_and_its_article_is_the_sample()
    {
        Assert.Contains("(docs/tutorial.md)", File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")), StringComparison.Ordinal);
        var doc = File.ReadAllText(DocPath).ReplaceLineEndings("\n");
        var article = File.ReadAllText(Path.Combine(RepoPaths.Root, SampleFolder, "article.txt")).ReplaceLineEndings("\n");
        Assert.Contains("```text\n" + article.TrimEnd('\n') + "\n```", doc, StringComparison.Ordinal);
    }

    [Fact]
    public void Notebook_cell_prints_what_the_tutorial_shows()
    {
        var doc = File.ReadAllText(DocPath).ReplaceLineEndings("\n");
        var cell = Regex.Match(doc, "```csharp\n(?<code>.*?)\n```\n\nIt prints:\n\n```text\n(?<out>.*?)\n```", RegexOptions.Singleline);
        Assert.True(cell.Success, "The tutorial has a csharp notebook cell followed by 'It prints:' and its output.");
        Assert.Equal(Cell.ReplaceLineEndings("\n"), cell.Groups["code"].Value);

        // The cell's calls, from the repository root.
        var claims = ClaimsCsv.Load(Path.Combine(RepoPaths.Root, SampleFolder, "claims.csv"));
        var checks = ArticleChecks.Run(claims, ChecksCsv.Load(Path.Combine(RepoPaths.Root, SampleFolder, "checks.csv"), claims));
        var printed = string.Join("\n", checks.Select(row => row.ToString()));
        Assert.Equal(cell.Groups["out"].Value, printed);

        // Every declared check has a verdict: the tutorial's checks all run.
        Assert.All(checks.Where(r => r.Declaration is not null), r => Assert.NotNull(r.Verdict));
    }

    private static (string[] Args, int Exit) Parse(string line)
    {
        var text = line[2..];
        int exit = 0;
        var m = Regex.Match(text, @"\s+# exit (\d+)$");
        if (m.Success)
        {
            exit = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            text = text[..m.Index];
        }

        var args = new List<string>();
        var current = new StringBuilder();
        char? quote = null;
        bool any = false;
        foreach (var ch in text)
        {
            if (quote is { } q)
            {
                if (ch == q)
                {
                    quote = null;
                }
                else
                {
                    current.Append(ch);
                }
            }
            else if (ch is '\'' or '"')
            {
                quote = ch;
                any = true;
            }
            else if (ch == ' ')
            {
                if (any || current.Length > 0)
                {
                    args.Add(current.ToString());
                    current.Clear();
                    any = false;
                }
            }
            else
            {
                current.Append(ch);
            }
        }

        if (any || current.Length > 0)
        {
            args.Add(current.ToString());
        }

        return ([.. args], exit);
    }

    [GeneratedRegex("```console\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex ConsoleBlock();

    [GeneratedRegex("```csv\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CsvBlock();
}
