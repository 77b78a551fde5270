using EnergyFigures.Extraction;
using EnergyFigures.Tests.Reliability;

namespace EnergyFigures.Tests.Extraction;

/// <summary>Arbitrary mixes of figure-like tokens: the extractor never throws and its candidates are always consistent.</summary>
public class FigureExtractorPropertyTests
{
    private static readonly string[] Tokens =
    [
        " ", " ", " ", "\n", ".", ",", ";", "(", ")", "-", "–", "−", "~", "±", "/", "%", "$", "€", "£", "₽", "US$", "USD ", "RUB ",
        "0", "1", "9", "12", "1,000", "1,5", "35,50", "127", "4.63", "0.50", "2020", "2020-21", "79228162514264337593543950335",
        "99999999999999999999", "0.0000000000000000000000000001",
        "a", "an", "half", "five", "billion", "bn", "mln", "m", "k", "trillion", "tn", "million",
        "per", "a year", "every year", "earlier", "per annum", "annually", "a barrel", "per 1,000 cubic meters", "for every thousand cubic metres",
        "bcm", "mb/d", "mtpa", "mcm/d", "MWh", "MMBtu", "percent", "per cent", "percentage points", "basis points", "bps", "tonnes",
        "dollars", "euros", "roubles", "to the dollar", "years", "months", "days", "ago",
        "under", "about", "nearly", "up to", "at least", "more than", "between", "and", "from", "to", "or so", "or more", "rose", "cut",
        "Brent", "TTF", "Henry Hub", "loans", "interest", "tax", "people", "times", "Article", "No.", "3rd", "10:30", "🔥", "\uD800",
    ];

    [Fact]
    public void Never_throws_and_candidates_are_ordered_non_overlapping_and_printed_at_their_offsets()
    {
        Props.Check(Props.Tokens(40, Tokens), text =>
        {
            var all = FigureExtractor.Extract(text);
            var previousEnd = 0;
            foreach (var c in all)
            {
                Assert.True(c.Start >= previousEnd && c.End > c.Start && c.End <= text.Length, $"bad span [{c.Start},{c.End}) in «{text}»");
                Assert.Equal(text[c.Start..c.End], c.Text);
                Assert.Contains(c.Text, c.Sentence, StringComparison.Ordinal);
                Assert.Equal(c.Sentence, text.Substring(c.SentenceStart, c.Sentence.Length));
                Assert.False(c.Interval.IsEmpty);
                previousEnd = c.End;
            }
        }, maxTest: 3000);
    }

    [Fact]
    public void Extreme_values_are_either_read_exactly_or_left_out()
    {
        var all = FigureExtractor.Extract("It cost $79228162514264337593543950335 trillion, or 99999999999999999999999999999999% more.");
        Assert.All(all, c => Assert.Equal(c.Text, c.Text.Trim()));
    }
}
