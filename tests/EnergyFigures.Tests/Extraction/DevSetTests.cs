using EnergyFigures.Extraction;
using Xunit.Abstractions;

namespace EnergyFigures.Tests.Extraction;

public class DevSetTests(ITestOutputHelper output)
{
    [Fact]
    public void Dev_set_is_large_and_varied_enough_to_mean_something()
    {
        Assert.True(DevSet.Items.Count >= 40, $"{DevSet.Items.Count} texts");
        Assert.True(DevSet.Items.Sum(i => i.Gold.Count) >= 500, $"{DevSet.Items.Sum(i => i.Gold.Count)} gold figures");
        var bounds = DevSet.Items.SelectMany(i => i.Gold).Select(g => g.Bound).ToHashSet();
        foreach (var b in new[] { "exact", "approximately", "under", "at_most", "over", "at_least", "range", "plus_minus" })
        {
            Assert.Contains(b, bounds);
        }

        Assert.Contains(DevSet.Items.SelectMany(i => i.Gold), g => g.UnitInferred);
    }

    [Fact]
    public void Dev_set_files_are_utf8_without_bom_with_lf_line_ends()
    {
        foreach (var path in Directory.GetFiles(DevSet.Folder, "*.txt").Concat(Directory.GetFiles(DevSet.Folder, "*.gold.csv")))
        {
            var bytes = File.ReadAllBytes(path);
            Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, $"{path} starts with a BOM");
            Assert.DoesNotContain((byte)'\r', bytes);
        }
    }

    [Fact]
    public void Gold_units_all_parse_with_the_core_unit_syntax()
    {
        foreach (var g in DevSet.Items.SelectMany(i => i.Gold))
        {
            Assert.True(Units.Unit.TryParse(g.Unit, out _), $"gold unit '{g.Unit}' of \"{g.Text}\" does not parse");
        }
    }

    [Fact]
    public void Extractor_reaches_f1_of_at_least_0_9_on_value_unit_and_bound()
    {
        var score = DevSet.ScoreExtractor();
        output.WriteLine(score.Report());
        foreach (var t in score.Texts)
        {
            foreach (var e in t.Errors)
            {
                output.WriteLine(t.Name + ": " + e.Describe());
            }
        }

        var overall = score.Overall;
        Assert.Equal(DevSet.Items.Sum(i => i.Gold.Count), overall.ValueUnitBound.Gold);
        Assert.True(overall.ValueUnitBound.F1 >= 0.9, $"value+unit+bound F1 {overall.ValueUnitBound.F1:0.000} < 0.9");
        Assert.True(overall.Span.F1 >= 0.9, $"span F1 {overall.Span.F1:0.000} < 0.9");
    }

    [Fact]
    public void Every_text_scores_at_least_0_75_so_no_style_is_left_behind()
    {
        var score = DevSet.ScoreExtractor();
        foreach (var t in score.Texts)
        {
            Assert.True(t.Metrics.ValueUnitBound.F1 >= 0.75, $"{t.Name}: value+unit+bound F1 {t.Metrics.ValueUnitBound.F1:0.000}");
        }
    }

    [Fact]
    public void Held_out_texts_stay_at_f1_of_at_least_0_9()
    {
        Assert.True(DevSet.HeldOut.Count >= 5);
        var score = DevSet.Score(DevSet.HeldOut);
        output.WriteLine(score.Report());
        foreach (var t in score.Texts)
        {
            foreach (var e in t.Errors)
            {
                output.WriteLine(t.Name + ": " + e.Describe());
            }
        }

        Assert.True(score.Overall.ValueUnitBound.F1 >= 0.9, $"held-out value+unit+bound F1 {score.Overall.ValueUnitBound.F1:0.000} < 0.9");
    }
}
