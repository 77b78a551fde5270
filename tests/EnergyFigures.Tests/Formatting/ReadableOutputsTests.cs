using System.Text.RegularExpressions;
using EnergyFigures.Claims;
using EnergyFigures.Reference;
using EnergyFigures.Tests.Support;
using CliRunner = EnergyFigures.Tests.Cli.Cli;

namespace EnergyFigures.Tests.Formatting;

/// <summary>
/// The outputs <see cref="ReadableTests"/> and the report tests do not cover, scanned for numbers with more digits
/// than the policy allows: the reference series and reported figures as the CLI shows them (converted or not), and
/// the tutorial's every output — its console blocks (which <c>TutorialTests</c> proves are what the commands print),
/// its report (HTML and SVG charts) and its chart.
/// </summary>
[Collection(EnergyFigures.Tests.Charts.ChartCollection.Name)]
public sealed partial class ReadableOutputsTests
{
    private const string Sample = "samples/europe-energy-2021-2022";

    [Fact]
    public void No_series_or_reported_figure_output_shows_more_digits_than_the_policy_allows()
    {
        ReadableTests.AssertReadable("series", Ok("series"));
        foreach (var id in ReferenceLibrary.Shipped.Ids)
        {
            ReadableTests.AssertReadable("series show " + id, Ok("series", "show", id));
        }

        // Converted value by value: the converted value, the published one and the rate on each line.
        ReadableTests.AssertReadable("series show NGAS_EUR in EUR/MWh", Ok("series", "show", "worldbank.NGAS_EUR", "--period", "2019-01/2022-12", "--unit", "EUR/MWh", "--fx", "ecb"));
        ReadableTests.AssertReadable("series show NGAS_EUR in USD/1000 m3", Ok("series", "show", "worldbank.NGAS_EUR", "--period", "2019-01/2022-12", "--unit", "USD/1000 m3", "--energy-content", "bp"));
        ReadableTests.AssertReadable("series show CRUDE_BRENT in USD/t", Ok("series", "show", "worldbank.CRUDE_BRENT", "--period", "2019-01/2022-12", "--unit", "USD/t{crude}", "--density", "bp"));
        ReadableTests.AssertReadable("series show NGAS_US in EUR/MWh", Ok("series", "show", "worldbank.NGAS_US", "--period", "2020-01/2020-12", "--unit", "EUR/MWh", "--fx", "ecb", "--fx-date", "observation-date"));

        ReadableTests.AssertReadable("reported", Ok("reported"));
        foreach (var figure in ReportedFigures.Shipped)
        {
            ReadableTests.AssertReadable("reported show " + figure.Id, Ok("reported", "show", figure.Id));
        }
    }

    [Fact]
    public void No_output_the_tutorial_shows_has_more_digits_than_the_policy_allows()
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "tutorial.md")).ReplaceLineEndings("\n");
        int blocks = 0;
        foreach (Match block in ConsoleBlock().Matches(doc))
        {
            var output = string.Join("\n", block.Groups[1].Value.Split('\n').Where(l => !l.StartsWith("$ ", StringComparison.Ordinal)));
            ReadableTests.AssertReadable($"tutorial block {++blocks}", output);
        }

        Assert.True(blocks >= 8, $"only {blocks} console and text blocks in the tutorial");
    }

    [Fact]
    public void No_text_of_the_tutorial_report_its_charts_or_its_series_chart_has_more_digits_than_the_policy_allows()
    {
        using var tmp = new EnergyFigures.Tests.Cli.TempDir();
        var claims = Path.Combine(RepoPaths.Root, Sample, "claims.csv");
        var checks = Path.Combine(RepoPaths.Root, Sample, "checks.csv");
        var dir = tmp.File("report");
        Ok("--data", claims, "--checks", checks, "report", "-o", dir, "--images", "svg");
        var html = File.ReadAllText(Path.Combine(dir, "index.html"));
        var text = Regex.Replace(html, "<style>.*?</style>", " ", RegexOptions.Singleline);
        text = Regex.Replace(text, "<[^>]+>", " ");
        text = System.Net.WebUtility.HtmlDecode(text);

        // The data's own words (editors' notes, quotes) are shown verbatim, not formatted: a note may cite a constant
        // with every digit ("3.412142 MMBtu per MWh"). Everything the program prints is scanned.
        foreach (var claim in EnergyFigures.Csv.ClaimsCsv.Load(claims))
        {
            foreach (var verbatim in claim.Appearances.Select(a => a.Quote).Append(claim.Notes).OfType<string>().Where(v => v.Length > 0).OrderByDescending(v => v.Length))
            {
                text = text.Replace(verbatim, " ", StringComparison.Ordinal);
            }
        }

        Assert.DoesNotContain("3.412142", text, StringComparison.Ordinal); // (the removal works on the decoded page)
        ReadableTests.AssertReadable("tutorial report", text);
        var svgs = Directory.GetFiles(Path.Combine(dir, "charts"), "*.svg");
        Assert.NotEmpty(svgs);
        foreach (var svg in svgs)
        {
            ReadableTests.AssertReadable("tutorial report " + Path.GetFileName(svg), string.Join(" ", EnergyFigures.Tests.Charts.ChartTestSupport.SvgTexts(File.ReadAllText(svg))));
        }

        var chart = tmp.File("gas-2021-2022.svg");
        Ok("--data", claims, "chart", "--series", "worldbank.NGAS_EUR", "--period", "2021-01/2022-12", "ttf-gas-price-2022-08-end", "ttf-gas-price-2022-09-late", "--fx", "ecb", "-o", chart);
        ReadableTests.AssertReadable("tutorial series chart", string.Join(" ", EnergyFigures.Tests.Charts.ChartTestSupport.SvgTexts(File.ReadAllText(chart))));
    }

    private static string Ok(params string[] args)
    {
        var r = CliRunner.Run(args);
        Assert.True(r.ExitCode == 0, $"energy-figures {string.Join(' ', args)}: exit {r.ExitCode}\n{r.Err}");
        return r.Out;
    }

    [GeneratedRegex("```(?:console|text)\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ConsoleBlock();
}
