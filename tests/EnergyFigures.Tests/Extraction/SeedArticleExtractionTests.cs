using EnergyFigures.Claims;
using EnergyFigures.Extraction;
using EnergyFigures.Tests.Support;
using EnergyFigures.Data;

namespace EnergyFigures.Tests.Extraction;

/// <summary>The extractor on the seed article (read from ../shared/seed/article.md, Markdown escapes removed) against data/claims.csv.</summary>
public class SeedArticleExtractionTests
{
    private static readonly Lazy<IReadOnlyList<FigureCandidate>> CandidatesLazy = new(() => FigureExtractor.Extract(Article.Text));

    /// <summary>
    /// The statements modelled in issue 21 print no number or amount phrase for the extractor to find: comparisons
    /// ("at a higher price than the West pays", "at global prices") and bare zeros or wholes ("duty-free",
    /// "paid back", "not applied for new loans"). They are checked against the article by the dataset tests.
    /// </summary>
    private static readonly HashSet<string> NoPrintedAmount = new(StringComparer.Ordinal)
    {
        "oil-duty-free-demand", "oil-at-global-prices-demand", "belarus-loans-last-year-repaid", "belarus-no-new-loans",
        "same-terms-as-west", "korybko-higher-price-than-west", "korybko-alternatives-cost-more",
        "korybko-premium-for-alternatives", "domestic-gas-price-promise-content",
    };

    private static IEnumerable<Claim> Extractable => ClaimSet.Shipped.Where(c => !NoPrintedAmount.Contains(c.Id));

    public static IEnumerable<object[]> AllClaims => Extractable.Select(c => new object[] { c.Id });

    [Fact]
    public void Recall_over_the_shipped_claims_is_complete()
    {
        var found = Extractable.Count(claim => CandidatesLazy.Value.Any(c =>
            c.Text == claim.Figure.Text && c.Bound == claim.Figure.Bound && c.Unit == claim.Figure.Unit
            && c.Interval == claim.Figure.Interval && c.Figure.Scale == claim.Figure.Scale));
        Assert.Equal(9, Extractable.Count());
        Assert.Equal(18, ClaimSet.Shipped.Count);
        Assert.Equal(Extractable.Count(), found);
    }

    [Theory]
    [MemberData(nameof(AllClaims))]
    public void Every_claim_figure_is_found_with_its_interval_unit_and_bound(string id)
    {
        var claim = ClaimSet.Shipped[id];
        var article = Article.Text;
        foreach (var appearance in claim.Appearances)
        {
            var quoteAt = article.IndexOf(appearance.Quote, StringComparison.Ordinal);
            Assert.True(quoteAt >= 0, $"{id}: quote not in the article");
            var textAt = article.IndexOf(claim.Figure.Text, quoteAt, StringComparison.Ordinal);
            Assert.True(textAt >= 0 && textAt < quoteAt + appearance.Quote.Length, $"{id}: figure text not in its quote");
            var end = textAt + claim.Figure.Text.Length;

            var found = CandidatesLazy.Value.Where(c => c.Start < end && textAt < c.End).ToList();
            var candidate = Assert.Single(found);
            Assert.Equal(claim.Figure.Text, candidate.Text);
            Assert.Equal(claim.Figure.Bound, candidate.Bound);
            Assert.Equal(claim.Figure.Unit, candidate.Unit);
            Assert.Equal(claim.Figure.Interval, candidate.Interval);
            Assert.Equal(claim.Figure.Scale, candidate.Figure.Scale);
            Assert.Contains(candidate.Text, candidate.Sentence, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Dates_counts_and_list_numbers_of_the_article_are_not_figures()
    {
        var texts = CandidatesLazy.Value.Select(c => c.Text).ToList();
        Assert.DoesNotContain(texts, t => t.Contains("2015", StringComparison.Ordinal) || t.Contains("2019", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("February", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("six feet", StringComparison.Ordinal));

        // Every candidate's printed text sits at its offsets.
        foreach (var c in CandidatesLazy.Value)
        {
            Assert.Equal(c.Text, Article.Text[c.Start..c.End]);
        }
    }

    [Fact]
    public void Candidates_become_draft_claims_without_a_claimant()
    {
        var c = CandidatesLazy.Value.First(x => x.Text == "under $100");
        var draft = c.ToDraftClaim();
        Assert.Equal("Spot prices in Europe are under $100.", draft.Quote);
        Assert.True(draft.UnitInferred);
        Assert.Equal("USD/1000 m3", draft.Figure.Unit.Symbol);
        Assert.Contains("claimant", draft.Missing);
    }
}
