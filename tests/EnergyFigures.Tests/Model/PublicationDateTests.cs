using EnergyFigures.Claims;
using EnergyFigures.Csv;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using EnergyFigures.Errors;
using static EnergyFigures.Tests.Csv.CsvFixtures;

namespace EnergyFigures.Tests.Model;

public class PublicationDateTests
{
    [Theory]
    [InlineData("2020-02-06", DatePrecision.Day, 2020, 2)]
    [InlineData("2020-02", DatePrecision.Month, 2020, 2)]
    [InlineData("2020", DatePrecision.Year, 2020, null)]
    [InlineData("unknown", DatePrecision.Unknown, null, null)]
    public void A_date_can_be_known_to_the_day_the_month_the_year_or_not_at_all(string text, DatePrecision precision, int? year, int? month)
    {
        var d = PublicationDate.Parse(text);
        Assert.Equal(precision, d.Precision);
        Assert.Equal(year, d.Year);
        Assert.Equal(month, d.Month);
        Assert.Equal(text, d.ToString());
        Assert.Equal(precision == DatePrecision.Day, d.Date is not null);
    }

    [Fact]
    public void An_unknown_date_has_no_days_and_is_the_default()
    {
        Assert.Equal(PublicationDate.Unknown, default);
        Assert.False(PublicationDate.Unknown.IsKnown);
        Assert.Null(PublicationDate.Unknown.Earliest);
        Assert.Null(PublicationDate.Unknown.Latest);
        Assert.Equal(new DateOnly(2020, 2, 1), PublicationDate.InMonth(2020, 2).Earliest);
        Assert.Equal(new DateOnly(2020, 2, 29), PublicationDate.InMonth(2020, 2).Latest);
        Assert.Equal(new DateOnly(2019, 12, 31), PublicationDate.InYear(2019).Latest);
    }

    [Theory]
    [InlineData("06/02/2020")]
    [InlineData("2020-13")]
    [InlineData("2020-02-30")]
    [InlineData("20")]
    [InlineData("Unknown")]
    [InlineData("")]
    public void Anything_else_is_refused_with_EF1015(string text)
    {
        Assert.False(PublicationDate.TryParse(text, out _));
        Assert.Equal(ErrorCodes.BadDate, Assert.Throws<EnergyFiguresException>(() => PublicationDate.Parse(text)).Code);
    }

    [Fact]
    public void Equality_compares_precision_and_the_known_parts()
    {
        Assert.NotEqual(PublicationDate.InYear(2020), PublicationDate.InMonth(2020, 1));
        Assert.NotEqual(PublicationDate.InMonth(2020, 1), PublicationDate.OnDay(new DateOnly(2020, 1, 1)));
        Assert.Equal(PublicationDate.OnDay(new DateOnly(2020, 1, 1)), (PublicationDate)new DateOnly(2020, 1, 1));
        Assert.True(PublicationDate.InYear(2020) == PublicationDate.Parse("2020"));
        Assert.Equal(PublicationDate.InYear(2020).GetHashCode(), PublicationDate.Parse("2020").GetHashCode());
    }

    [Property(MaxTest = 500)]
    public Property Day_month_and_year_dates_round_trip_through_text() =>
        Prop.ForAll(Arb.From(Gen.Zip(Gen.Choose(0, DateOnly.MaxValue.DayNumber), Gen.Choose(0, 2))), t =>
        {
            var day = DateOnly.FromDayNumber(t.Item1);
            var d = t.Item2 switch
            {
                0 => PublicationDate.OnDay(day),
                1 => PublicationDate.InMonth(day.Year, day.Month),
                _ => PublicationDate.InYear(day.Year),
            };
            return PublicationDate.Parse(d.ToString()) == d && d.Earliest <= day && day <= d.Latest;
        });

    [Theory]
    [InlineData("2021")]
    [InlineData("2021-02")]
    [InlineData("unknown")]
    public void A_claims_file_keeps_a_partial_or_unknown_date_and_cites_it_as_such(string date)
    {
        var report = ClaimsCsv.ValidateText(BuildCsv(ValidRow().With("source_date", date)), "claims.csv");
        Assert.Empty(report.Diagnostics);
        var claim = Assert.Single(report.Claims);
        Assert.Equal(date, claim.FirstAppearance.Source.Date.ToString());
        Assert.EndsWith(date == "unknown" ? "date unknown" : date, claim.Citation, StringComparison.Ordinal);
        Assert.Contains($"({date})", claim.FirstAppearance.DescribeChain(claim.Claimant), StringComparison.Ordinal);

        // Written and read back unchanged.
        var again = ClaimsCsv.ValidateText(ClaimsCsv.WriteToString(report.Claims), "again.csv");
        Assert.Equal(claim, Assert.Single(again.Claims));
    }
}
