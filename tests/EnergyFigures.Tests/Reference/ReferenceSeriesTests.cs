using EnergyFigures.Numerics;
using EnergyFigures.Reference;
using EnergyFigures.Units;
using EnergyFigures.Errors;

namespace EnergyFigures.Tests.Reference;

public class ReferenceSeriesTests
{
    private static ReferenceSeries Gas => ReferenceLibrary.Shipped.Get("worldbank.NGAS_EUR");

    private static ReferenceSeries Usd => ReferenceLibrary.Shipped.Get("ecb.USD");

    [Fact]
    public void Unknown_id_fails_with_its_code_and_lists_the_known_ids()
    {
        var e = Assert.Throws<UnknownIdException>(() => ReferenceLibrary.Shipped.Get("worldbank.NGAS_EU"));
        Assert.Equal(ErrorCodes.UnknownSeries, e.Code);
        Assert.Contains("'worldbank.NGAS_EU'", e.Message);
        Assert.Contains("worldbank.NGAS_EUR", e.Message);
        Assert.Contains("fred.TB3MS", e.Message);
        Assert.Contains("ecb.RUB", e.Message);
    }

    [Fact]
    public void Case_mismatch_is_unknown_but_hints_the_right_id()
    {
        var e = Assert.Throws<UnknownIdException>(() => ReferenceLibrary.Shipped.Get("WORLDBANK.ngas_eur"));
        Assert.Equal(ErrorCodes.UnknownSeries, e.Code);
        Assert.Contains("Did you mean 'worldbank.NGAS_EUR'", e.Message);
        Assert.False(ReferenceLibrary.Shipped.TryGet("WORLDBANK.ngas_eur", out _));
        Assert.True(ReferenceLibrary.Shipped.TryGet("fred.TB3MS", out var s));
        Assert.Equal("fred.TB3MS", s.Id);
    }

    [Theory]
    [InlineData("1959-12")]
    [InlineData("2025-11")]
    [InlineData("2030-01")]
    public void Months_outside_coverage_fail_and_name_the_coverage(string month)
    {
        var e = Assert.Throws<EnergyFiguresException>(() => Gas.ValueFor(Period.Parse(month)));
        Assert.Equal(ErrorCodes.OutsideCoverage, e.Code);
        Assert.Contains(month, e.Message);
        Assert.Contains("1960-01", e.Message);
        Assert.Contains("2025-10", e.Message);
    }

    [Fact]
    public void Dates_outside_coverage_fail_for_ValueOn_and_means()
    {
        Assert.Equal(ErrorCodes.OutsideCoverage, Assert.Throws<EnergyFiguresException>(() => Usd.ValueOn(new DateOnly(1998, 12, 31))).Code);
        Assert.Equal(ErrorCodes.OutsideCoverage, Assert.Throws<EnergyFiguresException>(() => Usd.ValueOn(new DateOnly(2025, 1, 25))).Code);
        var e = Assert.Throws<EnergyFiguresException>(() => Usd.MonthlyMean(2025, 1)); // coverage ends 2025-01-24
        Assert.Equal(ErrorCodes.OutsideCoverage, e.Code);
        Assert.Contains("2025-01-24", e.Message);
        Assert.Equal(ErrorCodes.OutsideCoverage, Assert.Throws<EnergyFiguresException>(() => Gas.AnnualMean(2025)).Code);
        Assert.Equal(ErrorCodes.OutsideCoverage, Assert.Throws<EnergyFiguresException>(() => ReferenceLibrary.Shipped.Get("ecb.RUB").ValueOn(new DateOnly(2022, 3, 2))).Code);
    }

    [Fact]
    public void ValueOn_a_daily_series_is_the_latest_rate_on_or_before_the_day()
    {
        Assert.Equal(1.1003m, Usd.ValueOn(new DateOnly(2020, 2, 6)));
        var friday = Usd.ObservationOn(new DateOnly(2020, 2, 7));
        Assert.Equal(friday, Usd.ObservationOn(new DateOnly(2020, 2, 8)));  // Saturday: Friday's rate
        Assert.Equal(friday, Usd.ObservationOn(new DateOnly(2020, 2, 9)));  // Sunday
        Assert.Equal("2020-02-07", Usd.ObservationOn(new DateOnly(2020, 2, 9)).Period.ToString());
        Assert.NotEqual(friday.Value, Usd.ValueOn(new DateOnly(2020, 2, 6)));
    }

    [Fact]
    public void ValueOn_a_monthly_series_is_the_month_containing_the_day()
    {
        Assert.Equal(Gas.ValueForMonth(2020, 2), Gas.ValueOn(new DateOnly(2020, 2, 29)));
        Assert.Equal(Gas.ValueForMonth(2020, 3), Gas.ValueOn(new DateOnly(2020, 3, 1)));
    }

    [Fact]
    public void A_day_without_a_rate_has_no_exact_observation()
    {
        var e = Assert.Throws<EnergyFiguresException>(() => Usd.ValueFor(Period.Parse("2020-02-08")));
        Assert.Equal(ErrorCodes.NoObservation, e.Code);
        Assert.False(Usd.TryGetObservation(Period.Parse("2020-02-08"), out _));
    }

    [Fact]
    public void A_period_of_the_wrong_granularity_fails_clearly()
    {
        Assert.Equal(ErrorCodes.PeriodNotInSeriesFrequency, Assert.Throws<EnergyFiguresException>(() => Gas.ValueFor(Period.Parse("2020"))).Code);
        Assert.Equal(ErrorCodes.PeriodNotInSeriesFrequency, Assert.Throws<EnergyFiguresException>(() => Usd.ValueForMonth(2020, 2)).Code);
    }

    [Fact]
    public void Monthly_mean_of_a_daily_series_is_the_exact_mean_of_its_days()
    {
        var days = Usd.ObservationsIn(Period.Month(2020, 2));
        Assert.Equal(20, days.Count); // ECB working days in February 2020
        Assert.All(days, d => Assert.Equal(2, d.Period.Start.Month));
        var sum = days.Sum(d => d.Value);
        Assert.Equal(sum / 20m, Usd.MonthlyMean(2020, 2));
        Assert.InRange(Usd.MonthlyMean(2020, 2), 1.07m, 1.11m);
    }

    [Fact]
    public void Monthly_mean_of_a_monthly_series_is_its_value_and_annual_mean_the_mean_of_twelve()
    {
        Assert.Equal(Gas.ValueForMonth(2019, 7), Gas.MonthlyMean(2019, 7));
        var twelve = Enumerable.Range(1, 12).Select(m => Gas.ValueForMonth(2019, m)).ToArray();
        Assert.Equal(twelve.Sum() / 12m, Gas.AnnualMean(2019));
        var tb = ReferenceLibrary.Shipped.Get("fred.TB3MS");
        Assert.Equal(Enumerable.Range(1, 12).Sum(m => tb.ValueForMonth(2019, m)) / 12m, tb.AnnualMean(2019));
    }

    [Fact]
    public void Range_in_a_window_is_the_lowest_to_highest_value()
    {
        var r = Gas.RangeIn(Period.Parse("2020-01/2020-02"));
        Assert.Equal(Interval.Closed(2.9077736410599999m, 3.6333843472699998m), r);
        var window = Gas.ObservationsIn(Period.Parse("2020-02-03/2020-02-06"));
        Assert.Equal("2020-02", Assert.Single(window).Period.ToString());
    }

    [Fact]
    public void Series_of_your_own_are_validated()
    {
        var cit = new Citation("Me", "My data");
        var e = Assert.Throws<EnergyFiguresException>(() => ReferenceSeries.Create("my.x", "x", Unit.Parse("USD"), Frequency.Monthly, cit, [new Observation(Period.Parse("2020-01-05"), 1m)]));
        Assert.Equal(ErrorCodes.PeriodNotInSeriesFrequency, e.Code);
        Assert.Equal(ErrorCodes.NoObservation, Assert.Throws<EnergyFiguresException>(() => ReferenceSeries.Create("my.x", "x", Unit.Parse("USD"), Frequency.Monthly, cit, [])).Code);
        var ok = ReferenceSeries.Create("my.x", "x", Unit.Parse("USD"), Frequency.Monthly, cit, [new Observation(Period.Month(2020, 2), 2m), new Observation(Period.Month(2020, 1), 1m)]);
        Assert.Equal("2020-01/2020-02", ok.Coverage.ToString());
        Assert.Equal(1.5m, ok.Mean(ok.Coverage));
    }

    [Fact]
    public void Damaged_data_fails_with_file_line_and_field()
    {
        static MemoryStream S(string t) => new(System.Text.Encoding.UTF8.GetBytes(t));
        const string Catalogue = "id,name,unit,frequency,publisher,dataset,licence,source_url,retrieved_from,citation,notes\nx.A,A,USD,monthly,P,D,L,https://example.org,,,\n";
        var lib = EnergyFigures.Reference.ReferenceData.Parse(S(Catalogue), S("series_id,period,value\nx.A,2020-01,1.50\n"), "test");
        Assert.Equal(1.50m, lib.Get("x.A").ValueForMonth(2020, 1));

        var bad = Assert.Throws<EnergyFiguresException>(() => EnergyFigures.Reference.ReferenceData.Parse(S(Catalogue), S("series_id,period,value\nx.A,2020-01,1.5O\n"), "test"));
        Assert.Equal(ErrorCodes.EmbeddedDataDamaged, bad.Code);
        Assert.Contains("line 2", bad.Message);
        Assert.Contains("value", bad.Message);
        Assert.Contains("1.5O", bad.Message);

        var badPeriod = Assert.Throws<EnergyFiguresException>(() => EnergyFigures.Reference.ReferenceData.Parse(S(Catalogue), S("series_id,period,value\nx.A,2020-01-01,1\n"), "test"));
        Assert.Contains("period", badPeriod.Message);
        var unknown = Assert.Throws<EnergyFiguresException>(() => EnergyFigures.Reference.ReferenceData.Parse(S(Catalogue), S("series_id,period,value\ny.B,2020-01,1\n"), "test"));
        Assert.Contains("y.B", unknown.Message);
    }
}
