using EnergyFigures.Units;
using EnergyFigures.Errors;

namespace EnergyFigures.Tests.Model;

public class UnitTests
{
    [Theory]
    [InlineData("USD/1000 m3", "USD/1000 m3")]
    [InlineData(" USD / 1000 m³ ", "USD/1000 m3")]
    [InlineData("percent/year", "percent/year")]
    [InlineData("%", "percent")]
    [InlineData("pp", "pp")]
    [InlineData("EUR/MWh", "EUR/MWh")]
    [InlineData("USD/mmbtu", "USD/MMBtu")]
    [InlineData("bcm/year", "bcm/year")]
    [InlineData("bbl/day", "bbl/day")]
    [InlineData("USD/t", "USD/t")]
    [InlineData("GJ/1000 m3", "GJ/1000 m3")]
    [InlineData("USD/EUR", "USD/EUR")]
    public void Units_parse_to_their_canonical_spelling(string text, string symbol)
    {
        Assert.Equal(symbol, Unit.Parse(text).Symbol);
        Assert.Equal(Unit.Parse(symbol), Unit.Parse(Unit.Parse(text).Symbol));
    }

    [Theory]
    [InlineData("USX", ErrorCodes.UnknownUnit)]
    [InlineData("usd", ErrorCodes.UnknownUnit)]
    [InlineData("furlong/fortnight", ErrorCodes.UnknownUnit)]
    [InlineData("", ErrorCodes.MalformedUnit)]
    [InlineData("USD/m3/year", ErrorCodes.MalformedUnit)]
    [InlineData("USD/ m3 *", ErrorCodes.MalformedUnit)]
    [InlineData("USD/0 m3", ErrorCodes.MalformedUnit)]
    public void Unknown_or_malformed_units_fail_with_a_clear_error(string text, string code)
    {
        var e = Assert.Throws<EnergyFiguresException>(() => Unit.Parse(text));
        Assert.Equal(code, e.Code);
        Assert.Contains("expected", e.Message);
    }

    [Fact]
    public void Lower_case_currency_gets_a_hint()
    {
        var e = Assert.Throws<EnergyFiguresException>(() => Unit.Parse("usd/1000 m3"));
        Assert.Contains("Did you mean the currency 'USD'", e.Message);
    }

    [Fact]
    public void Percent_and_percentage_points_are_distinct_units()
    {
        Assert.NotEqual(Unit.Percent, Unit.PercentagePoints);
        Assert.False(Unit.Percent.IsConvertibleTo(Unit.PercentagePoints));
        Assert.True(Unit.Parse("bp").IsConvertibleTo(Unit.PercentagePoints));
    }

    [Fact]
    public void Price_times_volume_is_money()
    {
        var money = Unit.Parse("USD/1000 m3") * Unit.Parse("bcm/year");
        Assert.True(money.IsConvertibleTo(Unit.Parse("USD/year")));
        Assert.Equal("USD/year", money.Canonical.Symbol);
        var ratio = Unit.Parse("USD") / Unit.Parse("USD");
        Assert.True(ratio.IsDimensionless);
        Assert.Equal(Unit.Ratio, ratio);
    }

    [Fact]
    public void Currencies_never_convert_into_each_other()
    {
        Assert.False(Unit.Parse("USD").IsConvertibleTo(Unit.Parse("EUR")));
        Assert.False(Unit.Parse("USD/MWh").IsConvertibleTo(Unit.Parse("USD/1000 m3")));
    }

    [Fact]
    public void Natural_format_is_for_people()
    {
        Assert.Equal("USD per 1,000 m³", Unit.Parse("USD/1000 m3").ToString("N", null));
        Assert.Equal("% per year", Unit.Parse("percent/year").ToString("N", null));
    }
}
