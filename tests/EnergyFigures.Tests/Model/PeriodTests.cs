using EnergyFigures.Errors;

namespace EnergyFigures.Tests.Model;

public class PeriodTests
{
    [Theory]
    [InlineData("2020", "2020-01-01", "2020-12-31", PeriodKind.Year)]
    [InlineData("2020-Q1", "2020-01-01", "2020-03-31", PeriodKind.Quarter)]
    [InlineData("2020-02", "2020-02-01", "2020-02-29", PeriodKind.Month)]
    [InlineData("2020-02-06", "2020-02-06", "2020-02-06", PeriodKind.Day)]
    [InlineData("2020-02-03/2020-02-06", "2020-02-03", "2020-02-06", PeriodKind.Span)]
    [InlineData("2007/2011", "2007-01-01", "2011-12-31", PeriodKind.Span)]
    public void Periods_parse_to_day_ranges_and_round_trip(string text, string start, string end, PeriodKind kind)
    {
        var p = Period.Parse(text);
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), p.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), p.End);
        Assert.Equal(kind, p.Kind);
        Assert.Equal(text, p.ToString());
    }

    [Theory]
    [InlineData("2020-13")]
    [InlineData("2020-Q5")]
    [InlineData("2021/2020")]
    [InlineData("Feb 2020")]
    [InlineData("2020-02-30")]
    public void Bad_periods_fail_with_a_clear_error(string text)
    {
        var e = Assert.Throws<EnergyFiguresException>(() => Period.Parse(text));
        Assert.Equal(ErrorCodes.MalformedPeriod, e.Code);
    }
}
