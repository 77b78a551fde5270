using EnergyFigures.Claims;
using EnergyFigures.Data;

namespace EnergyFigures.Tests.Dataset;

/// <summary>Every quantitative statement of the seed article listed in issue 21 is a record, with its claimant and bound kind.</summary>
public class SeedCoverageTests
{
    private static ClaimSet Claims => ClaimSet.Shipped;

    [Theory]
    [InlineData("oil-duty-free-demand", "Alexander Lukashenko", "duty-free", BoundKind.Exact, "0", null)]
    [InlineData("oil-at-global-prices-demand", "Alexander Lukashenko", "at global prices", BoundKind.Exact, "0", ComparisonRelation.Equal)]
    [InlineData("belarus-loans-last-year-repaid", "Alexander Lukashenko", "paid back", BoundKind.Exact, "100", null)]
    [InlineData("belarus-no-new-loans", "Alexander Lukashenko", "not applied for new loans", BoundKind.Exact, "0", null)]
    [InlineData("same-terms-as-west", "Alexander Lukashenko", "just the same terms as they offer the West", BoundKind.Exact, "0", ComparisonRelation.Equal)]
    [InlineData("korybko-higher-price-than-west", "Andrew Korybko", "at a higher price than the West pays", BoundKind.Over, "0", ComparisonRelation.Greater)]
    [InlineData("korybko-alternatives-cost-more", "Andrew Korybko", "much more cheaply", BoundKind.Over, "0", ComparisonRelation.Greater)]
    [InlineData("korybko-premium-for-alternatives", "Andrew Korybko", "forking out a premium", BoundKind.Over, "0", ComparisonRelation.Greater)]
    [InlineData("domestic-gas-price-promise-content", "Alexander Lukashenko", "Russia's domestic prices", BoundKind.Exact, "0", ComparisonRelation.Equal)]
    public void Each_listed_statement_is_a_record_with_its_claimant_bound_and_notes(string id, string claimant, string text, BoundKind bound, string value, ComparisonRelation? relation)
    {
        var c = Claims[id];
        Assert.Equal(claimant, c.Claimant.Name);
        Assert.Equal(text, c.Figure.Text);
        Assert.Equal(bound, c.Figure.Bound);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), c.Figure.Value);
        Assert.Equal(relation, c.Comparison?.Relation);
        Assert.False(string.IsNullOrWhiteSpace(c.Notes));
        Assert.Contains(text, c.FirstAppearance.Quote, StringComparison.Ordinal);
        Assert.Contains(c.FirstAppearance.Quote, Support.Article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reading_that_is_an_interpretation_says_so()
    {
        foreach (var id in new[] { "oil-at-global-prices-demand", "belarus-loans-last-year-repaid", "belarus-no-new-loans", "same-terms-as-west", "korybko-higher-price-than-west", "korybko-alternatives-cost-more", "korybko-premium-for-alternatives", "domestic-gas-price-promise-content" })
        {
            Assert.Contains("interpretation", Claims[id].Notes!, StringComparison.Ordinal);
        }
    }
}
