using EnergyFigures.Checks;
using EnergyFigures.Claims;
using EnergyFigures.Numerics;
using EnergyFigures.Reference;
using EnergyFigures.Units;
using EnergyFigures.Errors;
using EnergyFigures.Data;

namespace EnergyFigures.Tests.Checks;

public class CheckerTests
{
    private static Claim SpotGas => ClaimSet.Shipped.Get("europe-spot-gas-price-2020-02");

    private static ReferenceSeries Gas => ReferenceLibrary.Shipped.Get("worldbank.NGAS_EUR");

    [Fact]
    public void Under_100_vs_World_Bank_Europe_gas_February_2020_is_consistent_with_a_margin_under_one_percent()
    {
        var r = Checker.Check(SpotGas, Gas, new CheckOptions { ReferencePeriod = Period.Month(2020, 2) });

        Assert.Equal(Verdict.Consistent, r.Verdict);
        var v = Assert.Single(r.ReferenceValues);
        Assert.Equal("2020-02", v.Period.ToString());
        Assert.Equal(2.9077736410599999m, v.Value.Interval.Low);
        Assert.Equal(Unit.Parse("USD/1000 m3"), r.ReferenceInterval.Unit);
        Assert.InRange(r.ReferenceInterval.Interval.Low!.Value, 99.21m, 99.22m); // 2.90777 × 36 / 1.055056 ≈ 99.2
        Assert.InRange(r.ReferenceInterval.Interval.High!.Value, 99.21m, 99.22m);

        var a = Assert.Single(r.Assumptions);
        Assert.Equal("bp.gas.energy_per_1000m3", a.Id);
        Assert.Equal("BP", a.Source.Publisher);

        Assert.NotNull(r.Margin);
        Assert.True(r.Margin!.Absolute > 0m);
        Assert.Equal(100m, r.Margin.Bound);
        Assert.InRange(r.Margin.Relative!.Value, 0.0078m, 0.0079m); // ≈ 0.78% inside the bound: under 1%
        Assert.True(r.Margin.Relative < 0.01m);
    }

    [Fact]
    public void The_default_reference_period_is_the_month_the_claims_period_covers()
    {
        var r = Checker.Check(SpotGas, Gas);
        Assert.Equal("2020-02", Assert.Single(r.ReferenceValues).Period.ToString());
        Assert.Equal(Verdict.Consistent, r.Verdict);
    }

    [Fact]
    public void Under_100_vs_January_2020_is_inconsistent()
    {
        var r = Checker.Check(SpotGas, Gas, new CheckOptions { ReferencePeriod = Period.Month(2020, 1) });
        Assert.Equal(Verdict.Inconsistent, r.Verdict);
        Assert.InRange(r.ReferenceInterval.Interval.Low!.Value, 123.9m, 124.0m); // ≈ 124
        Assert.True(r.Margin!.Absolute < 0m);
        Assert.InRange(-r.Margin.Absolute, 23.9m, 24.0m);
        Assert.Contains("inconsistent", r.Explanation);
    }

    [Fact]
    public void Under_100_vs_February_under_the_heating_value_range_is_indeterminate()
    {
        var range = GasEnergyContent.HeatingValueRange;
        var r = Checker.Check(SpotGas, Gas, new CheckOptions { ReferencePeriod = Period.Month(2020, 2), GasEnergyContent = range });

        Assert.Equal(Verdict.Indeterminate, r.Verdict);
        Assert.InRange(r.ReferenceInterval.Interval.Low!.Value, 95.3m, 95.4m);
        Assert.InRange(r.ReferenceInterval.Interval.High!.Value, 105.5m, 105.6m);
        Assert.Equal(range, Assert.Single(r.Assumptions));
        Assert.Equal("hhv_lhv.gas.energy_per_1000m3", r.Assumptions[0].Id);
        Assert.True(r.Margin!.Absolute < 0m);
        Assert.Contains("34.6", r.Explanation);
        Assert.Contains("indeterminate", r.Explanation);
    }

    [Fact]
    public void Explanation_cites_the_claimant_outlet_publisher_dataset_licence_and_assumption()
    {
        var r = Checker.Check(SpotGas, Gas);
        var x = r.Explanation;
        Assert.Contains("Alexander Lukashenko", x);
        Assert.Contains("BelTA", x);
        Assert.Contains(SpotGas.FirstAppearance.Source.Outlet, x);
        Assert.Contains("\u201Cunder $100\u201D", x);
        Assert.Contains("World Bank", x);
        Assert.Contains("Pink Sheet", x);
        Assert.Contains("CC BY 4.0", x);
        Assert.Contains("worldbank.NGAS_EUR", x);
        Assert.Contains("BP", x);
        Assert.Contains("Statistical Review", x);
        Assert.Contains("consistent", x);
        Assert.DoesNotContain("\n", x); // one paragraph
        Assert.Equal("World Bank", Assert.Single(r.ReferenceCitations).Publisher);
    }

    [Fact]
    public void One_and_a_half_percent_vs_TB3MS_January_2020_is_consistent_only_when_read_with_implied_precision()
    {
        var claim = ClaimSet.Shipped.Get("russia-reserves-rate-in-us");
        var tb = ReferenceLibrary.Shipped.Get("fred.TB3MS");

        var about = Checker.Check(claim, tb, new CheckOptions { ReferencePeriod = Period.Month(2020, 1), ReadWithImpliedPrecision = true });
        Assert.Equal(Verdict.Consistent, about.Verdict);
        Assert.Equal(Interval.Closed(1.45m, 1.55m), about.ClaimInterval.Interval);
        Assert.True(about.ReadWithImpliedPrecision);
        Assert.Equal(Interval.Point(1.52m), about.ReferenceInterval.Interval);
        Assert.Empty(about.Assumptions);
        Assert.Equal(0.03m, about.Margin!.Absolute);
        Assert.Equal(1.55m, about.Margin.Bound);
        Assert.Contains("implied precision", about.Explanation);
        Assert.Contains("FRED", about.Explanation);

        var exact = Checker.Check(claim, tb, new CheckOptions { ReferencePeriod = Period.Month(2020, 1) });
        Assert.NotEqual(Verdict.Consistent, exact.Verdict);
        Assert.Equal(Verdict.Inconsistent, exact.Verdict);
        Assert.Equal(-0.02m, exact.Margin!.Absolute);
        Assert.Equal(Interval.Point(1.5m), exact.ClaimInterval.Interval);
    }

    [Fact]
    public void Nine_billion_deficit_vs_the_2019_balance_states_the_gap_and_the_sign_reading()
    {
        var claim = ClaimSet.Shipped.Get("belarus-trade-deficit-with-russia");
        var balance = ReportedFigures.Shipped.Get("ref-trade-belarus-russia-goods-balance-2019");
        var r = Checker.Check(claim, balance, new CheckOptions { Sign = SignConvention.DeficitAgainstBalance });

        Assert.Equal(Verdict.Inconsistent, r.Verdict);
        // The 2019 balance is derived from rounded inputs, carried at their printed precision: −8.525 to −8.207
        // billion (issue 21; it was the point −8.36 read "approximately"), reversed as a deficit.
        Assert.Equal(Interval.Closed(8.207e9m, 8.525e9m), r.ReferenceInterval.Interval);
        Assert.Equal(0.634e9m, r.Gap);
        Assert.Contains("0.634 billion", r.Explanation);
        Assert.Contains("above the reference (8.366 billion)", r.Explanation);
        Assert.Contains("balance", r.Explanation);
        Assert.Contains("sign was reversed", r.Explanation);
        Assert.Contains("Rzeczpospolita", r.Explanation);
        Assert.Contains("derived by the dataset's editors", r.Explanation);
        Assert.Contains("not an official statistic", r.Explanation);
        Assert.Contains(r.Notes, n => n.StartsWith("Sign:", StringComparison.Ordinal));

        // Read with implied precision (8.5–9.5 billion) the derived deficit straddles 8.5: the data cannot decide.
        var about = Checker.Check(claim, balance, new CheckOptions { Sign = SignConvention.DeficitAgainstBalance, ReadWithImpliedPrecision = true });
        Assert.Equal(Verdict.Indeterminate, about.Verdict);
        Assert.Equal(-0.293e9m, about.Margin!.Absolute);
        Assert.Equal(8.5e9m, about.Margin.Bound);
    }

    [Fact]
    public void Without_the_sign_convention_a_deficit_against_a_negative_balance_is_far_off()
    {
        var claim = ClaimSet.Shipped.Get("belarus-trade-deficit-with-russia");
        var balance = ReportedFigures.Shipped.Get("ref-trade-belarus-russia-goods-balance-2019");
        var r = Checker.Check(claim, balance);
        Assert.Equal(Verdict.Inconsistent, r.Verdict);
        Assert.True(r.ReferenceInterval.Interval.High < 0m);
        Assert.DoesNotContain(r.Notes, n => n.StartsWith("Sign:", StringComparison.Ordinal));
    }

    [Fact]
    public void An_amount_for_a_year_is_read_per_year_against_a_per_year_claim_and_a_same_claimant_source_is_flagged()
    {
        var claim = ClaimSet.Shipped.Get("belarus-annual-payments-to-russia");
        var debt = ReportedFigures.Shipped.Get("ref-debt-service-belarus-to-russia-2020");
        var r = Checker.Check(claim, debt);
        Assert.Equal(Verdict.Consistent, r.Verdict);
        Assert.Equal(Unit.Parse("USD/year"), r.ReferenceInterval.Unit);
        Assert.Contains(r.Notes, n => n.Contains("per year", StringComparison.Ordinal));
        Assert.Contains(r.Notes, n => n.Contains("independently", StringComparison.Ordinal));
    }

    [Fact]
    public void A_window_around_the_date_said_uses_the_months_it_overlaps()
    {
        var r = Checker.Check(SpotGas, Gas, new CheckOptions { DaysAroundDateSaid = 10 });
        Assert.Equal(["2020-01", "2020-02"], r.ReferenceValues.Select(v => v.Period.ToString()));
        Assert.Equal(Verdict.Indeterminate, r.Verdict); // January ≈124, February ≈99: the range straddles 100

        var mean = Checker.Check(SpotGas, Gas, new CheckOptions { DaysAroundDateSaid = 10, Aggregation = ReferenceAggregation.Mean });
        Assert.True(mean.ReferenceInterval.Interval.Low > 100m);
        Assert.Equal(Verdict.Inconsistent, mean.Verdict);
    }

    [Fact]
    public void Daily_series_over_a_window_use_the_days_in_it()
    {
        var claim = ClaimSet.Shipped.Get("europe-spot-gas-price-2020-02"); // 2020-02-03/2020-02-06
        var usd = ReferenceLibrary.Shipped.Get("ecb.USD");
        var bogus = claim with { Figure = Figure.Create("1.1", BoundKind.Exact, 1.1m, Unit.Parse("USD/EUR")) };
        var r = Checker.Check(bogus, usd, new CheckOptions { ReadWithImpliedPrecision = true });
        Assert.Equal(4, r.ReferenceValues.Count);
        Assert.Equal(Verdict.Consistent, r.Verdict);
    }

    [Fact]
    public void A_claim_in_euros_converts_with_an_ECB_rate_given_as_an_assumption()
    {
        var euro = SpotGas with { Figure = Figure.Create("under €95", BoundKind.Under, 95m, Unit.Parse("EUR/1000 m3")) };
        var rate = ExchangeRates.EcbOn(new DateOnly(2020, 2, 6), "USD");
        var r = Checker.Check(euro, Gas, new CheckOptions { Assumptions = [rate] });
        Assert.Equal(2, r.Assumptions.Count);
        Assert.Contains(rate, r.Assumptions);
        Assert.InRange(r.ReferenceInterval.Interval.Low!.Value, 90.1m, 90.2m); // 99.2165 / 1.1003
        Assert.Equal(Verdict.Consistent, r.Verdict);
        Assert.Contains("European Central Bank", r.Explanation);

        var e = Assert.Throws<EnergyFiguresException>(() => Checker.Check(euro, Gas));
        Assert.Equal(ErrorCodes.MissingAssumption, e.Code);
    }

    [Fact]
    public void Reference_periods_outside_coverage_fail()
    {
        var e = Assert.Throws<EnergyFiguresException>(() => Checker.Check(SpotGas, Gas, new CheckOptions { ReferencePeriod = Period.Month(2026, 1) }));
        Assert.Equal(ErrorCodes.OutsideCoverage, e.Code);
        Assert.Equal(ErrorCodes.UnknownSeries, Assert.Throws<UnknownIdException>(() => Checker.Check(SpotGas, "worldbank.NOPE")).Code);
    }

    [Fact]
    public void A_reference_exactly_on_an_open_bound_is_outside()
    {
        var series = ReferenceSeries.Create("t.x", "x", Unit.Parse("USD/1000 m3"), Frequency.Monthly, new Citation("T", "T"), [new Observation(Period.Month(2020, 2), 100m)]);
        var r = Checker.Check(SpotGas, series);
        Assert.Equal(Verdict.Inconsistent, r.Verdict);
        Assert.Equal(0m, r.Margin!.Absolute);
        Assert.Empty(r.Assumptions);
    }
}
