using EnergyFigures.Checks;
using EnergyFigures.Claims;
using EnergyFigures.Data;

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
            ["belarus-loans-last-year-repaid", "oil-premium-hungary-poland"],
            Rows.Where(r => r.Role == CheckRole.Uncheckable).Select(r => r.Claim.Id).Order(StringComparer.Ordinal));

        // An uncheckable row names the public data that is missing and points to the documented search.
        Assert.All(Rows.Where(r => r.Role == CheckRole.Uncheckable), r =>
        {
            Assert.StartsWith("No public figure found for", r.Note, StringComparison.Ordinal);
            Assert.Contains("Searches behind the uncheckable rows", r.Note, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("europe-spot-gas-price-2020-02", "worldbank.NGAS_EUR", Verdict.Consistent)]
    [InlineData("gas-price-offered-2020", "ref-gas-price-belarus-2020", Verdict.Consistent)]
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
        Assert.Equal(Verdict.Indeterminate, Row("belarus-trade-deficit-with-russia", "ref-trade-belarus-russia-goods-balance-2019", CheckRole.Sensitivity).Verdict);
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

    [Fact]
    public void A_context_proxy_or_single_instance_row_is_never_shown_as_a_refutation()
    {
        var context = Rows.Where(r => r.Role == CheckRole.Context).ToList();
        Assert.Contains(context, r => r.Verdict == Verdict.Inconsistent);
        Assert.All(context, r => Assert.DoesNotContain("consistent", r.Shown, StringComparison.OrdinalIgnoreCase));
        Assert.All(Rows.Where(r => r.Role is CheckRole.Proxy or CheckRole.SingleInstance), r => Assert.Contains("not a verification", r.Shown, StringComparison.Ordinal));
        Assert.Equal("differs (context: not a refutation)", Row("gas-price-offered-2020", "ref-gas-price-gazprom-europe-avg-2019", CheckRole.Context).Shown);
        Assert.Equal("Inconsistent", Row("belarus-trade-deficit-with-russia", "ref-trade-belarus-russia-goods-balance-2019", CheckRole.Verification).Shown);

        // The table in docs/checks.md shows the same words: no context row there says Inconsistent.
        var md = ArticleChecks.ToMarkdown();
        Assert.DoesNotContain(md.Split('\n'), l => l.Contains("| Context |", StringComparison.Ordinal) && l.Contains("| Inconsistent |", StringComparison.Ordinal));
        Assert.Contains("| SingleInstance |", md);
        Assert.Contains("| Proxy |", md);
    }

    [Fact]
    public void A_proxy_and_a_single_loan_are_not_verifications()
    {
        Assert.All(Rows.Where(r => r.Claim.Id == "russia-reserves-rate-in-us"), r => Assert.Equal(CheckRole.Proxy, r.Role));
        Assert.All(
            Rows.Where(r => r.Claim.Id == "belarus-loan-rate-from-russia"),
            r => Assert.Contains(r.Role, new[] { CheckRole.SingleInstance, CheckRole.Context }));
        Assert.Equal(Verdict.Consistent, Rows.First(r => r.Claim.Id == "russia-reserves-rate-in-us").Verdict);
        Assert.Equal(Verdict.Inconsistent, Rows.First(r => r.Claim.Id == "belarus-loan-rate-from-russia" && r.ReferenceId == "ref-loan-rate-npp-average-2011").Verdict);
    }

    [Fact]
    public void The_authors_comparison_is_shown_under_both_readings_of_what_the_West_pays()
    {
        var rows = Rows.Where(r => r.Claim.Id == "korybko-higher-price-than-west" && r.Role == CheckRole.Verification).ToList();
        Assert.Equal(
            [Verdict.Inconsistent, Verdict.Inconsistent, Verdict.Consistent],
            rows.Select(r => r.Verdict!.Value));
        Assert.Equal("ref-gas-price-belarus-2020 − ref-gas-price-gazprom-europe-avg-2019", rows[0].ReferenceId);
        Assert.Equal("ref-gas-price-belarus-2020 − worldbank.NGAS_EUR", rows[2].ReferenceId);

        // $127 against Gazprom's $203: (127 / 203 − 1) × 100 ≈ −37.4%; against the February 2020 spot mean ≈ +28%.
        Assert.InRange(rows[0].Result!.ReferenceInterval.Interval.Midpoint!.Value, -37.44m, -37.43m);
        Assert.InRange(rows[2].Result!.ReferenceInterval.Interval.Midpoint!.Value, 27.9m, 28.1m);
        Assert.Contains("opposite verdicts", rows[2].Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_seed_claim_has_a_verdict_or_a_reason_naming_the_missing_data()
    {
        foreach (var c in ClaimSet.Shipped)
        {
            var rows = Rows.Where(r => r.Claim.Id == c.Id).ToList();
            Assert.True(
                rows.Any(r => r.Result is not null) || rows.Any(r => r.Note.StartsWith("No public figure found for", StringComparison.Ordinal)),
                $"{c.Id} has neither a verdict nor a reason naming missing public data");
            Assert.DoesNotContain(rows, r => r.Note == "No check has been defined for this claim yet.");
        }
    }

    [Fact]
    public void The_derived_2019_deficit_makes_the_implied_precision_reading_indeterminate()
    {
        var exact = Row("belarus-trade-deficit-with-russia", "ref-trade-belarus-russia-goods-balance-2019", CheckRole.Verification).Result!;
        Assert.Equal(Verdict.Inconsistent, exact.Verdict);
        Assert.Equal(8_207_000_000m, exact.ReferenceInterval.Interval.Low);
        Assert.Equal(8_525_000_000m, exact.ReferenceInterval.Interval.High);
        var implied = Row("belarus-trade-deficit-with-russia", "ref-trade-belarus-russia-goods-balance-2019", CheckRole.Sensitivity).Result!;
        Assert.Equal(Verdict.Indeterminate, implied.Verdict);
    }
}
