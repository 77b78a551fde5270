using System.Text.RegularExpressions;
using EnergyFigures.Cli.Analysis;
using EnergyFigures.Cli.Output;
using EnergyFigures.Claims;
using EnergyFigures.Tests.Formatting;
using EnergyFigures.Data;
using CliRunner = EnergyFigures.Tests.Cli.Cli;

namespace EnergyFigures.Tests.Report;

/// <summary>The report laid out for reading: summary first, details folded, context never shown as a refutation, links, numbers by the policy.</summary>
[Collection(EnergyFigures.Tests.Charts.ChartCollection.Name)]
public sealed class ReportLayoutTests
{
    private static string Report(out string dir)
    {
        var tmp = new EnergyFigures.Tests.Cli.TempDir();
        dir = Path.Combine(tmp.Path, "r");
        var r = CliRunner.Run("report", "-o", dir, "--images", "svg");
        Assert.True(r.ExitCode == 0, r.Err);
        return File.ReadAllText(Path.Combine(dir, "index.html"));
    }

    [Fact]
    public void The_summary_comes_first_and_lists_every_claim_with_a_badge()
    {
        var html = Report(out _);
        var summary = html.IndexOf("id=\"summary\"", StringComparison.Ordinal);
        Assert.True(summary > 0 && summary < html.IndexOf("id=\"claims\"", StringComparison.Ordinal));
        var section = html[summary..html.IndexOf("id=\"claims\"", StringComparison.Ordinal)];
        foreach (var c in ClaimSet.Shipped)
        {
            Assert.Contains(Html.Esc(c.Figure.Text), section, StringComparison.Ordinal);
            Assert.Contains($"href=\"#claim-{c.Id}\"", section, StringComparison.Ordinal);
        }

        Assert.Equal(ClaimSet.Shipped.Count, Regex.Count(section, "<li class=\"card\">"));
        Assert.True(Regex.Count(section, "class=\"badge ") >= ClaimSet.Shipped.Count);
        Assert.Contains("<details>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("width:", Regex.Match(html, "<style>(.*?)</style>", RegexOptions.Singleline).Value.Replace("max-width", string.Empty, StringComparison.Ordinal).Replace("min-width", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_context_check_that_disagrees_is_never_drawn_as_a_refutation()
    {
        var claim = ClaimSet.Shipped["gas-price-offered-2020"];
        var context = ClaimChecks.Check(claim).First(c => c.Role == "context" && c.Verdict == "inconsistent");
        var badge = HtmlReport.Badge(context);
        Assert.Contains("differs (context: not a refutation)", badge, StringComparison.Ordinal);
        Assert.Contains("role-context", badge, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"badge verdict-inconsistent\"", badge, StringComparison.Ordinal);
        var verification = ClaimChecks.Check(ClaimSet.Shipped["belarus-trade-deficit-with-russia"]).First(c => c.Role == "verification");
        Assert.Equal("<span class=\"badge verdict-inconsistent\">inconsistent</span>", HtmlReport.Badge(verification));
    }

    [Theory]
    [InlineData("see https://tass.com/world/1201769.", "see <a href=\"https://tass.com/world/1201769\" rel=\"noopener noreferrer\">https://tass.com/world/1201769</a>.")]
    [InlineData("javascript:alert(1) and ftp://x.org/a", "javascript:alert(1) and ftp://x.org/a")]
    [InlineData("<b>https://a.org/?q=\"x\"</b>", "&lt;b&gt;<a href=\"https://a.org/?q=\" rel=\"noopener noreferrer\">https://a.org/?q=</a>&quot;x&quot;&lt;/b&gt;")]
    public void Only_http_urls_become_links_and_everything_is_escaped(string text, string expected) =>
        Assert.Equal(expected, Html.Linked(text));

    [Fact]
    public void Sources_are_links_in_the_report()
    {
        var html = Report(out _);
        Assert.Contains("<a href=\"https://www.worldbank.org/en/research/commodity-markets\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void No_text_of_the_report_or_its_charts_shows_more_digits_than_the_policy_allows()
    {
        var html = Report(out var dir);
        var text = Regex.Replace(html, "<style>.*?</style>", " ", RegexOptions.Singleline);
        text = Regex.Replace(text, "<[^>]+>", " ");
        ReadableTests.AssertReadable("report", System.Net.WebUtility.HtmlDecode(text));
        var svgs = Directory.GetFiles(Path.Combine(dir, "charts"), "*.svg");
        Assert.NotEmpty(svgs);
        foreach (var svg in svgs)
        {
            ReadableTests.AssertReadable(Path.GetFileName(svg), string.Join(" ", EnergyFigures.Tests.Charts.ChartTestSupport.SvgTexts(File.ReadAllText(svg))));
        }
    }

    [Fact]
    public void The_report_draws_no_chart_without_information()
    {
        var claims = ClaimSet.Shipped;
        var specs = ChartRenderer.ChartsForReport(claims, ClaimChecks.CheckAll(claims));
        Assert.All(specs.Where(s => s.Name.StartsWith("comparison", StringComparison.Ordinal)), s => Assert.True(s.Claims.Count >= 2, s.Name));
        Assert.DoesNotContain(specs, s => s.Name == "comparison-oil-premium-hungary-poland");
    }
}
