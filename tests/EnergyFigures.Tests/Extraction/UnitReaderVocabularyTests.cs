using EnergyFigures.Extraction;
using EnergyFigures.Units;

namespace EnergyFigures.Tests.Extraction;

/// <summary>The extractor's unit words come from the shared vocabulary (<see cref="UnitVocabulary.TryFromWords"/>): one source for units.</summary>
public class UnitReaderVocabularyTests
{
    [Theory]
    [InlineData("%")]
    [InlineData("per cent")]
    [InlineData("pct")]
    [InlineData("percentage points")]
    [InlineData("ppts")]
    [InlineData("basis points")]
    [InlineData("bps")]
    [InlineData("bcm")]
    [InlineData("barrels")]
    [InlineData("bbls")]
    [InlineData("barrels of oil equivalent")]
    [InlineData("cubic feet")]
    [InlineData("cu ft")]
    [InlineData("bcf")]
    [InlineData("tonnes")]
    [InlineData("metric tons")]
    [InlineData("tons")]
    [InlineData("MWh")]
    [InlineData("megawatt-hours")]
    [InlineData("gigajoules")]
    [InlineData("MMBtu")]
    [InlineData("million British thermal units")]
    [InlineData("cubic metres")]
    [InlineData("m³")]
    [InlineData("cu. m")]
    [InlineData("years")]
    [InlineData("days")]
    public void A_unit_word_maps_to_the_vocabulary_symbol(string word)
    {
        Assert.True(UnitVocabulary.TryFromWords(word.Replace('-', ' '), out var symbol));
        Assert.True(UnitReader.MapUnit(word, out var unit, out var scale, out _, out var duration));
        Assert.Equal(symbol, unit);
        Assert.Equal(Scale.None, scale);
        Assert.Equal(symbol is "year" or "month" or "day", duration);
    }

    [Theory]
    [InlineData("mcm", "m3", Scale.Million, null)]
    [InlineData("tcm", "m3", Scale.Trillion, null)]
    [InlineData("mb/d", "bbl", Scale.Million, "day")]
    [InlineData("kb/d", "bbl", Scale.Thousand, "day")]
    [InlineData("Bcf/d", "bcf", Scale.None, "day")]
    [InlineData("mtpa", "t", Scale.Million, "year")]
    [InlineData("Mt", "t", Scale.Million, null)]
    [InlineData("tcf", "ft3", Scale.Trillion, null)]
    [InlineData("Mcf", "ft3", Scale.Thousand, null)]
    public void An_abbreviation_with_a_scale_or_period_is_the_readers_own(string word, string unit, Scale scale, string? den)
    {
        Assert.True(UnitReader.MapUnit(word, out var u, out var s, out var d, out _));
        Assert.Equal((unit, scale, den), (u, s, d));
    }

    [Theory]
    [InlineData("furlongs")]
    [InlineData("GW")]
    [InlineData("quarters")] // in the vocabulary, but not a unit a figure carries
    public void Words_outside_the_figure_units_are_not_units(string word)
    {
        Assert.False(UnitReader.MapUnit(word, out _, out _, out _, out _));
    }

    [Theory]
    [InlineData("megawatt hour", "MWh")]
    [InlineData("kilowatt-hour", "kWh")]
    [InlineData("million Btu", "MMBtu")]
    [InlineData("barrel of oil equivalent", "boe")]
    [InlineData("ton", "t")]
    [InlineData("therm", "therm")]
    [InlineData("quarter", "quarter")]
    [InlineData("1,000 cubic metres", "1000 m3")]
    [InlineData("Mcf", "1000 ft3")]
    [InlineData("annum", "year")]
    [InlineData("yuan", "CNY")]
    [InlineData("gallon", "?")]
    [InlineData("kW-year", "?")]
    [InlineData("megawatt", "?")]
    public void A_denominator_maps_through_the_vocabulary_or_the_readers_own_forms(string word, string den)
    {
        Assert.True(UnitReader.MapDenominator(word, slash: false, out var d));
        Assert.Equal(den, d);
    }
}
