using EnergyFigures.Extraction;
using Xunit.Abstractions;

namespace EnergyFigures.Tests.Extraction;

/// <summary>Blind rounds, once scored and fixed, are development material: they must not regress.</summary>
public class BlindRoundTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_committed_blind_round_has_at_least_100_figures_and_stays_at_f1_of_at_least_0_9()
    {
        Assert.NotEmpty(DevSet.BlindRoundFolders);
        foreach (var folder in DevSet.BlindRoundFolders)
        {
            var items = DevSet.Load(folder);
            Assert.True(items.Sum(i => i.Gold.Count) >= 100, $"{folder}: {items.Sum(i => i.Gold.Count)} gold figures");
            var score = DevSet.Score(items);
            output.WriteLine(Path.GetFileName(folder));
            output.WriteLine(score.Report());
            foreach (var t in score.Texts)
            {
                foreach (var e in t.Errors)
                {
                    output.WriteLine(t.Name + ": " + e.Describe());
                }
            }

            Assert.True(score.Overall.ValueUnitBound.F1 >= 0.9, $"{folder}: value+unit+bound F1 {score.Overall.ValueUnitBound.F1:0.000} < 0.9");
            Assert.True(score.Overall.Span.F1 >= 0.9, $"{folder}: span F1 {score.Overall.Span.F1:0.000} < 0.9");
        }
    }

    [Fact]
    public void Hard_wrapped_text_yields_whole_sentences_with_offsets_into_the_original()
    {
        const string text = "The coupon will be reset on 15 March to 7.125% per annum, from\n6.375%. The Notes were issued at\n98.5% of par.\n\nTable 1\nBrent | $82.10\n";
        var all = FigureExtractor.Extract(text);
        var first = all[0];
        Assert.Equal("The coupon will be reset on 15 March to 7.125% per annum, from\n6.375%.", first.Sentence);
        Assert.Equal(0, first.SentenceStart);
        var second = all.Single(c => c.Text == "6.375%");
        Assert.Equal(first.Sentence, second.Sentence);
        Assert.Equal("percent/year", second.Unit.Symbol); // the coupon, across the line break, makes it a rate
        var third = all.Single(c => c.Text == "98.5%");
        Assert.Equal("The Notes were issued at\n98.5% of par.", third.Sentence);
        Assert.Equal(text.IndexOf("The Notes", StringComparison.Ordinal), third.SentenceStart);
        Assert.Equal("percent", third.Unit.Symbol);
    }

    [Fact]
    public void Table_rows_list_items_and_headings_are_not_joined()
    {
        const string text = "Prices\nBrent | $82.10 a barrel\nWTI | $78.40 a barrel\n- TTF at €35/MWh\n- JKM at $12/MMBtu\n";
        var all = FigureExtractor.Extract(text);
        Assert.Equal(["Brent | $82.10 a barrel", "WTI | $78.40 a barrel", "- TTF at €35/MWh", "- JKM at $12/MMBtu"], all.Select(c => c.Sentence));
    }
}
