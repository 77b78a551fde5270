using EnergyFigures.Claims;
using EnergyFigures.Derivation;
using EnergyFigures.Numerics;
using EnergyFigures.Units;
using Xunit.Abstractions;
using EnergyFigures.Reference;
using EnergyFigures.Data;

namespace EnergyFigures.Tests.Arithmetic;

public class ArticleComparisonTests(ITestOutputHelper output)
{
    private static DerivedFigure Claim(string id, string? label = null) => Derive.From(ClaimSet.Shipped[id], label);

    private static DerivedFigure Offered => Claim("gas-price-offered-2020");

    private static DerivedFigure Spot => Claim("europe-spot-gas-price-2020-02");

    private static DerivedFigure Reserves => Claim("russia-reserves-rate-in-us");

    private static DerivedFigure Loans => Claim("belarus-loan-rate-from-russia");

    private static DerivedFigure Payments => Claim("belarus-annual-payments-to-russia");

    [Fact]
    public void Offered_price_minus_spot_price_is_above_27_open_and_unbounded()
    {
        var d = Compare.Difference(Offered, Spot);
        Assert.Equal(Interval.Above(27m, inclusive: false), d.Interval);
        Assert.Equal(Unit.Parse("USD/1000 m3"), d.Unit);
        Assert.True(d.Interval.LowOpen);
        Assert.False(d.Interval.HasHigh);
        Assert.False(d.Interval.Contains(27m));
        Assert.True(d.Interval.Contains(27.0001m));
        Assert.Equal(Operation.Difference, d.Operation);
        Assert.Equal(["gas-price-offered-2020", "europe-spot-gas-price-2020-02"], d.Claims().Select(c => c.Id));
        Assert.Equal("(27, +∞) USD/1000 m3", d.ToString());

        // The operator form gives the same interval.
        Assert.Equal(d.Interval, (Offered - Spot).Interval);
    }

    [Fact]
    public void Offered_price_premium_over_spot_is_above_27_percent_under_the_positive_price_assumption()
    {
        var p = Compare.Premium(Offered, Spot);
        Assert.Equal(Interval.Above(27m, inclusive: false), p.Interval);
        Assert.Equal(Unit.Percent, p.Unit);
        var note = Assert.Single(p.Notes);
        Assert.StartsWith(Compare.PositivePrices, note);
        Assert.Contains("(0, 100) USD/1000 m3", note);
    }

    [Fact]
    public void Premium_explanation_names_claimant_outlet_bounds_and_the_assumption()
    {
        var e = Compare.Premium(Offered, Claim("europe-spot-gas-price-2020-02", "spot prices")).Explain();
        output.WriteLine(e);
        Assert.StartsWith("$127 per 1,000 m³ (Alexander Lukashenko, via BelTA, in Global Research, 2020-02-06) is more than 27% above spot prices stated as under $100 per 1,000 m³ (same source)", e);
        Assert.Contains("assuming prices are positive", e);
        Assert.EndsWith(".", e);
        Assert.Single(e.Split(". ")); // one sentence
    }

    [Fact]
    public void Difference_explanation_without_label_says_the_bound()
    {
        var e = Compare.Difference(Offered, Spot).Explain();
        output.WriteLine(e);
        Assert.Equal("$127 per 1,000 m³ (Alexander Lukashenko, via BelTA, in Global Research, 2020-02-06) exceeds a value stated as under $100 per 1,000 m³ (same source) by more than $27 per 1,000 m³.", e);
    }

    [Fact]
    public void Ordering_of_offered_price_and_spot_price_is_certain()
    {
        var o = Compare.Order(Offered, Spot);
        Assert.Equal(Ordering.CertainlyGreater, o.Ordering);
        Assert.Equal(Ordering.CertainlyNotGreater, Compare.Order(Spot, Offered).Ordering);
        Assert.Equal(Ordering.PossiblyGreater, Compare.Order(Loans, Derive.Given(5m, "percent/year")).Ordering);
        Assert.Contains("is certainly greater than", o.Explain());
        Assert.Null(Compare.Difference(Offered, Spot).Ordering);
    }

    [Fact]
    public void Rate_spread_is_2_5_to_4_5_percentage_points()
    {
        var s = Compare.Spread(Loans, Reserves);
        Assert.Equal(Interval.Closed(2.5m, 4.5m), s.Interval);
        Assert.True(s.Unit.IsPercentagePoints);
        Assert.Equal("pp/year", s.Unit.ToString());
        var e = s.Explain();
        output.WriteLine(e);
        Assert.Equal("From 4% to 6% per year (Alexander Lukashenko, via BelTA, in Global Research, 2020-02-06) is between 2.5 and 4.5 percentage points per year above 1.5% per year (same source).", e);
    }

    [Fact]
    public void Rate_ratio_is_8_thirds_to_4_rounded_outward_as_documented()
    {
        var r = Compare.Ratio(Loans, Reserves);
        Assert.Equal(Unit.Ratio, r.Unit);
        Assert.Empty(r.Notes); // 1.5% is positive: no assumption needed
        Assert.Equal(4m, r.Interval.High);
        Assert.False(r.Interval.HighOpen);

        // The exact low end is 8/3 = 2.666…, which no decimal holds: the interval's low end is rounded
        // down (one unit in the 28th place), so the interval contains 8/3.
        var low = r.Interval.Low!.Value;
        Assert.True(low * 3m <= 8m);
        Assert.True(low > 2.6666666666666666666666666m);
        Assert.True(r.Interval.Contains(2.6666666666666666666666666667m) || low * 3m < 8m);

        // For display, outward rounding keeps the interval true: [2.66, 4.00]; plain "0.00" formatting
        // rounds to nearest and prints the 2.67 of the issue (not a superset).
        var shown = r.Interval.RoundOutward(2);
        Assert.Equal("[2.66, 4.00]", shown.ToString("0.00", null));
        Assert.True(shown.Contains(r.Interval));
        Assert.Equal("[2.67, 4.00]", r.Interval.ToString("0.00", null));
        Assert.Contains("is between 2.666 and 4 times 1.5% per year", r.Explain());
    }

    [Fact]
    public void One_billion_a_year_at_4_to_6_percent_implies_a_principal_of_16_7_to_25_billion()
    {
        var principal = (Payments / Loans).ConvertTo(Unit.Parse("USD"));
        Assert.Equal(Unit.Parse("USD"), principal.Unit);
        var i = principal.Interval;
        output.WriteLine(i.ToString());
        Assert.Equal(25_000_000_000m, i.High);
        Assert.True(i.Contains(16_666_666_666.67m));
        Assert.False(i.Contains(16_666_666_666.666666m)); // just below the true end 16,666,666,666.666…
        Assert.True(i.Low * 0.06m <= 1_000_000_000m);
        Assert.True(i.Contains(25_000_000_000m));
        Assert.True(i.Low > 16_666_666_666.66m);
        Assert.Equal("[16666666666.66, 25000000000.00]", i.RoundOutward(2).ToString("0.00", null));
        Assert.Equal([Operation.Convert, Operation.Divide], new[] { principal.Operation, principal.Inputs[0].Operation });
        var e = principal.Explain();
        output.WriteLine(e);
        Assert.Equal("$1 billion per year (Alexander Lukashenko, via BelTA, in Global Research, 2020-02-06) divided by from 4% to 6% per year (same source) is between $16.66 billion and $25 billion.", e);
    }

    [Fact]
    public void Twenty_bcm_a_year_times_the_price_gap_is_more_than_540_million_a_year()
    {
        var volume = Derive.Given(20m, "bcm/year", "a volume of");
        var cost = (volume * (Offered - Spot)).ConvertTo("USD/year");
        Assert.Equal(Interval.Above(540_000_000m, inclusive: false), cost.Interval);
        Assert.Equal(Unit.Parse("USD/year"), cost.Unit);
        var e = cost.Explain();
        output.WriteLine(e);
        Assert.Equal("A volume of 20 billion m³ per year times the difference between $127 per 1,000 m³ (Alexander Lukashenko, via BelTA, in Global Research, 2020-02-06) and a value stated as under $100 per 1,000 m³ (same source) is more than $540 million per year.", e);
    }

    [Fact]
    public void Citations_list_the_claims_publication_and_the_assumptions_recursively()
    {
        var f = Derive.Given(20m, "bcm/year") * Compare.Difference(Offered, Spot.ConvertTo("USD/MWh", GasEnergyContent.Bp), GasEnergyContent.Bp);
        var cites = f.Citations();
        Assert.Equal(2, cites.Count);
        Assert.Equal("Global Research", cites[0].Publisher);
        Assert.Contains("quoting Alexander Lukashenko via BelTA", cites[0].Title);
        Assert.Contains("2020-02-06", cites[0].Title);
        Assert.Equal("BP", cites[1].Publisher);
        Assert.Contains("Statistical Review", cites[1].Title);
        Assert.Equal([GasEnergyContent.Bp], f.AllAssumptions());
        Assert.Equal(2, f.Claims().Count);
    }
}

public class UnitAlgebraTests
{
    private static DerivedFigure Claim(string id) => Derive.From(ClaimSet.Shipped[id]);

    [Fact]
    public void A_rate_per_year_times_money_is_money_per_year()
    {
        // 4–6% a year on a principal of $20 billion is $0.8–1.2 billion a year.
        var interest = (Claim("belarus-loan-rate-from-russia") * Derive.Given(20_000_000_000m, "USD")).ConvertTo("USD/year");
        Assert.Equal(Interval.Closed(800_000_000m, 1_200_000_000m), interest.Interval);
        Assert.Equal("From 4% to 6% per year (Alexander Lukashenko, via BelTA, in Global Research, 2020-02-06) times $20 billion is between $0.8 billion and $1.2 billion per year.", interest.Explain());
    }

    [Fact]
    public void A_rate_per_year_times_years_is_percent_and_money_over_money_is_a_ratio()
    {
        var total = (Claim("russia-reserves-rate-in-us") * Derive.Given(2m, "year")).ConvertTo(Unit.Percent);
        Assert.Equal(Quantity.Exactly(3m, Unit.Percent), total.Quantity);
        var share = (Claim("belarus-annual-payments-to-russia") * Derive.Given(1m, "year") / Claim("belarus-trade-deficit-with-russia")).ConvertTo(Unit.Percent);
        Assert.Equal(Unit.Percent, share.Unit);
        Assert.True(share.Interval.Low * 9m <= 100m && share.Interval.High * 9m >= 100m); // 1 ÷ 9 = 11.1…%
        Assert.True(share.Interval.Width < 0.0000001m);
    }

    [Fact]
    public void A_claim_explains_itself_and_given_figures_keep_their_label()
    {
        var e = Claim("europe-spot-gas-price-2020-02").Explain();
        Assert.Equal("Alexander Lukashenko stated the spot price of natural gas in Europe at the time of the remarks as under $100 per 1,000 m³ (Alexander Lukashenko, via BelTA, in Global Research, 2020-02-06).", e);
        var sum = Derive.Given(1m, "USD", "a fee of") + Derive.From(GasEnergyContent.Bp).Multiply(Derive.Given(0m, "USD/GJ")).ConvertTo("USD/1000 m3").Multiply(Derive.Given(1m, "1000 m3"));
        Assert.StartsWith("The sum of a fee of $1 and gas energy content of 36 GJ per 1,000 m³ (BP, BP Statistical Review", sum.Explain());
        Assert.Equal(Interval.Point(1m), sum.Interval);
    }

    [Fact]
    public void Explanations_say_whether_ends_are_included()
    {
        var usd = Unit.Parse("USD");
        string Words(Interval i) => (Derive.Given(new Quantity(i, usd)) + Derive.Given(0m, "USD")).Explain();
        Assert.EndsWith("is more than $1 and at most $2.", Words(Interval.Create(1m, true, 2m, false)));
        Assert.EndsWith("is at least $1 and less than $2.", Words(Interval.Create(1m, false, 2m, true)));
        Assert.EndsWith("is more than $1 and less than $2.", Words(Interval.Create(1m, true, 2m, true)));
        Assert.EndsWith("is between $1 and $2.", Words(Interval.Closed(1m, 2m)));
        Assert.EndsWith("is at most $2.", Words(Interval.Below(2m, inclusive: true)));
        Assert.EndsWith("is any value (unbounded both ways).", Words(Interval.All));

        // Long computed ends are rounded outward to four significant digits: the words stay true.
        Assert.EndsWith("is between $0.3333 and $0.6667.", Words(Interval.Closed(1m / 3m, 2m / 3m)));
        Assert.EndsWith("is about $0.3333.", Words(Interval.Point(1m / 3m)));
        Assert.EndsWith("is between −$0.6667 and −$0.3333.", Words(Interval.Closed(-2m / 3m, -1m / 3m)));
    }
}
