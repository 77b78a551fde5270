using System.Text.Json;
using EnergyFigures.Cli;
using EnergyFigures.Claims;
using EnergyFigures.Data;

namespace EnergyFigures.Tests.Cli;

/// <summary>Small manners of the command line (issue 17): suggestions, one-pass validation, --fail-on, full list JSON, completion, chart labels.</summary>
[Collection(EnergyFigures.Tests.Charts.ChartCollection.Name)]
public sealed class CliMannersTests
{
    [Theory]
    [InlineData("gas-price-offerd-2020", "gas-price-offered-2020")] // a deletion in the middle: no prefix matches
    [InlineData("gas-price-offered-2002", "gas-price-offered-2020")] // two neighbours swapped
    [InlineData("GAS-PRICE-OFFERED-2020", "gas-price-offered-2020")] // case
    public void Unknown_claim_ids_get_suggestions_by_edit_distance(string typed, string suggested)
    {
        var r = Cli.Run("show", typed);
        Assert.Equal(ExitCodes.NotFound, r.ExitCode);
        Assert.Contains("Similar ids: " + suggested, r.SingleErrorLine(), StringComparison.Ordinal);
    }

    [Fact]
    public void Suggestions_cross_claims_series_and_reported_figures()
    {
        var series = Cli.Run("show", "worldbank.NGAS_EUR").SingleErrorLine();
        Assert.Contains("reference series worldbank.NGAS_EUR", series, StringComparison.Ordinal);
        var reported = Cli.Run("show", "ref-gas-price-belarus-2021x").SingleErrorLine();
        Assert.Contains("reported figures ref-gas-price-belarus-2021", reported, StringComparison.Ordinal);
        var wrongSeries = Cli.Run("check", "europe-spot-gas-price-2020-02", "--series", "worldbank.NGAS_EURO").SingleErrorLine();
        Assert.Contains("Did you mean 'worldbank.NGAS_EUR'", wrongSeries, StringComparison.Ordinal);
        Assert.Equal(1, SimilarIds.Distance("ab", "ba"));
        Assert.Equal(3, SimilarIds.Distance("kitten", "sitting"));
        Assert.Empty(SimilarIds.Find("zzzzzzzz", ClaimSet.Shipped.Select(c => c.Id)));
    }

    [Fact]
    public void Check_fail_on_fails_a_script_on_a_verification_verdict_and_never_on_context()
    {
        Assert.Equal(ExitCodes.CheckFailed, Cli.Run("check", "--fail-on", "inconsistent").ExitCode); // the $9 billion deficit
        Assert.Equal(ExitCodes.Ok, Cli.Run("check").ExitCode);
        var withContext = Cli.Run("check", "gas-price-offered-2020", "--fail-on", "inconsistent");
        Assert.Contains("DIFFERS (CONTEXT: NOT A REFUTATION) (context", withContext.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, withContext.ExitCode);
        Assert.Equal(ExitCodes.CheckFailed, Cli.Run("check", "europe-spot-gas-price-2020-02", "--series", "worldbank.NGAS_EUR", "--period", "2020-01", "--fail-on", "inconsistent").ExitCode);
        Assert.Equal(ExitCodes.Usage, Cli.Run("check", "--fail-on", "sometimes").ExitCode);
    }

    [Fact]
    public void List_json_includes_quotes_and_sources()
    {
        using var doc = Cli.Run("list", "--format", "json").Json();
        var first = doc.RootElement.GetProperty("claims")[0];
        var appearance = first.GetProperty("appearances")[0];
        Assert.Equal(ClaimSet.Shipped[0].FirstAppearance.Quote, appearance.GetProperty("quote").GetString());
        Assert.Equal("Global Research", appearance.GetProperty("source").GetProperty("outlet").GetString());
        Assert.Equal(JsonValueKind.String, appearance.GetProperty("source").GetProperty("title").ValueKind);
    }

    [Fact]
    public void Validate_reports_a_figure_problem_and_a_row_problem_in_the_same_pass()
    {
        using var dir = new TempDir();
        var lines = File.ReadAllLines(Path.Combine(EnergyFigures.Tests.Support.RepoPaths.Root, "data", "claims.csv"));
        // Row 2: a bad period (not a figure field) AND a range without its high side (a figure problem).
        var row = lines[1].Replace(",2020,Alexander", ",20x0,Alexander", StringComparison.Ordinal).Replace(",exact,127,", ",range,127,", StringComparison.Ordinal);
        Assert.NotEqual(lines[1], row);
        var path = Path.Combine(dir.Path, "bad.csv");
        File.WriteAllLines(path, [lines[0], row]);
        var r = Cli.Run("validate", path);
        Assert.Equal(ExitCodes.InvalidData, r.ExitCode);
        Assert.Contains("EF1", r.Out, StringComparison.Ordinal);
        Assert.Contains("period (column 3)", r.Out, StringComparison.Ordinal);
        Assert.Contains("value_high (column 9)", r.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bash", "complete -o default -F _energy_figures energy-figures")]
    [InlineData("zsh", "bashcompinit")]
    [InlineData("pwsh", "Register-ArgumentCompleter -Native -CommandName energy-figures")]
    public void Completion_scripts_name_every_command_option_and_claim_id(string shell, string marker)
    {
        var r = Cli.Run("completion", shell);
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        Assert.Contains(marker, r.Out, StringComparison.Ordinal);
        foreach (var word in new[] { "list", "show", "compare", "check", "chart", "report", "validate", "extract", "--fail-on", "--label", "--images", "gas-price-offered-2020" })
        {
            Assert.Contains(word, r.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Chart_label_gives_a_claim_a_human_label_and_refuses_bad_ones()
    {
        using var dir = new TempDir();
        var svg = Path.Combine(dir.Path, "c.svg");
        var r = Cli.Run("chart", "gas-price-offered-2020", "europe-spot-gas-price-2020-02", "-o", svg, "--label", "gas-price-offered-2020=Offer to Belarus");
        Assert.True(r.ExitCode == ExitCodes.Ok, r.Err);
        var texts = EnergyFigures.Tests.Charts.ChartTestSupport.SvgTexts(File.ReadAllText(svg));
        Assert.Contains("Offer to Belarus", texts);
        Assert.Equal(ExitCodes.Usage, Cli.Run("chart", "gas-price-offered-2020", "-o", svg, "--label", "nope=x").ExitCode);
        Assert.Equal(ExitCodes.Usage, Cli.Run("chart", "gas-price-offered-2020", "-o", svg, "--label", "gas-price-offered-2020").ExitCode);
    }

    [Fact]
    public void A_long_label_is_shortened_on_the_chart_and_given_in_full_in_the_caption()
    {
        var label = string.Join(" ", Enumerable.Repeat("a very long human label that goes on", 6));
        var chart = EnergyFigures.Charts.Chart.Comparison("t", [
            new EnergyFigures.Charts.ChartItem(ClaimSet.Shipped["gas-price-offered-2020"], label),
            new EnergyFigures.Charts.ChartItem(ClaimSet.Shipped["europe-spot-gas-price-2020-02"]),
        ]);
        var plot = chart.ToPlot();
        plot.GetImageBytes(900, 500, ScottPlot.ImageFormat.Png);
        var ticks = plot.Axes.Left.TickGenerator.Ticks.Select(t => t.Label).ToList();
        var shown = Assert.Single(ticks, t => t.StartsWith("a very", StringComparison.Ordinal));
        Assert.EndsWith("…", shown, StringComparison.Ordinal);
        Assert.True(shown.Split('\n').Length <= 3, shown);
        Assert.Contains(chart.Caption, l => l.Contains(label, StringComparison.Ordinal));
    }
}
