using EnergyFigures.Claims;
using EnergyFigures.Numerics;
using EnergyFigures.Tests.Support;
using EnergyFigures.Units;
using EnergyFigures.Errors;
using EnergyFigures.Data;

namespace EnergyFigures.Tests.Dataset;

public class ArticleClaimsTests
{
    private static ClaimSet Claims => ClaimSet.Shipped;

    public static IEnumerable<object[]> ClaimIds => ClaimSet.Shipped.Select(c => new object[] { c.Id });

    [Fact]
    public void Shipped_dataset_holds_every_figure_the_issue_lists()
    {
        string[] expected =
        [
            "gas-price-offered-2020", "europe-spot-gas-price-2020-02", "russia-reserves-rate-in-us", "belarus-loan-rate-from-russia",
            "belarus-annual-payments-to-russia", "belarus-trade-deficit-with-russia", "domestic-gas-price-promise", "oil-premium-hungary-poland",
        ];
        foreach (var id in expected)
        {
            Assert.True(Claims.Contains(id), $"missing claim {id}");
        }

        Assert.True(Claims.Count >= expected.Length);
    }

    [Theory]
    [MemberData(nameof(ClaimIds))]
    public void Every_quote_occurs_verbatim_in_the_article(string id)
    {
        var article = Article.Text;
        foreach (var a in Claims[id].Appearances)
        {
            Assert.True(article.Contains(a.Quote, StringComparison.Ordinal), $"{id}: quote not found verbatim in the article: «{a.Quote}»");
        }
    }

    [Theory]
    [MemberData(nameof(ClaimIds))]
    public void Every_figure_text_occurs_in_its_quote(string id)
    {
        var claim = Claims[id];
        foreach (var a in claim.Appearances)
        {
            Assert.Contains(claim.Figure.Text, a.Quote, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(ClaimIds))]
    public void Every_claim_records_the_article_as_its_source(string id)
    {
        var a = Claims[id].FirstAppearance;
        Assert.Equal("Andrew Korybko", a.Source.Author);
        Assert.Equal("Global Research", a.Source.Outlet);
        Assert.Equal(PublicationDate.OnDay(new DateOnly(2020, 2, 6)), a.Source.Date);
        Assert.Equal("OneWorld", a.Source.OriginallyPublishedIn);
        if (Claims[id].Claimant.Name == "Andrew Korybko")
        {
            // The author's own comparisons: no relay, and his name once.
            Assert.Empty(a.ReportedBy);
            Assert.Equal("Andrew Korybko, Global Research (2020-02-06) → originally OneWorld", a.DescribeChain(Claims[id].Claimant));
            return;
        }

        Assert.Equal(["BelTA"], a.ReportedBy);
        Assert.Equal("Alexander Lukashenko", Claims[id].Claimant.Name);
        Assert.Equal(
            "Alexander Lukashenko → BelTA → Andrew Korybko, Global Research (2020-02-06) → originally OneWorld",
            a.DescribeChain(Claims[id].Claimant));
    }

    [Fact]
    public void Under_100_is_below_100_open_at_100_and_unbounded_below()
    {
        var f = Claims["europe-spot-gas-price-2020-02"].Figure;
        Assert.Equal(BoundKind.Under, f.Bound);
        Assert.Equal(Interval.Below(100m, inclusive: false), f.Interval);
        Assert.False(f.Interval.Contains(100m));
        Assert.True(f.Interval.Contains(99.99m));
        Assert.Null(f.Interval.Low);
        Assert.True(f.Interval.HighOpen);
        Assert.Equal(Unit.Parse("USD/1000 m3"), f.Unit);
    }

    [Fact]
    public void From_4_to_6_percent_is_the_closed_interval_4_6()
    {
        var f = Claims["belarus-loan-rate-from-russia"].Figure;
        Assert.Equal(BoundKind.Range, f.Bound);
        Assert.Equal(Interval.Closed(4m, 6m), f.Interval);
        Assert.Equal("[4, 6]", f.Interval.ToString());
        Assert.Equal("percent/year", f.Unit.Symbol);
    }

    [Fact]
    public void Nine_billion_is_nine_thousand_million_usd_as_printed()
    {
        var f = Claims["belarus-trade-deficit-with-russia"].Figure;
        Assert.Equal("$9 billion", f.Text);
        Assert.Equal(9m, f.Value);
        Assert.Equal(Scale.Billion, f.Scale);
        Assert.Equal(Interval.Point(9_000_000_000m), f.Interval);
        Assert.Equal("USD", f.Unit.Symbol);
        Assert.Equal(Interval.Closed(8_500_000_000m, 9_500_000_000m), f.ImpliedPrecisionInterval());
    }

    [Fact]
    public void The_offered_gas_price_stays_per_1000_cubic_metres()
    {
        var f = Claims["gas-price-offered-2020"].Figure;
        Assert.Equal(Interval.Point(127m), f.Interval);
        Assert.Equal("USD/1000 m3", f.Unit.Symbol);
        Assert.Equal("USD per 1,000 m³", f.Unit.ToString("N", null));
    }

    [Fact]
    public void Other_figures_map_to_their_stated_intervals()
    {
        Assert.Equal(Interval.Point(1.5m), Claims["russia-reserves-rate-in-us"].Figure.Interval);
        Assert.Equal(Interval.Closed(1.45m, 1.55m), Claims["russia-reserves-rate-in-us"].Figure.ImpliedPrecisionInterval());
        Assert.Equal(Interval.Point(1_000_000_000m), Claims["belarus-annual-payments-to-russia"].Figure.Interval);
        Assert.Equal("USD/year", Claims["belarus-annual-payments-to-russia"].Figure.Unit.Symbol);
        Assert.Equal(Interval.Below(5m, inclusive: true), Claims["domestic-gas-price-promise"].Figure.Interval);
        Assert.Equal(Interval.Point(0m), Claims["oil-premium-hungary-poland"].Figure.Interval);
    }

    [Fact]
    public void Shipped_set_is_loaded_once_and_shared_across_threads()
    {
        var sets = new ClaimSet[16];
        Parallel.For(0, sets.Length, i => sets[i] = ClaimSet.Shipped);
        Assert.All(sets, s => Assert.Same(sets[0], s));
    }

    [Fact]
    public void Unknown_id_fails_with_a_stable_code_and_suggestions()
    {
        var e = Assert.Throws<UnknownIdException>(() => Claims["gas-price-offered"]);
        Assert.Equal(ErrorCodes.UnknownClaim, e.Code);
        Assert.Contains("gas-price-offered-2020", e.Message);
    }

    [Fact]
    public void Claim_set_supports_linq_and_domain_filters()
    {
        Assert.All(Claims.WithTopic("gas"), c => Assert.Contains("gas", c.Topics));
        Assert.Equal(Claims.Count - 3, Claims.ByClaimant("alexander lukashenko").Count);
        Assert.Equal(3, Claims.ByClaimant("andrew korybko").Count);
        Assert.Contains(Claims.AboutCountry("PL"), c => c.Id == "oil-premium-hungary-poland");
        var rates = Claims.Where(c => c.Figure.Unit.IsPercent && c.ComparedWith is null && c.Figure.Unit != Unit.Percent).Select(c => c.Id).ToArray();
        Assert.Equal(["russia-reserves-rate-in-us", "belarus-loan-rate-from-russia"], rates);
    }
}
