using EnergyFigures.Checks;
using EnergyFigures.Claims;

namespace EnergyFigures.Tests.Checks;

public class ArticleChecksTests
{
    private static IReadOnlyList<ArticleCheck> Rows => ArticleChecks.All();

    private static ArticleCheck Row(string claimId, string referenceId, CheckRole role) =>
        Assert.Single(Rows, r => r.Claim.Id == claimId && r.ReferenceId == referenceId && r.Role == role);

    [Fact]
    public void Every_shipped_claim_is_either_checked_or_listed_as_uncheckable_with_a_reason()
    {
        foreach (var c in ClaimSet.Shipped)
        {
            var rows = Rows.Where(r => r.Claim.Id == c.Id).ToList();
            Assert.NotEmpty(rows);
            Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r.Note)));
        }

        Assert.All(Rows.Where(r => r.Role == CheckRole.Uncheckable), r => Assert.Null(r.Result));
        Assert.All(Rows.Where(r => r.Role != CheckRole.Uncheckable), r => Assert.NotNull(r.Result));
        Assert.Equal(
            ["domestic-gas-price-promise", "oil-premium-hungary-poland"],
            Rows.Where(r => r.Role == CheckRole.Uncheckable).Select(r => r.Claim.Id).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("europe-spot-gas-price-2020-02", "worldbank.NGAS_EUR", Verdict.Consistent)]
    [InlineData("gas-price-offered-2020", "ref-gas-price-belarus-2020", Verdict.Consistent)]
    [InlineData("russia-reserves-rate-in-us", "fred.TB3MS", Verdict.Consistent)]
    [InlineData("belarus-loan-rate-from-russia", "ref-loan-rate-npp-fixed-part-2011", Verdict.Consistent)]
    [InlineData("belarus-loan-rate-from-russia", "ref-loan-rate-npp-average-2011", Verdict.Inconsistent)]
    [InlineData("belarus-annual-payments-to-russia", "ref-debt-service-belarus-to-russia-2020", Verdict.Consistent)]
    [InlineData("belarus-trade-deficit-with-russia", "ref-trade-belarus-russia-goods-balance-2019", Verdict.Inconsistent)]
    [InlineData("russia-goods-sales-surplus", "ref-trade-belarus-russia-goods-balance-2019", Verdict.Inconsistent)]
    public void Verification_rows_have_the_expected_verdicts(string claimId, string referenceId, Verdict verdict)
    {
        var row = Row(claimId, referenceId, CheckRole.Verification);
        Assert.Equal(verdict, row.Verdict);
        Assert.Equal(referenceId, row.Result!.ReferenceId);
        Assert.False(string.IsNullOrWhiteSpace(row.Result.Explanation));
    }

    [Fact]
    public void Sensitivity_rows_show_what_the_verdict_depends_on()
    {
        var gas = Rows.Where(r => r.Claim.Id == "europe-spot-gas-price-2020-02" && r.Role == CheckRole.Sensitivity).Select(r => r.Verdict).ToList();
        Assert.Equal([Verdict.Indeterminate, Verdict.Inconsistent], gas);
        Assert.Equal(Verdict.Inconsistent, Row("russia-reserves-rate-in-us", "fred.TB3MS", CheckRole.Sensitivity).Verdict);
        Assert.Equal(Verdict.Consistent, Row("belarus-loan-rate-from-russia", "ref-loan-rate-npp-average-2011", CheckRole.Sensitivity).Verdict);
        Assert.Equal(Verdict.Inconsistent, Row("belarus-trade-deficit-with-russia", "ref-trade-belarus-russia-goods-balance-2019", CheckRole.Sensitivity).Verdict);
        Assert.Equal(Verdict.Consistent, Row("belarus-trade-deficit-with-russia", "ref-trade-belarus-russia-goods-balance-2012-2018", CheckRole.Context).Verdict);
    }

    [Fact]
    public void The_offer_is_compared_with_Gazproms_average_price_to_Europe_as_context()
    {
        var row = Row("gas-price-offered-2020", "ref-gas-price-gazprom-europe-avg-2019", CheckRole.Context);
        Assert.Equal(Verdict.Inconsistent, row.Verdict);
        Assert.Equal(-76m, row.Result!.Margin!.Absolute);
    }

    [Fact]
    public void The_markdown_table_has_a_row_per_check_and_names_every_reference()
    {
        var md = ArticleChecks.ToMarkdown();
        var lines = md.TrimEnd('\n').Split('\n');
        Assert.Equal(Rows.Count + 2, lines.Length);
        Assert.All(lines, l => Assert.StartsWith("|", l));
        Assert.Contains("`worldbank.NGAS_EUR`", md);
        Assert.Contains("`fred.TB3MS`", md);
        Assert.Contains("deficit = −balance", md);
        Assert.Contains("| 99.22 USD/1000 m3 | Consistent |", md);
        Assert.Same(ArticleChecks.All(), ArticleChecks.All());
    }
}
